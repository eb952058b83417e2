#include "sandbox.h"

#include "gmailapi.h"
#include "graphapi.h"
#include "httpfrontend.h"
#include "seeder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>

namespace em::sandbox {

namespace {
HttpResponse controlError(int status, const QString &message)
{
    return HttpResponse::json(status, QJsonObject{{QStringLiteral("error"), message}});
}
} // namespace

const OAuthClient &Sandbox::googleClient()
{
    static const OAuthClient c{QStringLiteral("1234567890-sandbox.apps.googleusercontent.com"),
                               QStringLiteral("GOCSPX-sandbox+secret/with=chars"), Provider::Google, false};
    return c;
}

const OAuthClient &Sandbox::microsoftClient()
{
    static const OAuthClient c{QStringLiteral("8f2d6e1a-3b4c-4d5e-9f60-7a8b9c0d1e2f"), QString(), Provider::Microsoft,
                               true};
    return c;
}

Sandbox::Sandbox(SandboxOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_quota(m_options.limits),
      m_faultRandom(quint32(m_options.seed * 2654435761u))
{
    if (m_options.users.isEmpty())
        m_options.users = {
            {QStringLiteral("alice.sandbox@gmail.com"), Provider::Google, QStringLiteral("Alice Sandbox")},
            {QStringLiteral("bob.sandbox@outlook.com"), Provider::Microsoft, QStringLiteral("Bob Sandbox")}};
    for (const UserSpec &u : m_options.users)
        m_mailboxes.push_back(std::make_unique<Mailbox>(
            u.address, u.provider, u.displayName.isEmpty() ? u.address.section(u'@', 0, 0) : u.displayName));
    m_oauth = std::make_unique<OAuthServer>([this](Provider p) {
        QList<const Mailbox *> out;
        for (const auto &m : m_mailboxes)
            if (m->provider() == p)
                out.append(m.get());
        return out;
    });
    m_oauth->registerClient(googleClient());
    m_oauth->registerClient(microsoftClient());
    for (const OAuthClient &c : m_options.extraClients)
        m_oauth->registerClient(c);
    m_oauth->setAccessTokenLifetime(m_options.accessTokenLifetimeSeconds);
    m_gmail = std::make_unique<GmailApi>(*this);
    m_graph = std::make_unique<GraphApi>(*this);
    seed();
}

Sandbox::~Sandbox() = default;

void Sandbox::seed()
{
    const Seeder seeder(m_options.seed);
    for (const auto &m : m_mailboxes) {
        seeder.createFolders(*m);
        if (!m_options.mailboxSource.isEmpty())
            seeder.load(*m, m_options.mailboxSource);
        else
            seeder.fill(*m, m_options.messagesPerMailbox);
    }
}

bool Sandbox::start(quint16 port)
{
    m_http = std::make_unique<HttpFrontend>(*this);
    auto *server = new QTcpServer(m_http.get());
    // Loopback only: the emulator is never reachable from the network.
    if (!server->listen(QHostAddress::LocalHost, port)) {
        m_http.reset();
        return false;
    }
    m_http->bind(server);
    m_port = server->serverPort();
    return true;
}

void Sandbox::stop()
{
    m_http.reset();
}

QUrl Sandbox::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QJsonObject Sandbox::clientConfig() const
{
    const QString base = baseUrl().toString();
    QJsonArray users;
    for (const auto &m : m_mailboxes)
        users.append(QJsonObject{{QStringLiteral("address"), m->address()},
                                 {QStringLiteral("provider"), providerName(m->provider())},
                                 {QStringLiteral("messages"), int(m->messages().size())}});
    return QJsonObject{
        {QStringLiteral("google"),
         QJsonObject{{QStringLiteral("client_id"), googleClient().id},
                     {QStringLiteral("client_secret"), googleClient().secret},
                     {QStringLiteral("auth_url"), QString(base + QStringLiteral("/o/oauth2/v2/auth"))},
                     {QStringLiteral("token_url"), QString(base + QStringLiteral("/token"))},
                     {QStringLiteral("revoke_url"), QString(base + QStringLiteral("/revoke"))},
                     {QStringLiteral("api_url"), base}}},
        {QStringLiteral("microsoft"),
         QJsonObject{{QStringLiteral("client_id"), microsoftClient().id},
                     {QStringLiteral("tenant"), QStringLiteral("common")},
                     {QStringLiteral("auth_url"), QString(base + QStringLiteral("/common/oauth2/v2.0/authorize"))},
                     {QStringLiteral("token_url"), QString(base + QStringLiteral("/common/oauth2/v2.0/token"))},
                     {QStringLiteral("api_url"), QString(base + QStringLiteral("/v1.0"))}}},
        {QStringLiteral("users"), users},
        {QStringLiteral("control_url"), QString(base + QStringLiteral("/_control"))},
    };
}

Mailbox *Sandbox::mailbox(const QString &address)
{
    for (const auto &m : m_mailboxes)
        if (m->address().compare(address, Qt::CaseInsensitive) == 0)
            return m.get();
    return nullptr;
}

QList<Mailbox *> Sandbox::mailboxes()
{
    QList<Mailbox *> out;
    for (const auto &m : m_mailboxes)
        out.append(m.get());
    return out;
}

double Sandbox::roll()
{
    return m_faultRandom.generateDouble();
}

QByteArray Sandbox::generateMessage(const QString &to, int index)
{
    return Seeder(m_options.seed).message(to, index, QDateTime::currentMSecsSinceEpoch());
}

QString Sandbox::deliver(const QString &address, const QByteArray &raw)
{
    Mailbox *m = mailbox(address);
    if (!m)
        return {};
    QSet<QString> labels{QStringLiteral("UNREAD")};
    if (m->provider() == Provider::Google)
        labels << QStringLiteral("INBOX") << QStringLiteral("CATEGORY_PERSONAL");
    else
        labels << m->wellKnown(QStringLiteral("inbox"))->id;
    return m->addMessage(raw, labels, QDateTime::currentMSecsSinceEpoch());
}

HttpResponse Sandbox::dispatch(const HttpRequest &request)
{
    if (request.path.startsWith(QLatin1String("/_control/")))
        return control(request);
    if (m_oauth->handles(request))
        return m_oauth->handle(request);
    if (GmailApi::handles(request))
        return m_gmail->handle(request);
    if (GraphApi::handles(request))
        return m_graph->handle(request);
    if (request.path == QLatin1String("/") && request.method == "GET")
        return index();
    return HttpResponse::json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("not found")}});
}

HttpResponse Sandbox::index() const
{
    QString page = QStringLiteral("<!doctype html><meta charset=utf-8><title>Email Manager sandbox</title>"
                                  "<h1>Email Manager sandbox</h1><p>Provider configuration:</p><pre>");
    page += QString::fromUtf8(QJsonDocument(clientConfig()).toJson()).toHtmlEscaped();
    page += QStringLiteral("</pre>");
    return HttpResponse::html(200, page);
}

// The control API: what tests and the demo do "from another device" or to the service.
HttpResponse Sandbox::control(const HttpRequest &r)
{
    const QString action = r.path.mid(QStringLiteral("/_control/").size());
    if (r.method == "GET" && action == QLatin1String("config"))
        return HttpResponse::json(200, clientConfig());
    if (r.method == "GET" && action == QLatin1String("log")) {
        QJsonArray entries;
        for (const LogEntry &e : m_log.entries())
            entries.append(QJsonObject{{QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                                       {QStringLiteral("method"), e.method},
                                       {QStringLiteral("path"), e.path},
                                       {QStringLiteral("status"), e.status},
                                       {QStringLiteral("units"), e.quotaUnits},
                                       {QStringLiteral("latency_ms"), e.latencyMs},
                                       {QStringLiteral("user"), e.user},
                                       {QStringLiteral("fault"), e.fault}});
        return HttpResponse::json(200, entries);
    }
    if (r.method != "POST")
        return controlError(405, QStringLiteral("use POST"));
    QJsonParseError parseError;
    const QJsonObject body = QJsonDocument::fromJson(r.body, &parseError).object();
    if (!r.body.isEmpty() && parseError.error != QJsonParseError::NoError)
        return controlError(400, QStringLiteral("body is not JSON"));
    const QString user = body.value(QStringLiteral("user")).toString();
    Mailbox *m = mailbox(user);
    auto need = [&]() { return m ? HttpResponse() : controlError(404, QStringLiteral("no such user")); };

    if (action == QLatin1String("deliver")) {
        if (!m)
            return need();
        QByteArray raw = QByteArray::fromBase64(body.value(QStringLiteral("raw")).toString().toLatin1());
        if (raw.isEmpty())
            raw = generateMessage(user, 100000 + int(m->messages().size()));
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("id"), deliver(user, raw)}});
    }
    if (action == QLatin1String("modify")) {
        if (!m)
            return need();
        QSet<QString> add, remove;
        for (const QJsonValue &v : body.value(QStringLiteral("add")).toArray())
            add.insert(v.toString());
        for (const QJsonValue &v : body.value(QStringLiteral("remove")).toArray())
            remove.insert(v.toString());
        if (!m->modify(body.value(QStringLiteral("id")).toString(), add, remove))
            return controlError(404, QStringLiteral("no such message"));
        return HttpResponse::json(200, QJsonObject{});
    }
    if (action == QLatin1String("move")) {
        if (!m || !m->moveToFolder(body.value(QStringLiteral("id")).toString(),
                                   body.value(QStringLiteral("folder")).toString(), true))
            return controlError(404, QStringLiteral("no such user, message or folder"));
        return HttpResponse::json(200, QJsonObject{});
    }
    if (action == QLatin1String("delete")) {
        if (!m || !m->removeMessage(body.value(QStringLiteral("id")).toString()))
            return controlError(404, QStringLiteral("no such user or message"));
        return HttpResponse::json(200, QJsonObject{});
    }
    if (action == QLatin1String("expire-history")) {
        if (!m)
            return need();
        m->expireHistory();
        return HttpResponse::json(200, QJsonObject{});
    }
    if (action == QLatin1String("invalidate-delta")) {
        if (!m)
            return need();
        m->invalidateDeltaTokens();
        return HttpResponse::json(200, QJsonObject{});
    }
    if (action == QLatin1String("expire-tokens")) {
        m_oauth->expireAccessTokens();
        return HttpResponse::json(200, QJsonObject{});
    }
    if (action == QLatin1String("revoke")) {
        m_oauth->revokeUser(user);
        return HttpResponse::json(200, QJsonObject{});
    }
    if (action == QLatin1String("limits")) {
        Limits &l = m_options.limits;
        auto set = [&](const char *key, auto &field) {
            if (body.contains(QLatin1String(key)))
                field = std::remove_reference_t<decltype(field)>(body.value(QLatin1String(key)).toDouble());
        };
        set("gmail_units_per_minute", l.gmailUnitsPerMinute);
        set("gmail_quota_window_ms", l.gmailQuotaWindowMs);
        set("graph_requests_per_10_minutes", l.graphRequestsPer10Minutes);
        set("graph_window_ms", l.graphWindowMs);
        set("graph_concurrency", l.graphConcurrency);
        set("latency_ms", l.latencyMs);
        set("rate_500", l.rate500);
        set("rate_503", l.rate503);
        set("rate_reset", l.rateReset);
        set("rate_truncate", l.rateTruncate);
        set("rate_garble", l.rateGarble);
        return HttpResponse::json(200, QJsonObject{});
    }
    return controlError(404, QStringLiteral("unknown control action"));
}

} // namespace em::sandbox
