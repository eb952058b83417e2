#pragma once

#include "auth/authorizationflow.h"
#include "auth/keychain.h"
#include "consentbrowser.h"
#include "sandbox.h"
#include "settings/providerconfig.h"
#include "store/mailstore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <optional>

namespace em::test {

// The emulator on a real loopback socket, and a client configured for it.
struct AuthFixtureBase
{
    AuthFixtureBase(int tokenLifetimeSeconds = 3600)
        : AuthFixtureBase(sandbox::SandboxOptions{1, 3, {}, {}, tokenLifetimeSeconds, {}, {}})
    {}
    explicit AuthFixtureBase(sandbox::SandboxOptions options) : sandbox(std::move(options))
    {
        started = sandbox.start(0);
    }

    settings::ProviderConfig config(settings::Provider provider) const
    {
        const QString base = sandbox.baseUrl().toString();
        settings::ProviderConfig c;
        c.provider = provider;
        if (provider == settings::Provider::Google) {
            c.clientId = sandbox::Sandbox::googleClient().id;
            c.clientSecret = sandbox::Sandbox::googleClient().secret;
            c.authUrl = base + QStringLiteral("/o/oauth2/v2/auth");
            c.tokenUrl = base + QStringLiteral("/token");
            c.revokeUrl = base + QStringLiteral("/revoke");
            c.apiUrl = base;
        } else {
            c.clientId = sandbox::Sandbox::microsoftClient().id;
            c.authUrl = base + QStringLiteral("/{tenant}/oauth2/v2.0/authorize");
            c.tokenUrl = base + QStringLiteral("/{tenant}/oauth2/v2.0/token");
            c.apiUrl = base + QStringLiteral("/v1.0");
        }
        return c;
    }

    static QString user(settings::Provider provider)
    {
        return provider == settings::Provider::Google ? QStringLiteral("alice.sandbox@gmail.com")
                                                      : QStringLiteral("bob.sandbox@outlook.com");
    }

    int tokenPosts() const
    {
        int n = 0;
        for (const auto &e : const_cast<sandbox::Sandbox &>(sandbox).log().entries())
            n += e.method == QLatin1String("POST") && e.path.endsWith(QLatin1String("token"));
        return n;
    }

    // A sign-in as `as` on the emulator's consent page: the flow's result.
    Result<auth::AuthorizedAccount> signIn(const settings::ProviderConfig &config, const QString &as)
    {
        std::optional<Result<auth::AuthorizedAccount>> result;
        QUrl url;
        auth::AuthorizationFlow flow(config, &nam);
        flow.setTimeout(60);
        QObject::connect(&flow, &auth::AuthorizationFlow::authorizationUrlReady, [&](const QUrl &u) { url = u; });
        QObject::connect(&flow, &auth::AuthorizationFlow::finished,
                         [&](const Result<auth::AuthorizedAccount> &r) { result = r; });
        flow.start();
        if (url.isValid() && !result)
            answerConsent(url, as);
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
            return Result<auth::AuthorizedAccount>::failure(QStringLiteral("the sign-in never finished"));
        return *result;
    }

    // The account's tokens as the keychain holds them (nullopt: no entry, or no keychain).
    std::optional<auth::TokenSet> storedTokens(settings::Provider provider, const QString &address)
    {
        const auto r = auth::readBlocking(keychain, auth::accountTokenKey(provider, address));
        if (!r || !r.value())
            return std::nullopt;
        return auth::TokenSet::fromJson(*r.value());
    }
    Status storeTokens(settings::Provider provider, const QString &address, const auth::TokenSet &tokens)
    {
        return auth::writeBlocking(keychain, auth::accountTokenKey(provider, address), tokens.toJson());
    }

    // The HTTP status of the provider's "who am I" call with `accessToken` (Gmail getProfile, Graph /me).
    int apiStatus(settings::Provider provider, const QString &accessToken)
    {
        const QString base = sandbox.baseUrl().toString();
        QNetworkRequest request(QUrl(provider == settings::Provider::Google
                                         ? base + QStringLiteral("/gmail/v1/users/me/profile")
                                         : base + QStringLiteral("/v1.0/me")));
        request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
        QNetworkReply *reply = nam.get(request);
        const int status = QTest::qWaitFor([&] { return reply->isFinished(); }, 10000)
                               ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()
                               : -1;
        reply->deleteLater();
        return status;
    }

    sandbox::Sandbox sandbox;
    bool started = false;
    QNetworkAccessManager nam;
    // A service name of its own per fixture, so tests and runs never see each other's entries.
    auth::Keychain keychain{
        QStringLiteral("email-manager-test-%1-%2").arg(QCoreApplication::applicationPid()).arg(nextFixtureNumber())};

private:
    static int nextFixtureNumber()
    {
        static std::atomic<int> n{0};
        return ++n;
    }
};

// Local state of an account that must survive its sign-in trouble: `count` messages in an
// Inbox and one queued action (written beside the store's writer, as the sync engine would).
inline Status addMailAndQueuedAction(store::MailStore &store, qint64 accountId, int count)
{
    const Result<store::FolderRef> inbox = store.ensureFolder(
        accountId, QStringLiteral("INBOX"), QStringLiteral("Inbox"), QStringLiteral("Inbox"), store::FolderKind::Inbox);
    if (!inbox)
        return Status::failure(inbox.error());
    QList<store::MailStore::Item> items;
    for (int i = 0; i < count; ++i) {
        store::MessageRecord r;
        r.remoteId = QStringLiteral("remote-%1").arg(i);
        r.messageId = QStringLiteral("m%1@example.com").arg(i);
        r.subject = QStringLiteral("Message %1").arg(i);
        r.fromAddress = QStringLiteral("sender@example.com");
        r.dateMs = 1700000000000 + i;
        items.append({r, {inbox.value().id}});
    }
    const auto inserted = store.insertMessages(accountId, items);
    if (!inserted)
        return Status::failure(inserted.error());
    const QString name = QStringLiteral("seed-%1").arg(accountId);
    Status out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(store.path());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO actions(account_id, kind, payload, created_at) VALUES (?, ?, ?, ?)"));
            q.addBindValue(accountId);
            q.addBindValue(QStringLiteral("set_flags"));
            q.addBindValue(QStringLiteral("{}"));
            q.addBindValue(QDateTime::currentMSecsSinceEpoch());
            if (!q.exec())
                out = Status::failure(QStringLiteral("cannot queue an action"));
        } else {
            out = Status::failure(QStringLiteral("cannot open the store"));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

// A count over the store file on a connection of its own: `sql` takes the account id.
inline qint64 countRows(const QString &storePath, const QString &sql, qint64 accountId)
{
    const QString name = QStringLiteral("count-%1").arg(accountId);
    qint64 n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(storePath);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(sql);
            q.addBindValue(accountId);
            if (q.exec() && q.next())
                n = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return n;
}

} // namespace em::test
