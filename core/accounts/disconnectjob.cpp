#include "disconnectjob.h"

#include "auth/keychain.h"
#include "auth/tokenrequest.h"
#include "auth/tokenset.h"
#include "store/mailstore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace em::accounts {

DisconnectJob::DisconnectJob(const AccountServices &services, store::AccountRow account, bool deleteLocalMail,
                             QObject *parent)
    : QObject(parent), m_services(services), m_account(std::move(account)), m_deleteLocalMail(deleteLocalMail)
{
    m_provider = settings::providerFromId(m_account.provider).value_or(settings::Provider::Google);
}

DisconnectJob::~DisconnectJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void DisconnectJob::start()
{
    loadProviderConfig(m_services, m_provider, this, [this](const Result<settings::ProviderConfig> &config) {
        if (!config)
            return fail(config.error());
        m_services.keychain->read(
            auth::accountTokenKey(m_provider, m_account.address), this,
            [this, config = config.value()](const Result<std::optional<QByteArray>> &r) {
                if (!r)
                    return fail(r.error());
                const std::optional<auth::TokenSet> tokens =
                    r.value() ? auth::TokenSet::fromJson(*r.value()) : std::nullopt;
                const QString token =
                    !tokens ? QString() : (tokens->refreshToken.isEmpty() ? tokens->accessToken : tokens->refreshToken);
                if (token.isEmpty() || config.revocationEndpoint().isEmpty())
                    return forget();
                revoke(config, token);
            });
    });
}

void DisconnectJob::revoke(const settings::ProviderConfig &config, const QString &token)
{
    QNetworkRequest request(config.revocationEndpoint());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(20000);
    m_reply = m_services.nam->post(request, auth::TokenRequest::formEncode({{QStringLiteral("token"), token}}));
    connect(m_reply, &QNetworkReply::finished, this, [this] {
        m_reply->deleteLater();
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // 400 invalid_token: already revoked or expired, which is what we wanted.
        if (status != 200 && status != 400)
            m_note = status == 0 ? tr("%1 could not be reached to revoke access (%2). The sign-in was deleted from "
                                      "this computer; you can also remove Email Manager in your account's security "
                                      "settings.")
                                       .arg(settings::providerDisplayName(m_provider), m_reply->errorString())
                                 : tr("%1 did not confirm revoking access (HTTP %2). The sign-in was deleted from "
                                      "this computer.")
                                       .arg(settings::providerDisplayName(m_provider))
                                       .arg(status);
        forget();
    });
}

void DisconnectJob::forget()
{
    m_services.keychain->remove(auth::accountTokenKey(m_provider, m_account.address), this, [this](const Status &s) {
        if (!s)
            return fail(s.error());
        const Status stored =
            m_deleteLocalMail
                ? m_services.store->removeAccount(m_account.id)
                : m_services.store->setAccountState(m_account.id, store::AccountState::Disconnected,
                                                    tr("Disconnected. The mail on this computer is kept."));
        if (!stored)
            return fail(stored.error());
        m_done = true;
        Q_EMIT finished(m_note);
    });
}

void DisconnectJob::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(Result<QString>::failure(message));
}

} // namespace em::accounts
