#include "gmaildiscovery.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace em::sandbox {

namespace {

void collect(const QJsonObject &resource, QList<DiscoveryMethod> &out)
{
    const QJsonObject methods = resource.value(QStringLiteral("methods")).toObject();
    for (auto it = methods.begin(); it != methods.end(); ++it) {
        const QJsonObject m = it.value().toObject();
        DiscoveryMethod d;
        d.id = m.value(QStringLiteral("id")).toString();
        d.httpMethod = m.value(QStringLiteral("httpMethod")).toString().toLatin1();
        d.segments = m.value(QStringLiteral("path")).toString().split(u'/');
        d.upload = m.contains(QStringLiteral("mediaUpload"));
        d.json = m;
        out.append(d);
    }
    const QJsonObject resources = resource.value(QStringLiteral("resources")).toObject();
    for (auto it = resources.begin(); it != resources.end(); ++it)
        collect(it.value().toObject(), out);
}

// Parameters every Google API accepts, whether or not this document lists them.
const QStringList &standardParameters()
{
    static const QStringList p{
        QStringLiteral("fields"),         QStringLiteral("alt"),         QStringLiteral("prettyPrint"),
        QStringLiteral("quotaUser"),      QStringLiteral("key"),         QStringLiteral("access_token"),
        QStringLiteral("uploadType"),     QStringLiteral("upload_id"),   QStringLiteral("$.xgafv"),
        QStringLiteral("callback"),       QStringLiteral("oauth_token"), QStringLiteral("userIp"),
        QStringLiteral("upload_protocol")};
    return p;
}

QString typeError(const QString &name, const QString &type, const QString &value)
{
    return QStringLiteral("Invalid value at '%1' (%2), \"%3\"").arg(name, type, value);
}

bool isUnsigned(const QString &v)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{1,20}$"));
    return re.match(v).hasMatch();
}

bool isSigned(const QString &v)
{
    static const QRegularExpression re(QStringLiteral("^-?[0-9]{1,19}$"));
    return re.match(v).hasMatch();
}

} // namespace

GmailDiscovery::GmailDiscovery()
{
    QFile file(QStringLiteral(EM_SANDBOX_API_DIR "/gmail.v1.discovery.json"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    m_schemas = doc.value(QStringLiteral("schemas")).toObject();
    m_globalParameters = doc.value(QStringLiteral("parameters")).toObject();
    collect(doc.value(QStringLiteral("resources")).toObject().value(QStringLiteral("users")).toObject(), m_methods);
}

const DiscoveryMethod *GmailDiscovery::find(const QByteArray &httpMethod, const QString &path,
                                            QHash<QString, QString> *params, bool *pathKnown) const
{
    const QStringList parts = path.split(u'/');
    const DiscoveryMethod *best = nullptr;
    int bestLiterals = -1;
    *pathKnown = false;
    for (const DiscoveryMethod &m : m_methods) {
        if (m.segments.size() != parts.size())
            continue;
        int literals = 0;
        bool ok = true;
        for (int i = 0; i < parts.size() && ok; ++i) {
            const QString &s = m.segments.at(i);
            if (s.startsWith(u'{') && s.endsWith(u'}'))
                ok = !parts.at(i).isEmpty();
            else if ((ok = s == parts.at(i)))
                ++literals;
        }
        if (!ok)
            continue;
        *pathKnown = true;
        // A literal segment ("messages/batchModify") wins over a parameter ("messages/{id}").
        if (m.httpMethod == httpMethod && literals > bestLiterals) {
            best = &m;
            bestLiterals = literals;
        }
    }
    if (best && params) {
        params->clear();
        for (int i = 0; i < parts.size(); ++i) {
            const QString &s = best->segments.at(i);
            if (s.startsWith(u'{'))
                params->insert(s.mid(1, s.size() - 2), parts.at(i));
        }
    }
    return best;
}

QString GmailDiscovery::checkQuery(const DiscoveryMethod &method, const QUrlQuery &query) const
{
    const QJsonObject params = method.json.value(QStringLiteral("parameters")).toObject();
    QSet<QString> seen;
    for (const auto &[rawName, rawValue] : query.queryItems(QUrl::FullyDecoded)) {
        const QString &name = rawName;
        const QString &value = rawValue;
        if (standardParameters().contains(name)) {
            if (name == QLatin1String("prettyPrint") && value != QLatin1String("true") &&
                value != QLatin1String("false"))
                return typeError(name, QStringLiteral("TYPE_BOOL"), value);
            continue;
        }
        const QJsonObject p = params.value(name).toObject();
        if (p.isEmpty() || p.value(QStringLiteral("location")).toString() != QLatin1String("query"))
            return QStringLiteral("Invalid JSON payload received. Unknown name \"%1\": Cannot bind query parameter. "
                                  "Field '%1' could not be found in request message.")
                .arg(name);
        if (seen.contains(name) && !p.value(QStringLiteral("repeated")).toBool())
            return QStringLiteral("Invalid JSON payload received. Repeated values for non-repeated field \"%1\".")
                .arg(name);
        seen.insert(name);
        const QString type = p.value(QStringLiteral("type")).toString();
        const QString format = p.value(QStringLiteral("format")).toString();
        if (type == QLatin1String("integer") || format == QLatin1String("uint64") || format == QLatin1String("int64")) {
            const bool ok = format.startsWith(u'u') ? isUnsigned(value) : isSigned(value);
            if (!ok || (format.endsWith(QLatin1String("32")) && value.toLongLong() > 0xffffffffLL))
                return typeError(name, QStringLiteral("TYPE_%1").arg(format.toUpper()), value);
        } else if (type == QLatin1String("boolean")) {
            if (value != QLatin1String("true") && value != QLatin1String("false"))
                return typeError(name, QStringLiteral("TYPE_BOOL"), value);
        }
        const QJsonArray allowed = p.value(QStringLiteral("enum")).toArray();
        if (!allowed.isEmpty() && !allowed.contains(QJsonValue(value)))
            return typeError(name, QStringLiteral("TYPE_ENUM"), value);
    }
    for (auto it = params.begin(); it != params.end(); ++it) {
        const QJsonObject p = it.value().toObject();
        // Some parameters are required only in prose ("Required. ..."), as Google enforces them.
        const bool required = p.value(QStringLiteral("required")).toBool() ||
                              p.value(QStringLiteral("description")).toString().startsWith(QLatin1String("Required."));
        if (required && p.value(QStringLiteral("location")).toString() == QLatin1String("query") &&
            !query.hasQueryItem(it.key()))
            return QStringLiteral("Required parameter: %1").arg(it.key());
    }
    return {};
}

QString GmailDiscovery::checkBody(const DiscoveryMethod &method, const QJsonObject &body) const
{
    const QString ref =
        method.json.value(QStringLiteral("request")).toObject().value(QStringLiteral("$ref")).toString();
    if (ref.isEmpty())
        return {};
    return checkValue(body, m_schemas.value(ref).toObject(), QString());
}

QString GmailDiscovery::checkValue(const QJsonValue &value, const QJsonObject &schemaIn, const QString &path) const
{
    QJsonObject schema = schemaIn;
    if (schema.contains(QStringLiteral("$ref")))
        schema = m_schemas.value(schema.value(QStringLiteral("$ref")).toString()).toObject();
    const QString type = schema.value(QStringLiteral("type")).toString();
    const QString format = schema.value(QStringLiteral("format")).toString();
    const QString where = path.isEmpty() ? QStringLiteral("(root)") : path;
    auto wrong = [&](const QString &expected) {
        return QStringLiteral("Invalid JSON payload received. Invalid value at '%1': expected %2.")
            .arg(where, expected);
    };
    if (value.isNull())
        return {}; // Google treats null as "not set"
    if (type == QLatin1String("object")) {
        if (!value.isObject())
            return wrong(QStringLiteral("an object"));
        const QJsonObject o = value.toObject();
        const QJsonObject props = schema.value(QStringLiteral("properties")).toObject();
        const QJsonObject additional = schema.value(QStringLiteral("additionalProperties")).toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString sub = path.isEmpty() ? it.key() : path + u'.' + it.key();
            QJsonObject s = props.value(it.key()).toObject();
            if (s.isEmpty() && !additional.isEmpty())
                s = additional;
            if (s.isEmpty())
                return QStringLiteral("Invalid JSON payload received. Unknown name \"%1\"%2: Cannot find field.")
                    .arg(it.key(), path.isEmpty() ? QString() : QStringLiteral(" at '%1'").arg(path));
            const QString e = checkValue(it.value(), s, sub);
            if (!e.isEmpty())
                return e;
        }
        return {};
    }
    if (type == QLatin1String("array")) {
        if (!value.isArray())
            return wrong(QStringLiteral("a list"));
        const QJsonArray a = value.toArray();
        const QJsonObject items = schema.value(QStringLiteral("items")).toObject();
        for (int i = 0; i < a.size(); ++i) {
            const QString e = checkValue(a.at(i), items, QStringLiteral("%1[%2]").arg(where).arg(i));
            if (!e.isEmpty())
                return e;
        }
        return {};
    }
    if (type == QLatin1String("boolean"))
        return value.isBool() ? QString() : wrong(QStringLiteral("a boolean"));
    if (type == QLatin1String("integer") || format == QLatin1String("int64") || format == QLatin1String("uint64")) {
        // 64-bit integers travel as strings, but numbers are accepted too.
        if (value.isDouble())
            return value.toDouble() == double(qint64(value.toDouble())) ? QString()
                                                                        : wrong(QStringLiteral("an integer"));
        if (value.isString() && (format.startsWith(u'u') ? isUnsigned(value.toString()) : isSigned(value.toString())))
            return {};
        return wrong(QStringLiteral("an integer"));
    }
    if (type == QLatin1String("number"))
        return value.isDouble() ? QString() : wrong(QStringLiteral("a number"));
    if (type == QLatin1String("string")) {
        if (!value.isString())
            return wrong(QStringLiteral("a string"));
        const QJsonArray allowed = schema.value(QStringLiteral("enum")).toArray();
        if (!allowed.isEmpty() && !allowed.contains(value))
            return wrong(QStringLiteral("one of the enum values"));
        return {};
    }
    return {};
}

namespace {

// Field selector tree: name -> sub-selection (empty: the whole value).
struct FieldTree
{
    QMap<QString, FieldTree> children;
};

bool parseList(const QString &s, int &pos, FieldTree &into);

bool parseItem(const QString &s, int &pos, FieldTree &into)
{
    const int start = pos;
    while (pos < s.size() && (s.at(pos).isLetterOrNumber() || s.at(pos) == u'_' || s.at(pos) == u'*'))
        ++pos;
    if (pos == start)
        return false;
    FieldTree &child = into.children[s.mid(start, pos - start)];
    if (pos < s.size() && s.at(pos) == u'/') {
        ++pos;
        return parseItem(s, pos, child);
    }
    if (pos < s.size() && s.at(pos) == u'(') {
        ++pos;
        if (!parseList(s, pos, child) || pos >= s.size() || s.at(pos) != u')')
            return false;
        ++pos;
    }
    return true;
}

bool parseList(const QString &s, int &pos, FieldTree &into)
{
    if (!parseItem(s, pos, into))
        return false;
    while (pos < s.size() && s.at(pos) == u',') {
        ++pos;
        if (!parseItem(s, pos, into))
            return false;
    }
    return true;
}

QJsonValue applyTree(const QJsonValue &value, const FieldTree &tree);

QJsonObject applyObject(const QJsonObject &o, const FieldTree &tree)
{
    if (tree.children.isEmpty() || tree.children.contains(QStringLiteral("*")))
        return o;
    QJsonObject out;
    for (auto it = tree.children.begin(); it != tree.children.end(); ++it)
        if (o.contains(it.key()))
            out.insert(it.key(), applyTree(o.value(it.key()), it.value()));
    return out;
}

QJsonValue applyTree(const QJsonValue &value, const FieldTree &tree)
{
    if (tree.children.isEmpty())
        return value;
    if (value.isObject())
        return applyObject(value.toObject(), tree);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(applyTree(v, tree));
        return out;
    }
    return value;
}

} // namespace

bool applyFieldMask(const QString &fields, QJsonObject &object)
{
    QString s = fields;
    s.remove(u' ');
    if (s.isEmpty())
        return true;
    FieldTree tree;
    int pos = 0;
    if (!parseList(s, pos, tree) || pos != s.size())
        return false;
    object = applyObject(object, tree);
    return true;
}

} // namespace em::sandbox
