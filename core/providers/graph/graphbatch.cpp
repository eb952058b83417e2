#include "graphbatch.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace em::graph {

namespace {

// A url below the version root with a leading slash: "https://host/v1.0/me/x?y" and
// "/v1.0/me/x?y" become "/me/x?y"; "me/x" becomes "/me/x".
QString relativeUrl(const QString &url)
{
    QString u = url.trimmed();
    if (u.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) ||
        u.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)) {
        const qsizetype hostStart = u.indexOf(QLatin1String("://")) + 3;
        qsizetype pathStart = hostStart;
        while (pathStart < u.size() && u.at(pathStart) != u'/' && u.at(pathStart) != u'?' && u.at(pathStart) != u'#')
            ++pathStart;
        u = u.mid(pathStart);
    }
    if (!u.startsWith(u'/'))
        u.prepend(u'/');
    for (const QLatin1String version : {QLatin1String("/v1.0"), QLatin1String("/beta")}) {
        if (u.startsWith(version, Qt::CaseInsensitive) &&
            (u.size() == version.size() || u.at(version.size()) == u'/' || u.at(version.size()) == u'?')) {
            u = u.mid(version.size());
            if (!u.startsWith(u'/'))
                u.prepend(u'/');
            break;
        }
    }
    return u;
}

// Any JSON value as compact JSON text (QJsonDocument holds only objects and arrays).
QByteArray compactJson(const QJsonValue &v)
{
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2); // without [ and ]
}

// Ids are strings in Graph's answers; whole numbers are taken too.
QString idOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
            return QString::number(qint64(d));
    }
    return {};
}

int statusOf(const QJsonValue &v)
{
    double d = 0;
    if (v.isDouble()) {
        d = v.toDouble();
    } else if (v.isString()) {
        bool ok = false;
        d = v.toString().trimmed().toInt(&ok);
        if (!ok)
            return 0;
    }
    return std::isfinite(d) && d >= 100 && d <= 999 ? int(d) : 0;
}

} // namespace

QByteArray encodeBatch(const QList<BatchRequest> &requests)
{
    QJsonArray out;
    for (const BatchRequest &r : requests) {
        QJsonObject entry{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("method"),
             r.method.trimmed().isEmpty() ? QStringLiteral("GET") : QString::fromLatin1(r.method.trimmed().toUpper())},
            {QStringLiteral("url"), relativeUrl(r.url)},
        };
        // Header names compare without case; a name given twice keeps its first spelling.
        QJsonObject headers;
        QHash<QString, QString> spelling;
        bool hasContentType = false;
        for (const auto &[name, value] : r.headers) {
            const QString n = QString::fromLatin1(name.trimmed());
            if (n.isEmpty())
                continue;
            const QString key = spelling.value(n.toLower(), n);
            spelling.insert(n.toLower(), key);
            const QString v = QString::fromUtf8(value.trimmed());
            const QString before = headers.value(key).toString();
            headers.insert(key, before.isEmpty() ? v : before + QLatin1String(", ") + v);
            hasContentType = hasContentType || n.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0;
        }
        if (r.hasBody) {
            if (!hasContentType)
                headers.insert(QStringLiteral("Content-Type"), QStringLiteral("application/json"));
            entry.insert(QStringLiteral("body"), r.body);
        }
        if (!headers.isEmpty())
            entry.insert(QStringLiteral("headers"), headers);
        out.append(entry);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("requests"), out}}).toJson(QJsonDocument::Compact);
}

Result<QList<BatchAnswer>> decodeBatch(const QByteArray &json, const QStringList &ids)
{
    using R = Result<QList<BatchAnswer>>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return R::failure(
            QCoreApplication::translate("Graph", "Microsoft Graph sent a batch answer that is not JSON."));
    const QJsonValue responses = doc.object().value(QLatin1String("responses"));
    if (!responses.isArray())
        return R::failure(
            QCoreApplication::translate("Graph", "Microsoft Graph sent a batch answer without a list of responses."));

    QHash<QString, BatchAnswer> byId;
    for (const auto &v : responses.toArray()) {
        const QJsonObject o = v.toObject();
        const QString id = idOf(o.value(QLatin1String("id")));
        if (id.isEmpty() || byId.contains(id) || !ids.contains(id))
            continue;
        BatchAnswer a;
        a.status = statusOf(o.value(QLatin1String("status")));
        if (a.status == 0)
            continue; // not an answer one can act on
        const QJsonObject headers = o.value(QLatin1String("headers")).toObject();
        for (auto h = headers.begin(); h != headers.end(); ++h) {
            const QJsonValue value = h.value();
            QByteArray text;
            if (value.isString())
                text = value.toString().toUtf8();
            else if (value.isDouble() || value.isBool())
                text = compactJson(value);
            else
                continue;
            a.headers.append({h.key().toLatin1(), text});
        }
        const QJsonValue body = o.value(QLatin1String("body"));
        if (!body.isUndefined() && !body.isNull())
            a.body = compactJson(body);
        byId.insert(id, a);
    }
    QList<BatchAnswer> out;
    out.reserve(ids.size());
    for (const QString &id : ids)
        out.append(byId.value(id));
    return out;
}

} // namespace em::graph
