#pragma once

#include "sandbox.h"

#include <QJsonObject>

namespace em::test {

// Drives the emulator through sandbox.dispatch() (no sockets) the way a client would.
class SandboxClient
{
public:
    explicit SandboxClient(sandbox::Sandbox &sandbox) : m_sandbox(sandbox) {}

    // The whole authorization-code + PKCE flow for a user; returns the token response.
    QJsonObject authorize(const QString &user, sandbox::Provider provider, const QStringList &scopes);
    // An access token with the scopes a mail client asks for.
    QString accessToken(const QString &user);

    sandbox::HttpResponse get(const QString &pathAndQuery, const QString &token);
    sandbox::HttpResponse send(const QByteArray &method, const QString &pathAndQuery, const QString &token,
                               const QByteArray &body = {}, const QByteArray &contentType = "application/json",
                               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    static QJsonObject json(const sandbox::HttpResponse &response);

    static QStringList googleScopes();
    static QStringList microsoftScopes();

private:
    sandbox::Sandbox &m_sandbox;
};

} // namespace em::test
