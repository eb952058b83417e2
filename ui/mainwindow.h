#pragma once

#include "store/types.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace em::sync {
class SyncScheduler;
}

namespace em::ui {

class MessageListView;
class MessageView;
class SyncStatus;

// The main window: menus, toolbar, search field and the three panes (folders, message
// list, reader) in splitters, and the sync status in the status bar. Holds no business
// logic: MailboxController connects the panes to the store, the app connects the rest.
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
    QAction *archiveAction() const { return m_archive; }
    QAction *deleteAction() const { return m_delete; }
    QAction *toggleReadAction() const { return m_toggleRead; }
    QAction *markReadAction() const { return m_markRead; }
    QAction *markUnreadAction() const { return m_markUnread; }
    QAction *starAction() const { return m_star; }
    QAction *conversationsAction() const { return m_conversations; }
    QAction *wideLayoutAction() const { return m_wide; }
    QMenu *moveMenu() const { return m_moveMenu; }
    SyncStatus *syncStatus() const { return m_syncStatus; }
    QTreeView *folderView() const { return m_folders; }
    MessageListView *messageList() const { return m_list; }
    MessageView *reader() const { return m_reader; }
    QLineEdit *searchField() const { return m_search; }

    // The accounts in the store: Get mail is there for them, the status names them.
    void setAccounts(const QList<store::AccountRow> &accounts);
    // Whether the store has mail of any kind (imported mail counts): the panes, or the
    // page that tells a new user what to do.
    void setHasMail(bool hasMail);
    // Shows the scheduler's progress, problems and network state in the status bar.
    void followSync(sync::SyncScheduler *scheduler);
    // Where the window keeps its size, splitters and layout between runs; restored now.
    void setStateFile(const QString &path);
    // Classic: the reader under the list; wide: beside it.
    void setWideLayout(bool wide);

Q_SIGNALS:
    void getMailRequested();
    void importRequested();
    void accountsRequested();
    void syncSettingsRequested();
    void emailSettingsRequested();
    void notificationSettingsRequested();
    void preferencesRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildPanes();
    void updateGetMail();
    void updatePlaceholder();
    void showAbout();
    void saveState() const;

    QAction *m_getMail = nullptr;
    QAction *m_import = nullptr;
    QAction *m_accounts = nullptr;
    QAction *m_syncSettings = nullptr;
    QAction *m_emailSettings = nullptr;
    QAction *m_archive = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_toggleRead = nullptr;
    QAction *m_markRead = nullptr;
    QAction *m_markUnread = nullptr;
    QAction *m_star = nullptr;
    QAction *m_conversations = nullptr;
    QAction *m_wide = nullptr;
    QAction *m_classic = nullptr;
    QMenu *m_moveMenu = nullptr;
    SyncStatus *m_syncStatus = nullptr;
    QStackedWidget *m_pages = nullptr;
    QSplitter *m_outer = nullptr; // folders | messages
    QSplitter *m_inner = nullptr; // list / reader
    QTreeView *m_folders = nullptr;
    MessageListView *m_list = nullptr;
    MessageView *m_reader = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_placeholderTitle = nullptr;
    QLabel *m_placeholderHint = nullptr;
    QPushButton *m_connectAccount = nullptr;
    QStringList m_addresses; // of the accounts that sync (not disconnected)
    bool m_hasMail = false;
    bool m_online = true;
    QString m_stateFile;
};

} // namespace em::ui
