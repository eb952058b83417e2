#pragma once

#include "accountservices.h"
#include "store/types.h"

#include <QPointer>

class QNetworkReply;

namespace em::accounts {

// Disconnects an account: asks the provider to revoke the grant (Google; Microsoft has
// no revocation endpoint), deletes the account's keychain entry, then either deletes
// its local mail or keeps it readable as "disconnected". A failed revocation does not
// stop the rest; it is reported in the result's value. finished() once.
class DisconnectJob : public QObject
{
    Q_OBJECT
public:
    DisconnectJob(const AccountServices &services, store::AccountRow account, bool deleteLocalMail,
                  QObject *parent = nullptr);
    ~DisconnectJob() override;
    void start();

Q_SIGNALS:
    // The value is a note for the user (e.g. the provider could not be reached), or empty.
    void finished(const em::Result<QString> &result);

private:
    void revoke(const settings::ProviderConfig &config, const QString &token);
    void forget();
    void fail(const QString &message);

    AccountServices m_services;
    store::AccountRow m_account;
    settings::Provider m_provider = settings::Provider::Google;
    bool m_deleteLocalMail = false;
    QString m_note;
    QPointer<QNetworkReply> m_reply;
    bool m_done = false;
};

} // namespace em::accounts
