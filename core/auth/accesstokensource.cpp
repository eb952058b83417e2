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
}

void AccessTokenSource::token(QObject *context, Done done, const QString &rejected)
{
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
    if (m_refresh)
        m_refresh->abort();
    m_refresh = nullptr;
    m_tokens.reset();
    m_stale = false;
    m_rejected.clear();
    m_reauthRequired = false;
    m_reauthReason.clear();
}

void AccessTokenSource::load()
{
    m_loading = true;
    m_keychain->read(
        accountTokenKey(m_config.provider, m_address), this, [this](const Result<std::optional<QByteArray>> &r) {
            m_loading = false;
            if (!r)
                return failAll(r.error());
            std::optional<TokenSet> t = r.value() ? TokenSet::fromJson(*r.value()) : std::nullopt;
            if (!t || t->refreshToken.isEmpty()) {
                m_reauthRequired = true;
                m_reauthReason = tr("No sign-in is stored for %1 in the keychain. Sign in again.").arg(m_address);
                Q_EMIT reauthorizationRequired(m_reauthReason);
                return failAll(m_reauthReason);
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
    m_refresh->deleteLater();
    m_refresh = nullptr;
    if (!reply.ok) {
        if (reply.error.kind == OAuthError::Kind::InvalidGrant) {
            m_reauthRequired = true;
            m_reauthReason = tr("%1 needs you to sign in again: %2").arg(m_address, reply.error.description);
            qCInfo(lcToken) << "refresh refused: re-authorization required";
            Q_EMIT reauthorizationRequired(m_reauthReason);
            return failAll(m_reauthReason);
        }
        return failAll(reply.error.message); // transient: the next call tries again
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
