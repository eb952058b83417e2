// The batch endpoint and the media upload endpoints of the emulated Gmail API. Both
// unwrap their envelope and hand the inner call to the ordinary request path.
#include "gmailapi.h"

#include "gmailformat.h"
#include "sandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace em::sandbox {

namespace {

constexpr int kMaxBatchParts = 100;
constexpr qsizetype kMaxMessageBytes = 35 * 1024 * 1024;

struct BodyPart
{
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
};

QByteArray boundaryOf(const QByteArray &contentType)
{
    static const QRegularExpression re(QStringLiteral("boundary=(\"([^\"]+)\"|([^;\\s]+))"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromLatin1(contentType));
    if (!m.hasMatch())
        return {};
    return (m.captured(2).isEmpty() ? m.captured(3) : m.captured(2)).toLatin1();
}

// Splits header lines from a body at the first empty line; accepts CRLF and LF.
void splitHead(const QByteArray &text, QList<QByteArray> *lines, QByteArray *body)
{
    qsizetype end = text.indexOf("\r\n\r\n");
    qsizetype skip = 4;
    const qsizetype lf = text.indexOf("\n\n");
    if (lf >= 0 && (end < 0 || lf < end)) {
        end = lf;
        skip = 2;
    }
    const QByteArray head = end < 0 ? text : text.left(end);
    *body = end < 0 ? QByteArray() : text.mid(end + skip);
    lines->clear();
    for (QByteArray line : head.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if ((line.startsWith(' ') || line.startsWith('\t')) && !lines->isEmpty())
            lines->last() += ' ' + line.trimmed(); // folded header
        else
            lines->append(line);
    }
}

QHash<QByteArray, QByteArray> parseHeaders(const QList<QByteArray> &lines, int from)
{
    QHash<QByteArray, QByteArray> out;
    for (int i = from; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            out.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    return out;
}

// The parts of a multipart body, at most maxParts of them (more: ok stays true and the
// caller sees maxParts + 1); ok false when the boundary never appears or the closing
// delimiter is missing.
QList<BodyPart> splitMultipart(const QByteArray &body, const QByteArray &boundary, int maxParts, bool *ok)
{
    QList<BodyPart> parts;
    *ok = false;
    if (boundary.isEmpty())
        return parts;
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        if (parts.size() > maxParts) {
            *ok = true; // enough to refuse; no need to read on
            return parts;
        }
        qsizetype start = pos + delimiter.size();
        if (body.mid(start, 2) == "--") {
            *ok = true;
            return parts;
        }
        const qsizetype next = body.indexOf(QByteArray("\n" + delimiter), start);
        if (next < 0)
            return parts; // no closing delimiter
        while (start < body.size() && (body.at(start) == ' ' || body.at(start) == '\t'))
            ++start;
        if (body.mid(start, 2) == "\r\n")
            start += 2;
        else if (body.mid(start, 1) == "\n")
            start += 1;
        qsizetype end = next;
        if (end > start && body.at(end - 1) == '\r')
            --end;
        BodyPart part;
        QList<QByteArray> lines;
        splitHead(body.mid(start, end - start), &lines, &part.body);
        part.headers = parseHeaders(lines, 0);
        parts.append(part);
        pos = next + 1;
    }
    return parts;
}

QByteArray contentIdOf(const BodyPart &part)
{
    QByteArray id = part.headers.value("content-id");
    if (id.startsWith('<') && id.endsWith('>'))
        id = id.mid(1, id.size() - 2);
    return id;
}

} // namespace

HttpResponse GmailApi::batch(const HttpRequest &r)
{
    if (r.method != "POST")
        return error(405, QStringLiteral("httpMethodNotAllowed"), QStringLiteral("Batch requests must be POSTs."));
    const QByteArray contentType = r.header("content-type");
    if (!contentType.toLower().startsWith("multipart/mixed"))
        return invalid(QStringLiteral("Batch requests need Content-Type multipart/mixed with a boundary."));
    bool ok = false;
    const QList<BodyPart> parts = splitMultipart(r.body, boundaryOf(contentType), kMaxBatchParts, &ok);
    if (!ok || parts.isEmpty())
        return invalid(QStringLiteral("Failed to parse batch request, error: The multipart body is malformed."));
    if (parts.size() > kMaxBatchParts)
        return invalid(QStringLiteral("Too many requests in batch: %1 (at most %2 are allowed).")
                           .arg(parts.size())
                           .arg(kMaxBatchParts));
    const QByteArray boundary = "batch_" + QByteArray::number(++m_batchCounter) + '_' +
                                QByteArray::number(QDateTime::currentMSecsSinceEpoch(), 36);
    QByteArray out;
    int units = 0;
    QString user;
    for (const BodyPart &part : parts) {
        HttpResponse inner;
        QList<QByteArray> lines;
        HttpRequest ir;
        splitHead(part.body, &lines, &ir.body);
        const QList<QByteArray> requestLine = lines.value(0).split(' ');
        const QUrl url(QString::fromUtf8(requestLine.value(1)));
        if (requestLine.size() < 2 || !url.isValid() || requestLine.at(0).isEmpty()) {
            inner = invalid(QStringLiteral("Invalid request line in batch part."));
        } else {
            ir.method = requestLine.at(0).toUpper();
            ir.path = url.path();
            ir.query = QUrlQuery(url.query(QUrl::FullyEncoded));
            ir.headers = parseHeaders(lines, 1);
            ir.peer = r.peer;
            if (!ir.headers.contains("authorization") && r.headers.contains("authorization"))
                ir.headers.insert("authorization", r.headers.value("authorization"));
            // No batches inside batches, and only Gmail calls.
            if (!handles(ir) || ir.path == QLatin1String("/batch") || ir.path.startsWith(QLatin1String("/batch/")))
                inner = notFound();
            else
                inner = handle(ir);
        }
        units += inner.quotaUnits;
        if (user.isEmpty())
            user = inner.user;
        out += "--" + boundary + "\r\nContent-Type: application/http\r\n";
        const QByteArray id = contentIdOf(part);
        if (!id.isEmpty())
            out += "Content-ID: <response-" + id + ">\r\n";
        out += "\r\nHTTP/1.1 " + QByteArray::number(inner.status) + ' ' + reasonPhrase(inner.status) + "\r\n";
        for (const auto &[name, value] : inner.headers)
            out += name + ": " + value + "\r\n";
        out += "Content-Length: " + QByteArray::number(inner.body.size()) + "\r\n\r\n" + inner.body + "\r\n";
    }
    out += "--" + boundary + "--\r\n";
    HttpResponse resp = HttpResponse::bytes(200, out, "multipart/mixed; boundary=" + boundary);
    resp.quotaUnits = units;
    resp.user = user;
    return resp;
}

HttpResponse GmailApi::upload(const HttpRequest &r, const TokenGrant &grant)
{
    QString rel = r.path;
    rel.remove(QRegularExpression(QStringLiteral("^/(resumable/)?upload/")));
    const QString uploadType = r.query.queryItemValue(QStringLiteral("uploadType"), QUrl::FullyDecoded);
    const QString uploadId = r.query.queryItemValue(QStringLiteral("upload_id"), QUrl::FullyDecoded);
    QByteArray method = r.method;
    QJsonObject metadata;
    QByteArray media;
    if (!uploadId.isEmpty()) {
        // The second leg of a resumable upload: the bytes for a session.
        const auto it = m_uploads.constFind(uploadId);
        if (it == m_uploads.constEnd() || it->user != grant.user)
            return notFound();
        if (r.method != "PUT" && r.method != "POST")
            return error(405, QStringLiteral("httpMethodNotAllowed"), QStringLiteral("Method not allowed."));
        rel = it->path;
        method = it->method;
        metadata = it->metadata;
        media = r.body;
        m_uploads.remove(uploadId);
    } else {
        bool known = false;
        const DiscoveryMethod *m = m_discovery.find(r.method, rel, nullptr, &known);
        if (!m || !m->upload)
            return notFound();
        const QByteArray contentType = r.header("content-type").toLower();
        if (uploadType == QLatin1String("media")) {
            media = r.body;
        } else if (uploadType == QLatin1String("multipart")) {
            bool ok = false;
            const QList<BodyPart> parts = splitMultipart(r.body, boundaryOf(r.header("content-type")), 2, &ok);
            if (!contentType.startsWith("multipart/related") || !ok || parts.size() != 2)
                return invalid(QStringLiteral("Multipart uploads need multipart/related with a JSON part and a "
                                              "media part."));
            QJsonParseError pe;
            const QJsonDocument doc = QJsonDocument::fromJson(parts.at(0).body, &pe);
            if (!parts.at(0).body.trimmed().isEmpty() && (pe.error != QJsonParseError::NoError || !doc.isObject()))
                return error(400, QStringLiteral("parseError"),
                             QStringLiteral("Invalid JSON payload received. Unexpected token."));
            metadata = doc.object();
            media = parts.at(1).body;
        } else if (uploadType == QLatin1String("resumable")) {
            if (!r.body.trimmed().isEmpty()) {
                QJsonParseError pe;
                const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
                if (pe.error != QJsonParseError::NoError || !doc.isObject())
                    return error(400, QStringLiteral("parseError"),
                                 QStringLiteral("Invalid JSON payload received. Unexpected token."));
                metadata = doc.object();
            }
            if (r.header("x-upload-content-length").toLongLong() > kMaxMessageBytes)
                return error(413, QStringLiteral("uploadTooLarge"),
                             QStringLiteral("Message too large (35 MB at most)."));
            const QString id =
                QStringLiteral("AHVrFx") + base64Url(QByteArray::number(++m_uploadCounter) + ':' + grant.user.toUtf8());
            m_uploads.insert(id, {grant.user, rel, r.method, metadata});
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("uploadType"), QStringLiteral("resumable"));
            q.addQueryItem(QStringLiteral("upload_id"), id);
            HttpResponse resp = HttpResponse::empty(200);
            resp.withHeader("Location", (m_sandbox.baseUrl().toString() + QStringLiteral("/upload/") + rel + u'?' +
                                         q.query(QUrl::FullyEncoded))
                                            .toUtf8());
            resp.withHeader("X-GUploader-UploadID", id.toLatin1());
            return resp;
        } else {
            return invalid(QStringLiteral("Upload requests must include an uploadType URL parameter and a URL path "
                                          "beginning with /upload/"));
        }
    }
    if (media.size() > kMaxMessageBytes)
        return error(413, QStringLiteral("uploadTooLarge"), QStringLiteral("Message too large (35 MB at most)."));
    // The upload becomes the call it stands for, through the ordinary path, with the
    // message bytes handed over as they are rather than as base64 in the JSON.
    HttpRequest inner = r;
    inner.method = method;
    inner.path = u'/' + rel;
    inner.query.removeAllQueryItems(QStringLiteral("uploadType"));
    inner.query.removeAllQueryItems(QStringLiteral("upload_id"));
    inner.headers.insert("content-type", "application/json");
    inner.body = QJsonDocument(metadata).toJson(QJsonDocument::Compact);
    return handleApi(inner, grant, &media);
}

} // namespace em::sandbox
