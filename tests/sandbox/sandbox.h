#pragma once

#include "http.h"
#include "mailbox.h"
#include "oauthserver.h"
#include "ratelimits.h"
#include "requestlog.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>
#include <vector>

namespace em::sandbox {

class GmailApi;
class GraphApi;
class HttpFrontend;

struct UserSpec
{
    QString address;
    Provider provider = Provider::Google;
    QString displayName;
};

struct SandboxOptions
{
    quint64 seed = 1;
    int messagesPerMailbox = 50;
    QString mailboxSource; // an mbox file or Maildir folder loaded into every mailbox instead of generated mail
    QList<UserSpec> users; // default: one Gmail and one Outlook user
    int accessTokenLifetimeSeconds = 3600;
    Limits limits;
    QList<OAuthClient> extraClients; // registered beside the built-in test clients
};

// The local stand-in for Google's and Microsoft's endpoints: OAuth, Gmail API v1 and
// Microsoft Graph v1.0 mail over one loopback HTTP server, with quotas, faults and a
// control API. In-process for tests (port 0), or as email-manager-sandbox.
class Sandbox : public QObject
{
    Q_OBJECT
public:
    explicit Sandbox(SandboxOptions options = {}, QObject *parent = nullptr);
    ~Sandbox() override;

    // Listens on 127.0.0.1 only; port 0 lets the OS choose.
    bool start(quint16 port = 0);
    // Closes the listener and every connection: the provider is down until start() again
    // (on the same port: start(port())).
    void stop();
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;

    // The configuration a client needs (the --config-json document).
    QJsonObject clientConfig() const;
    static const OAuthClient &googleClient();
    static const OAuthClient &microsoftClient();

    Mailbox *mailbox(const QString &address);
    QList<Mailbox *> mailboxes();
    OAuthServer &oauth() { return *m_oauth; }
    RequestLog &log() { return m_log; }
    Limits &limits() { return m_options.limits; }
    QuotaTracker &quota() { return m_quota; }
    const SandboxOptions &options() const { return m_options; }

    // Control: what another device would do to a mailbox.
    QString deliver(const QString &address, const QByteArray &raw); // a new incoming message
    QByteArray generateMessage(const QString &to, int index);       // deterministic new mail

    // The whole request path, without sockets: for the batch endpoint and for tests.
    HttpResponse dispatch(const HttpRequest &request);
    // A deterministic random number in [0, 1) for fault injection.
    double roll();

private:
    HttpResponse control(const HttpRequest &request);
    HttpResponse index() const;
    void seed();

    SandboxOptions m_options;
    std::vector<std::unique_ptr<Mailbox>> m_mailboxes;
    std::unique_ptr<OAuthServer> m_oauth;
    std::unique_ptr<GmailApi> m_gmail;
    std::unique_ptr<GraphApi> m_graph;
    std::unique_ptr<HttpFrontend> m_http;
    RequestLog m_log;
    QuotaTracker m_quota;
    QRandomGenerator m_faultRandom;
    quint16 m_port = 0;
    friend class HttpFrontend;
};

} // namespace em::sandbox
