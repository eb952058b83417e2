// JSON batching: up to 20 sub-requests, each answered by the same handler.
#include "graphapi.h"
#include "graphjson.h"
#include "sandbox.h"

#include <QJsonDocument>
#include <QUrl>

namespace em::sandbox {

using graph::error;

namespace {
QString str(const char *s)
{
    return QString::fromLatin1(s);
}

constexpr int kMaxBatch = 20;

QJsonObject subError(const QString &code, const QString &message)
{
    return QJsonObject{{str("error"), QJsonObject{{str("code"), code}, {str("message"), message}}}};
}
} // namespace

HttpResponse GraphApi::batch(const HttpRequest &r)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
    const QJsonValue requestsValue = doc.object().value(str("requests"));
    if (pe.error != QJsonParseError::NoError || !doc.isObject() || !requestsValue.isArray())
        return error(r, 400, str("BadRequest"), str("Invalid batch payload format."));
    const QJsonArray requests = requestsValue.toArray();
    if (requests.size() > kMaxBatch)
        return error(r, 400, str("BadRequest"), str("Number of batch requests exceeds %1.").arg(kMaxBatch));
    if (requests.isEmpty())
        return error(r, 400, str("BadRequest"), str("The batch holds no requests."));

    // The whole batch is refused when a request lacks id, method or url, repeats an id or
    // depends on one that does not come before it.
    QStringList seen;
    for (const QJsonValue &v : requests) {
        const QJsonObject o = v.toObject();
        const QString id =
            o.value(str("id")).isDouble() ? QString::number(o.value(str("id")).toInt()) : o.value(str("id")).toString();
        if (id.isEmpty() || seen.contains(id) || o.value(str("method")).toString().isEmpty() ||
            o.value(str("url")).toString().isEmpty())
            return error(r, 400, str("BadRequest"), str("Each request needs a unique id, a method and a url."));
        const QJsonValue deps = o.value(str("dependsOn"));
        for (const QJsonValue &d : deps.toArray())
            if (!seen.contains(d.toString()))
                return error(
                    r, 400, str("BadRequest"),
                    str("Request '%1' depends on '%2', which is not an earlier request.").arg(id, d.toString()));
        seen.append(id);
    }

    QHash<QString, int> statusOf;
    QJsonArray responses;
    for (const QJsonValue &v : requests) {
        const QJsonObject o = v.toObject();
        const QString id =
            o.value(str("id")).isDouble() ? QString::number(o.value(str("id")).toInt()) : o.value(str("id")).toString();
        bool dependencyFailed = false;
        for (const QJsonValue &d : o.value(str("dependsOn")).toArray())
            dependencyFailed = dependencyFailed || statusOf.value(d.toString()) >= 400;
        if (dependencyFailed) {
            statusOf.insert(id, 424);
            responses.append(QJsonObject{
                {str("id"), id},
                {str("status"), 424},
                {str("body"), subError(str("FailedDependency"), str("A request this one depends on failed."))}});
            continue;
        }
        QString url = o.value(str("url")).toString();
        if (!url.startsWith(u'/'))
            url.prepend(u'/');
        if (url.startsWith(QLatin1String("/v1.0/")))
            url = url.mid(5);
        const QUrl parsed(str("http://127.0.0.1/v1.0") + url);
        HttpRequest sub;
        sub.method = o.value(str("method")).toString().toUpper().toLatin1();
        sub.path = parsed.path();
        sub.query = QUrlQuery(parsed.query(QUrl::FullyEncoded));
        sub.peer = r.peer;
        const QJsonObject headers = o.value(str("headers")).toObject();
        for (auto h = headers.begin(); h != headers.end(); ++h)
            sub.headers.insert(h.key().toLower().toLatin1(), h.value().toString().toUtf8());
        sub.headers.insert("authorization", r.header("authorization"));
        const QJsonValue body = o.value(str("body"));
        if (body.isObject() || body.isArray())
            sub.body = body.isObject() ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact)
                                       : QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
        else if (body.isString())
            sub.body = body.toString().toUtf8();
        HttpResponse answer;
        if (!sub.body.isEmpty() && sub.header("content-type").isEmpty())
            answer = error(sub, 400, str("BadRequest"), str("Content-Type header is required when a body is present."));
        else if (sub.path == QLatin1String("/v1.0/$batch") || !parsed.isValid())
            answer = error(sub, 400, str("BadRequest"), str("Invalid request URL."));
        else
            answer = handle(sub);
        statusOf.insert(id, answer.status);
        QJsonObject entry{{str("id"), id}, {str("status"), answer.status}};
        QJsonObject outHeaders;
        for (const auto &[name, value] : std::as_const(answer.headers))
            outHeaders.insert(QString::fromLatin1(name), QString::fromUtf8(value));
        entry.insert(str("headers"), outHeaders);
        if (!answer.body.isEmpty()) {
            QJsonParseError bodyError;
            const QJsonDocument json = QJsonDocument::fromJson(answer.body, &bodyError);
            // Graph hands back non-JSON bodies ($value) as base64 strings.
            if (bodyError.error == QJsonParseError::NoError && json.isObject())
                entry.insert(str("body"), json.object());
            else
                entry.insert(str("body"), QString::fromLatin1(answer.body.toBase64()));
        }
        responses.append(entry);
    }
    return HttpResponse::json(200, QJsonObject{{str("responses"), responses}});
}

} // namespace em::sandbox
