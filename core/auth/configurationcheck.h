#pragma once

#include "settings/providerconfig.h"
#include "util/result.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace em::auth {

class TokenRequest;
struct TokenReply;

// "Test configuration": asks the token endpoint to redeem a made-up code with the
// configured client id and secret. "Invalid grant" means the client was accepted; any
// other answer is turned into words naming the wrong setting (unknown client, wrong
// secret, secret not allowed, unreachable host, wrong URL). finished() once.
class ConfigurationCheck : public QObject
{
    Q_OBJECT
public:
    ConfigurationCheck(settings::ProviderConfig config, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ConfigurationCheck() override;
    void start();

Q_SIGNALS:
    // On success, the value says what was verified.
    void finished(const em::Result<QString> &result);

private:
    void onReply(const TokenReply &reply);

    settings::ProviderConfig m_config;
    QNetworkAccessManager *m_nam;
    QPointer<TokenRequest> m_request;
};

} // namespace em::auth
