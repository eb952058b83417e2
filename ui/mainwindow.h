#pragma once

#include "store/types.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QPushButton;

namespace em::sync {
class SyncScheduler;
}

namespace em::ui {

class SyncStatus;

// The main window: menus, toolbar and the three panes (folders, list, reader) as they
// arrive, and the sync status in the status bar. Holds no business logic: actions are
// wired to core objects by the app.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    QAction *getMailAction() const { return m_getMail; }
    QAction *importAction() const { return m_import; }
    QAction *accountsAction() const { return m_accounts; }
    QAction *syncSettingsAction() const { return m_syncSettings; }
    QAction *emailSettingsAction() const { return m_emailSettings; }
    SyncStatus *syncStatus() const { return m_syncStatus; }

    // The accounts in the store: Get mail is there for them, the status names them.
    void setAccounts(const QList<store::AccountRow> &accounts);
    // Shows the scheduler's progress, problems and network state in the status bar.
    void followSync(sync::SyncScheduler *scheduler);

Q_SIGNALS:
    void getMailRequested();
    void importRequested();
    void accountsRequested();
    void syncSettingsRequested();
    void emailSettingsRequested();

private:
    void buildMenus();
    void updateGetMail();
    void updatePlaceholder();
    void showAbout();

    QAction *m_getMail = nullptr;
    QAction *m_import = nullptr;
    QAction *m_accounts = nullptr;
    QAction *m_syncSettings = nullptr;
    QAction *m_emailSettings = nullptr;
    SyncStatus *m_syncStatus = nullptr;
    QLabel *m_placeholderTitle = nullptr;
    QLabel *m_placeholderHint = nullptr;
    QPushButton *m_connectAccount = nullptr;
    QStringList m_addresses; // of the accounts that sync (not disconnected)
    bool m_online = true;
};

} // namespace em::ui
