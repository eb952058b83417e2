#pragma once

#include "store/types.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace em::ui {

// One account on the Accounts page: who, which provider, its state in words (colour only
// repeats what the words say), the last sync, the messages stored, and what can be done.
class AccountCard : public QFrame
{
    Q_OBJECT
public:
    explicit AccountCard(const store::AccountRow &account, QWidget *parent = nullptr);

    const store::AccountRow &account() const { return m_account; }
    // Null when the account offers no such action (imported mail, a connected account).
    QPushButton *reauthorizeButton() const { return m_reauthorize; }
    QPushButton *disconnectButton() const { return m_disconnect; }
    QLabel *stateLabel() const { return m_state; }
    void setActionsEnabled(bool enabled, const QString &whyNot = {});

    static QString providerName(const QString &providerId); // "Gmail", "Outlook", …
    static QString stateText(store::AccountState state);

Q_SIGNALS:
    void reauthorizeRequested();
    void disconnectRequested();

private:
    store::AccountRow m_account;
    QLabel *m_state = nullptr;
    QPushButton *m_reauthorize = nullptr;
    QPushButton *m_disconnect = nullptr;
};

} // namespace em::ui
