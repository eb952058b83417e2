#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace em::sandbox {

// A request as the emulator's handlers see it: copied out of Qt's request object so that
// it can be answered later (added latency) and from any handler.
struct HttpRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;      // decoded path, no query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    // The bearer token of the Authorization header, or empty.
    QString bearerToken() const;
    // application/x-www-form-urlencoded body as a query.
    QUrlQuery form() const;
};

struct HttpResponse
{
    enum class Fault { None, ResetConnection, TruncateBody };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Fault fault = Fault::None;
    int quotaUnits = 0; // Gmail units charged, for the request log
    QString user;       // whose mailbox it touched, for quotas and the log

    static HttpResponse json(int status, const QJsonValue &value);
    static HttpResponse html(int status, const QString &page);
    static HttpResponse bytes(int status, const QByteArray &body, const QByteArray &contentType);
    static HttpResponse redirect(const QString &location);
    static HttpResponse empty(int status);
    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
};

// Serialises a response as HTTP/1.1 bytes (status line, headers, Content-Length, body).
QByteArray serialize(const HttpResponse &response, bool keepAlive);
QByteArray reasonPhrase(int status);

} // namespace em::sandbox
