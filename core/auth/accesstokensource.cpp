#include "accesstokensource.h"

#include "keychain.h"
#include "tokenrequest.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace em::auth {

Q_DECLARE_LOGGING_CATEGORY(lcToken)

AccessTokenSource::AccessTokenSource(settings::ProviderConfig config, QString address, Keychain *keychain,
                                     QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_address(std::move(address)), m_keychain(keychain), m_nam(nam)
{}

AccessTokenSource::~AccessTokenSource()
{
    if (m_refresh)
        m_refresh->abort();
    // Nobody may wait forever on a source that is gone (an HTTP client holds slots for
    // them), not even a caller that asks again from inside one of these callbacks.
    m_closing = true;
    failAll(tr("The sign-in of %1 was closed.").arg(m_address));
}

void AccessTokenSource::token(QObject *context, Done done, const QString &rejected)
{
    if (m_closing) {
        done(Result<QString>::failure(tr("The sign-in of %1 was closed.").arg(m_address)));
        return;
    }
    if (m_reauthRequired) {
        done(Result<QString>::failure(m_reauthReason));
        return;
    }
    if (!rejected.isEmpty()) {
        if (!m_tokens)
            m_rejected = rejected; // compared once the keychain has answered
        else if (rejected == m_tokens->accessToken)
            m_stale = true;
    }
    m_waiters.append({context, std::move(done)});
    if (!m_tokens && !m_loading)
        load();
    else if (m_tokens)
        serve();
}

void AccessTokenSource::reload()
{
    if (m_refresh) {
        m_refresh->abort();
        m_refresh->deleteLater();
    }
    m_refresh = nullptr;
    ++m_generation; // a keychain read or refresh still under way is stale now
    m_loading = false;
    m_tokens.reset();
    m_stale = false;
    m_rejected.clear();
    m_reauthRequired = false;
    m_reauthReason.clear();
    if (!m_waiters.isEmpty())
        load();
}

void AccessTokenSource::load()
{
    m_loading = true;
    m_keychain->read(accountTokenKey(m_config.provider, m_address), this,
                     [this, generation = m_generation](const Result<std::optional<QByteArray>> &r) {
                         if (generation != m_generation)
                             return;
                         m_loading = false;
                         if (!r)
                             return failAll(r.error());
                         std::optional<TokenSet> t = r.value() ? TokenSet::fromJson(*r.value()) : std::nullopt;
                         if (!t || t->refreshToken.isEmpty()) {
                             // Not latched: a keyring still locked at start-up can answer "no entry"
                             // too, and the next call reads again.
                             const QString reason =
                                 tr("No sign-in is stored for %1 in the keychain. Sign in again.").arg(m_address);
                             Q_EMIT reauthorizationRequired(reason);
                             return failAll(reason);
                         }
                         m_tokens = *t;
                         m_stale = m_stale || (!m_rejected.isEmpty() && m_rejected == m_tokens->accessToken);
                         m_rejected.clear();
                         serve();
                     });
}

void AccessTokenSource::serve()
{
    if (m_waiters.isEmpty())
        return;
    if (m_stale || m_tokens->needsRefresh(60)) {
        refresh();
        return;
    }
    deliver();
}

void AccessTokenSource::deliver()
{
    const QString token = m_tokens->accessToken;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters)
        if (w.context)
            w.done(token);
}

void AccessTokenSource::refresh()
{
    if (m_refresh)
        return; // everyone waits for the refresh already under way
    ++m_refreshes;
    m_refresh = TokenRequest::refresh(m_nam, m_config, m_tokens->refreshToken, this);
    connect(m_refresh, &TokenRequest::finished, this, &AccessTokenSource::onRefreshed);
}

void AccessTokenSource::onRefreshed(const TokenReply &reply)
{
    if (!m_refresh || sender() != m_refresh)
        return; // a refresh that reload() gave up on
    m_refresh->deleteLater();
    m_refresh = nullptr;
    if (!reply.ok) {
        using Kind = OAuthError::Kind;
        const Kind kind = reply.error.kind;
        if (kind == Kind::Network || kind == Kind::Server || kind == Kind::Malformed || kind == Kind::NotFound)
            return failAll(reply.error.message); // transient: the next call tries again
        // Anything else will not pass by asking again: latch it, so that no request
        // refreshes in a loop. The grant's problems need a new sign-in; the client's
        // problems (id, secret, tenant) need Email settings.
        m_reauthRequired = true;
        const bool grant = kind == Kind::InvalidGrant || kind == Kind::ConsentRequired ||
                           reply.error.code == QLatin1String("interaction_required");
        m_reauthReason =
            grant ? tr("%1 needs you to sign in again: %2")
                        .arg(m_address, reply.error.description.isEmpty() ? reply.error.code : reply.error.description)
                  : reply.error.message;
        qCInfo(lcToken) << "refresh refused:" << reply.error.code;
        if (grant)
            Q_EMIT reauthorizationRequired(m_reauthReason);
        else
            Q_EMIT configurationError(m_reauthReason);
        return failAll(m_reauthReason);
    }
    m_tokens = reply.tokens;
    m_stale = false;
    // Microsoft has spent the old refresh token: keep the new one before anything else.
    m_keychain->write(accountTokenKey(m_config.provider, m_address), m_tokens->toJson(), this, [](const Status &s) {
        if (!s)
            qCWarning(lcToken) << "could not store the refreshed tokens";
    });
    deliver(); // fresh, even when the provider's lifetime is shorter than the refresh margin
}

void AccessTokenSource::failAll(const QString &message)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters)
        if (w.context)
            w.done(Result<QString>::failure(message));
}

} // namespace em::auth
