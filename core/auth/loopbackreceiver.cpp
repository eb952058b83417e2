#include "loopbackreceiver.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace em::auth {

namespace {

constexpr int kMaxRequestBytes = 16 * 1024;
constexpr int kSocketIdleMs = 15000;

QByteArray page(const QString &title, const QString &text, bool success)
{
    const QString dir = QCoreApplication::translate("em::auth", "ltr", "text direction of this language: ltr or rtl");
    const QString html =
        QStringLiteral("<!doctype html><html dir=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>"
                       "<style>body{font-family:sans-serif;max-width:34em;margin:4em auto;line-height:1.5}"
                       "h1{color:%4}</style></head><body><h1 id=\"result\" data-success=\"%5\">%2</h1>"
                       "<p>%3</p></body></html>")
            .arg(dir == QLatin1String("rtl") ? dir : QStringLiteral("ltr"), title.toHtmlEscaped(), text.toHtmlEscaped(),
                 success ? QStringLiteral("#1a7f37") : QStringLiteral("#b42318"),
                 success ? QStringLiteral("true") : QStringLiteral("false"));
    return html.toUtf8();
}

// The answer outlives the receiver (and the server that owned the socket): the socket
// deletes itself once the browser has it, or after a grace period.
void writeResponse(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &body)
{
    socket->setParent(QCoreApplication::instance()); // not the server, which goes first
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(5000, socket, &QObject::deleteLater);
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
                  "Referrer-Policy: no-referrer\r\nConnection: close\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace

LoopbackReceiver::LoopbackReceiver(QObject *parent) : QObject(parent)
{}

LoopbackReceiver::~LoopbackReceiver()
{
    close();
}

Status LoopbackReceiver::listen()
{
    close();
    m_done = false;
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackReceiver::onConnection);
    // 127.0.0.1 only: never reachable from the network (Qt 6.4's handler binds every interface).
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        const QString error = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return Status::failure(
            QCoreApplication::translate("em::auth", "Cannot listen for the browser's answer on 127.0.0.1: %1")
                .arg(error));
    }
    return {};
}

quint16 LoopbackReceiver::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString LoopbackReceiver::redirectUri(const QString &host) const
{
    return QStringLiteral("http://%1:%2/").arg(host).arg(port());
}

bool LoopbackReceiver::isListening() const
{
    return m_server && m_server->isListening();
}

void LoopbackReceiver::close()
{
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
    auto sockets = m_buffers.keys();
    m_buffers.clear();
    if (m_held) // never answered: the browser sees the connection end
        sockets.append(m_held);
    m_held = nullptr;
    for (QTcpSocket *s : sockets) {
        s->disconnect(this);
        s->abort();
        s->deleteLater();
    }
}

void LoopbackReceiver::respond(bool success, const QString &title, const QString &text)
{
    if (m_held) {
        m_buffers.remove(m_held);
        m_held->disconnect(this);
        writeResponse(m_held, 200, "OK", page(title, text, success));
        m_held = nullptr;
    }
    close();
}

void LoopbackReceiver::onConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (!socket->peerAddress().isLoopback()) { // cannot happen on 127.0.0.1; refuse anyway
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        // A connection that never sends a request must not hold the flow.
        QTimer::singleShot(kSocketIdleMs, this, [this, s = QPointer<QTcpSocket>(socket)] {
            if (s && s != m_held && m_buffers.contains(s))
                reject(s, 408, "Request Timeout", {});
        });
    }
}

void LoopbackReceiver::reject(QTcpSocket *socket, int status, const QByteArray &reason, const QString &text)
{
    m_buffers.remove(socket);
    socket->disconnect(this);
    writeResponse(socket, status, reason,
                  page(QCoreApplication::translate("em::auth", "Email Manager"),
                       text.isEmpty() ? QString::fromLatin1(reason) : text, false));
}

void LoopbackReceiver::onReadyRead(QTcpSocket *socket)
{
    if (!m_buffers.contains(socket))
        return;
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    if (buffer.size() > kMaxRequestBytes)
        return reject(socket, 431, "Request Header Fields Too Large", {});
    const int end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return reject(socket, 400, "Bad Request", {});
    if (requestLine.at(0) != "GET")
        return reject(socket, 405, "Method Not Allowed", {});
    const QUrl target(QString::fromLatin1(requestLine.at(1)), QUrl::StrictMode);
    if (!target.isValid() || target.path() != QLatin1String("/"))
        return reject(socket, 404, "Not Found", {});
    const QUrlQuery query(target);
    const bool isAnswer = query.hasQueryItem(QStringLiteral("code")) || query.hasQueryItem(QStringLiteral("error"));
    if (!isAnswer || m_done)
        return reject(
            socket, 400, "Bad Request",
            QCoreApplication::translate("em::auth", "This address only receives the answer of a sign-in page."));
    m_done = true;
    m_held = socket;
    // Held until respond(): whatever else this browser sends is not read again.
    m_buffers.remove(socket);
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    if (m_server)
        m_server->close(); // one answer per flow
    Q_EMIT redirected(query);
}

} // namespace em::auth
