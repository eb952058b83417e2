#pragma once

#include "accounts/accountservices.h"
#include "accounts/connectjob.h"
#include "accounts/disconnectjob.h"
#include "store/types.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace em::store {
class StoreReader;
}

namespace em::ui {

class AccountCard;
class MessageBanner;

// The Accounts page: the connected accounts with their state, "Connect Gmail" and
// "Connect Outlook" (disabled, with the reason, until the provider has credentials),
// re-authorize and disconnect. One sign-in at a time: while it waits for the browser a
// panel shows the link (to copy) and a Cancel button.
class AccountsPage : public QDialog
{
    Q_OBJECT
public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    AccountsPage(const accounts::AccountServices &services, const QString &storePath, QWidget *parent = nullptr);
    ~AccountsPage() override;

    // How the sign-in page is opened; QDesktopServices::openUrl unless replaced (tests).
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

    // Re-checks whether each provider has credentials (after Email settings were saved).
    void refreshProviders();
    bool isProviderCheckDone() const { return m_checksPending == 0; }
    void reloadAccounts();
    QList<store::AccountRow> accounts() const { return m_accounts; }

    void connectAccount(settings::Provider provider);
    void reauthorize(const store::AccountRow &account);
    // Asks first (DisconnectDialog), then disconnects.
    void disconnectAccount(const store::AccountRow &account);
    void cancelSignIn();
    bool isSignInWaiting() const { return m_connectJob; }
    bool isDisconnecting() const { return m_disconnectJob; }

    QPushButton *connectButton(settings::Provider provider) const;
    QLabel *connectReason(settings::Provider provider) const;
    QPushButton *openSettingsButton(settings::Provider provider) const;
    QWidget *waitingPanel() const { return m_waiting; }
    QLineEdit *waitingUrl() const { return m_waitingUrl; }
    QLabel *browserNote() const { return m_browserNote; }
    QPushButton *copyLinkButton() const { return m_copyLink; }
    QPushButton *cancelButton() const { return m_cancel; }
    MessageBanner *banner() const { return m_banner; }
    AccountCard *card(const QString &address) const;

Q_SIGNALS:
    void openEmailSettingsRequested();
    void providersRefreshed();
    void signInFinished(bool ok);
    void disconnectFinished(bool ok);

protected:
    void reject() override;

private:
    struct ProviderRow
    {
        settings::Provider provider = settings::Provider::Google;
        QPushButton *connect = nullptr;
        QWidget *notice = nullptr;
        QLabel *reason = nullptr;
        QPushButton *openSettings = nullptr;
        QString missing; // why it cannot connect; empty when it can
        bool checked = false;
    };

    QWidget *buildConnectSection();
    QWidget *buildWaitingPanel();
    void startSignIn(settings::Provider provider, const store::AccountRow *account);
    void onAuthorizationUrl(const QUrl &url);
    void onSignInFinished(const Result<store::AccountRow> &result);
    void updateActions();
    ProviderRow *row(settings::Provider provider);
    const ProviderRow *row(settings::Provider provider) const;

    accounts::AccountServices m_services;
    std::unique_ptr<store::StoreReader> m_reader;
    QString m_readerError;
    UrlOpener m_openUrl;

    QList<ProviderRow> m_providers;
    MessageBanner *m_banner = nullptr;
    QWidget *m_waiting = nullptr;
    QLabel *m_waitingTitle = nullptr;
    QLabel *m_waitingHint = nullptr;
    QLineEdit *m_waitingUrl = nullptr;
    QLabel *m_browserNote = nullptr;
    QPushButton *m_copyLink = nullptr;
    QLabel *m_copied = nullptr;
    QPushButton *m_cancel = nullptr;
    QVBoxLayout *m_cardsLayout = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QList<AccountCard *> m_cards;
    QList<store::AccountRow> m_accounts;

    QPointer<accounts::ConnectJob> m_connectJob;
    QPointer<accounts::DisconnectJob> m_disconnectJob;
    QString m_signInAddress; // re-authorization: the account signing in again
    bool m_cancelRequested = false;
    int m_checkGeneration = 0;
    int m_checksPending = 0;
};

} // namespace em::ui
