#pragma once

#include "settings/providerconfig.h"
#include "tokenset.h"
#include "util/result.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace em::auth {

class Keychain;
class TokenRequest;
struct TokenReply;

// A valid access token for one account, on demand. Tokens are read from the keychain
// once; a token within a minute of expiry, or one a request saw refused with 401, is
// refreshed; every caller waiting meanwhile shares that one refresh. Rotated refresh
// tokens are stored at once. A refused refresh (invalid_grant: revoked, expired, a
// Google app in "Testing" after 7 days) turns the source into "re-authorization
// required": callers get that message until a new sign-in replaces the tokens.
class AccessTokenSource : public QObject
{
    Q_OBJECT
public:
    AccessTokenSource(settings::ProviderConfig config, QString address, Keychain *keychain, QNetworkAccessManager *nam,
                      QObject *parent = nullptr);
    ~AccessTokenSource() override;

    using Done = std::function<void(const Result<QString> &)>;
    // Calls `done` once, in `context`'s thread, with a token to send. `rejected`: the
    // token a request just saw refused (HTTP 401); it is not handed out again.
    void token(QObject *context, Done done, const QString &rejected = {});

    // After a new sign-in replaced the tokens: read them from the keychain again.
    void reload();
    bool needsReauthorization() const { return m_reauthRequired; }
    const QString &address() const { return m_address; }
    int refreshCount() const { return m_refreshes; }

Q_SIGNALS:
    // The provider no longer accepts this account's grant: the user must sign in again.
    void reauthorizationRequired(const QString &reason);
    // The provider refuses the app's client (id, secret, tenant): Email settings must change.
    void configurationError(const QString &reason);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Done done;
    };
    void load();
    void refresh();
    void onRefreshed(const TokenReply &reply);
    void serve();
    void deliver();
    void failAll(const QString &message);

    settings::ProviderConfig m_config;
    QString m_address;
    Keychain *m_keychain;
    QNetworkAccessManager *m_nam;
    std::optional<TokenSet> m_tokens;
    bool m_loading = false;
    bool m_stale = false;
    QString m_rejected; // refused before the keychain answered: compared once it has
    bool m_reauthRequired = false;
    QString m_reauthReason;
    QPointer<TokenRequest> m_refresh;
    QList<Waiter> m_waiters;
    int m_refreshes = 0;
    int m_generation = 0;
    bool m_closing = false;
};

} // namespace em::auth
