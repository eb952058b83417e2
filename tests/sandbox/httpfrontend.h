#pragma once

#include <QAbstractHttpServer>

namespace em::sandbox {

class Sandbox;

// The socket side: turns Qt's parsed requests into HttpRequest, applies latency, faults
// and Graph's concurrency limit, writes HTTP/1.1 answers (keep-alive) and logs each one.
class HttpFrontend : public QAbstractHttpServer
{
public:
    explicit HttpFrontend(Sandbox &sandbox);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Sandbox &m_sandbox;
};

} // namespace em::sandbox
