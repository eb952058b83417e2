#pragma once

#include "util/result.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

namespace em::auth {

// The redirect listener of one sign-in (RFC 8252 §7.3): listens on 127.0.0.1 only, on a
// port the OS picks, answers anything that is not the redirect with an error page and
// keeps waiting, and holds the browser's connection after the redirect until respond()
// says how the sign-in ended. Closed by close() or destruction.
class LoopbackReceiver : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    Status listen();
    quint16 port() const;
    QString redirectUri(const QString &host) const; // http://HOST:PORT/
    bool isListening() const;

    // Answers the browser that delivered the redirect, then closes everything.
    void respond(bool success, const QString &title, const QString &text);
    void close();

Q_SIGNALS:
    // The browser came back with an authorization response (code or error). Emitted once.
    void redirected(const QUrlQuery &query);

private:
    void onConnection();
    void onReadyRead(QTcpSocket *socket);
    void reject(QTcpSocket *socket, int status, const QByteArray &reason, const QString &text);

    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QPointer<QTcpSocket> m_held;
    bool m_done = false;
};

} // namespace em::auth
