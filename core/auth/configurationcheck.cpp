#include "configurationcheck.h"

#include "tokenrequest.h"

#include <QCoreApplication>
#include <QTimer>

namespace em::auth {

ConfigurationCheck::ConfigurationCheck(settings::ProviderConfig config, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_nam(nam)
{}

ConfigurationCheck::~ConfigurationCheck()
{
    if (m_request)
        m_request->abort();
}

void ConfigurationCheck::start()
{
    if (!m_config.hasCredentials()) {
        // Queued so that callers connect to finished() the same way in every case.
        QTimer::singleShot(0, this,
                           [this] { Q_EMIT finished(Result<QString>::failure(m_config.missingCredentials())); });
        return;
    }
    m_request = TokenRequest::probe(m_nam, m_config, this);
    connect(m_request, &TokenRequest::finished, this, &ConfigurationCheck::onReply);
}

void ConfigurationCheck::onReply(const TokenReply &reply)
{
    m_request->deleteLater();
    const QString who = settings::providerDisplayName(m_config.provider);
    if (reply.ok || reply.error.kind == OAuthError::Kind::InvalidGrant) {
        const QString what =
            m_config.clientSecret.isEmpty()
                ? QCoreApplication::translate("em::auth", "%1 accepted the Client ID at %2.")
                : QCoreApplication::translate("em::auth", "%1 accepted the Client ID and the Client Secret at %2.");
        Q_EMIT finished(what.arg(who, m_config.tokenEndpoint().host()));
        return;
    }
    Q_EMIT finished(Result<QString>::failure(reply.error.message));
}

} // namespace em::auth
