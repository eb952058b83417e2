#include "http.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace em::sandbox {

QString HttpRequest::bearerToken() const
{
    const QByteArray auth = header("authorization");
    if (!auth.startsWith("Bearer ") && !auth.startsWith("bearer "))
        return {};
    return QString::fromLatin1(auth.mid(7).trimmed());
}

QUrlQuery HttpRequest::form() const
{
    // '+' means space in forms; QUrlQuery leaves it alone, so translate first.
    QByteArray b = body;
    b.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(b));
}

HttpResponse HttpResponse::json(int status, const QJsonValue &value)
{
    HttpResponse r;
    r.status = status;
    r.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=UTF-8")));
    return r;
}

HttpResponse HttpResponse::html(int status, const QString &page)
{
    return bytes(status, page.toUtf8(), "text/html; charset=utf-8");
}

HttpResponse HttpResponse::bytes(int status, const QByteArray &body, const QByteArray &contentType)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    if (!contentType.isEmpty())
        r.headers.append(qMakePair(QByteArray("Content-Type"), contentType));
    return r;
}

HttpResponse HttpResponse::redirect(const QString &location)
{
    HttpResponse r;
    r.status = 302;
    r.headers.append(qMakePair(QByteArray("Location"), location.toUtf8()));
    return r;
}

HttpResponse HttpResponse::empty(int status)
{
    HttpResponse r;
    r.status = status;
    return r;
}

HttpResponse &HttpResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append(qMakePair(name, value));
    return *this;
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers)
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 302: return "Found";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 413: return "Payload Too Large";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

QByteArray serialize(const HttpResponse &response, bool keepAlive)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "\r\n";
    out += response.body;
    return out;
}

} // namespace em::sandbox
