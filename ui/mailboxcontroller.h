#pragma once

#include "foldermodel.h"
#include "messagelistmodel.h"
#include "store/listloader.h"
#include "store/mailstore.h"
#include "store/storereader.h"
#include "sync/actionqueue.h"
#include "sync/messageactions.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

namespace em::sync {
class SyncScheduler;
}

namespace em::ui {

class AttachmentActions;
class MainWindow;
class ReaderController;

// Connects the window's panes to the store: the folder pane's tree and counts, the list
// of the folder (or search) chosen, the reader of the message chosen, and what the
// user's actions do (through the offline action queue; imported mail is changed here).
// Store changes from sync refresh what is shown without losing the selection.
class MailboxController : public QObject
{
    Q_OBJECT
public:
    // scheduler may be null (no account syncs): bodies then come only from the store.
    MailboxController(MainWindow *window, store::MailStore *store, sync::SyncScheduler *scheduler,
                      QObject *parent = nullptr);
    ~MailboxController() override;

    FolderModel *folders() { return &m_folders; }
    MessageListModel *messages() { return m_messages.get(); }
    ReaderController *reader() { return m_reader; }
    // How long a message is shown before it is marked read; -1: never by itself.
    void setMarkReadDelay(int ms) { m_markReadDelayMs = ms; }
    // Lowercased addresses whose remote content loads without asking.
    void setRemoteAllowedSenders(const QSet<QString> &senders);
    // Reads the folders and accounts again, and shows the Unified Inbox (or the first
    // folder) when nothing is chosen yet.
    void refreshFolders();
    void showFolder(qint64 folderId);
    // Everything read again: after a write the store did not announce (an import, which
    // writes through a connection of its own).
    void refresh();
    // The ticket of the list load in flight; 0 when the list shown is complete.
    int pendingLoad() const { return m_pendingTicket; }

Q_SIGNALS:
    // A short sentence for the status bar: a failed action, a message that could not be read.
    void problem(const QString &text);
    void status(const QString &text);
    // A list load finished and is shown (tests wait for it).
    void listShown();
    void remoteAllowedSendersChanged(const QSet<QString> &senders);

private:
    void onFolderChosen();
    void onSearchEdited();
    void reload(bool quickFirst);
    void onLoaded(int ticket, const Result<store::MessageList> &list);
    void onStoreChanged(const QSet<qint64> &folderIds);
    static void soon(QTimer *timer);
    void onSelectionChanged();
    void markShownRead();
    QList<qint64> selectedMessages() const;
    void perform(sync::ActionKind kind, qint64 folderId = 0);
    void request(const sync::MessageRequest &request);
    std::optional<bool> allSelectedHave(quint32 flag) const; // nullopt: nothing selected
    void toggleRead();
    void toggleStar();
    void deleteSelected();
    void fillMoveMenu();
    bool viewingTrash() const;
    void updateActions();
    void updateListStatus();

    MainWindow *m_window;
    store::MailStore *m_store;
    QPointer<sync::SyncScheduler> m_scheduler;
    std::unique_ptr<store::StoreReader> m_storeReader;
    store::ListLoader m_loader;
    FolderModel m_folders;
    std::unique_ptr<MessageListModel> m_messages;
    ReaderController *m_reader = nullptr;
    AttachmentActions *m_attachments = nullptr;
    store::ListSource m_source;       // what the list shows
    store::ListSource m_folderSource; // the folder chosen (a search returns to it)
    store::ListOrder m_order;
    int m_pendingTicket = 0;
    QTimer m_searchDelay, m_reloadDelay, m_foldersDelay, m_markRead;
    int m_markReadDelayMs = 2000;
    qint64 m_markReadMessage = 0;
    QSet<QString> m_remoteAllowed;
};

} // namespace em::ui
