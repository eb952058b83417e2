#include "mailboxcontroller.h"

#include "attachmentactions.h"
#include "mainwindow.h"
#include "messagelistview.h"
#include "messageview.h"
#include "readercontroller.h"
#include "sync/messageactions.h"
#include "sync/syncscheduler.h"

#include <QDesktopServices>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeView>

#include <algorithm>

namespace em::ui {

namespace {
constexpr int kFirstWindow = 200; // rows read at once when a folder opens, before the whole list
constexpr int kStatusMs = 6000;
} // namespace

MailboxController::MailboxController(MainWindow *window, store::MailStore *store, sync::SyncScheduler *scheduler,
                                     QObject *parent)
    : QObject(parent), m_window(window), m_store(store), m_scheduler(scheduler), m_loader(store->path())
{
    auto opened = store::StoreReader::open(store->path(), store::Footprint::Lean);
    if (opened)
        m_storeReader = std::move(opened).value();
    else
        QMetaObject::invokeMethod(
            this, [this, error = opened.error()] { Q_EMIT problem(error); }, Qt::QueuedConnection);
    m_messages = std::make_unique<MessageListModel>(m_storeReader.get());
    m_reader = new ReaderController(window->reader(), m_storeReader.get(), scheduler, this);
    m_attachments = new AttachmentActions(window, m_reader, this);

    QTreeView *folders = window->folderView();
    folders->setModel(&m_folders);
    folders->header()->setStretchLastSection(false);
    folders->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    folders->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(folders->selectionModel(), &QItemSelectionModel::currentChanged, this, &MailboxController::onFolderChosen);
    connect(&m_folders, &QAbstractItemModel::modelReset, folders, &QTreeView::expandAll);

    MessageListView *list = window->messageList();
    list->setModel(m_messages.get());
    connect(list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MailboxController::onSelectionChanged);
    connect(list->selectionModel(), &QItemSelectionModel::currentChanged, this, &MailboxController::onSelectionChanged);
    connect(list, &QAbstractItemView::doubleClicked, list, [list](const QModelIndex &index) {
        const QModelIndex row = index.siblingAtColumn(0);
        if (list->model()->hasChildren(row))
            list->setExpanded(row, !list->isExpanded(row));
    });
    connect(list, &MessageListView::contextMenuAt, this, [this](const QPoint &at) {
        QMenu menu;
        menu.addAction(m_window->archiveAction());
        menu.addAction(m_window->deleteAction());
        menu.addMenu(m_window->moveMenu());
        menu.addSeparator();
        menu.addAction(m_window->markReadAction());
        menu.addAction(m_window->markUnreadAction());
        menu.addAction(m_window->starAction());
        menu.exec(at);
    });
    connect(m_messages.get(), &MessageListModel::sortRequested, this, [this](const store::ListOrder &order) {
        m_order = order;
        reload(false);
    });

    connect(&m_loader, &store::ListLoader::loaded, this, &MailboxController::onLoaded);
    connect(store, &store::MailStore::changed, this, &MailboxController::onStoreChanged);
    connect(store, &store::MailStore::accountsChanged, this, [this] { soon(&m_foldersDelay); });
    connect(store, &store::MailStore::foldersChanged, this, [this] { soon(&m_foldersDelay); });

    // Bursts of changes are read once per interval (a long sync writes a batch every few
    // hundred milliseconds: the window follows it, at most so often).
    for (QTimer *t : {&m_searchDelay, &m_reloadDelay, &m_foldersDelay, &m_markRead})
        t->setSingleShot(true);
    m_searchDelay.setInterval(250);
    m_reloadDelay.setInterval(300);
    m_foldersDelay.setInterval(300);
    connect(&m_searchDelay, &QTimer::timeout, this, &MailboxController::onSearchEdited);
    connect(&m_reloadDelay, &QTimer::timeout, this, [this] { reload(false); });
    connect(&m_foldersDelay, &QTimer::timeout, this, [this] {
        refreshFolders();
        m_reader->refreshShown();
    });
    connect(&m_markRead, &QTimer::timeout, this, &MailboxController::markShownRead);

    QLineEdit *search = window->searchField();
    connect(search, &QLineEdit::textEdited, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(search, &QLineEdit::returnPressed, this, &MailboxController::onSearchEdited);
    connect(search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) // the clear button
            onSearchEdited();
    });

    connect(window->conversationsAction(), &QAction::toggled, this, [this] { reload(true); });
    connect(window->archiveAction(), &QAction::triggered, this, [this] { perform(sync::ActionKind::Archive); });
    connect(window->deleteAction(), &QAction::triggered, this, &MailboxController::deleteSelected);
    connect(window->toggleReadAction(), &QAction::triggered, this, &MailboxController::toggleRead);
    connect(window->markReadAction(), &QAction::triggered, this, [this] { perform(sync::ActionKind::MarkRead); });
    connect(window->markUnreadAction(), &QAction::triggered, this, [this] {
        m_markRead.stop(); // the user says unread: it stays so
        perform(sync::ActionKind::MarkUnread);
    });
    connect(window->starAction(), &QAction::triggered, this, &MailboxController::toggleStar);
    connect(window->moveMenu(), &QMenu::aboutToShow, this, &MailboxController::fillMoveMenu);
    connect(&m_folders, &FolderModel::messagesDropped, this, [this](const QList<qint64> &ids, qint64 folderId) {
        sync::MessageRequest r;
        r.messageIds = ids;
        r.folderId = folderId;
        r.kind = sync::ActionKind::Move;
        if (m_source.folderIds.size() == 1 && m_source.query.isEmpty())
            r.fromFolderId = m_source.folderIds.first();
        request(r);
    });

    MessageView *reader = window->reader();
    connect(reader, &MessageView::linkActivated, this, [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(reader, &MessageView::linkHovered, this, [this](const QString &target) {
        if (target.isEmpty())
            m_window->statusBar()->clearMessage();
        else
            m_window->statusBar()->showMessage(target);
    });
    connect(reader, &MessageView::allowSenderAlways, this, [this](const QString &address) {
        m_remoteAllowed.insert(address.toLower());
        m_window->reader()->setRemoteAllowedSenders(m_remoteAllowed);
        Q_EMIT remoteAllowedSendersChanged(m_remoteAllowed);
    });
    connect(reader, &MessageView::openAttachmentRequested, m_attachments, &AttachmentActions::open);
    connect(reader, &MessageView::saveAttachmentRequested, m_attachments, &AttachmentActions::save);
    connect(m_attachments, &AttachmentActions::saved, this,
            [this](const QString &path) { Q_EMIT status(tr("Saved %1").arg(path)); });
    for (QObject *source : {static_cast<QObject *>(m_reader), static_cast<QObject *>(m_attachments)}) {
        if (auto *r = qobject_cast<ReaderController *>(source))
            connect(r, &ReaderController::problem, this, &MailboxController::problem);
        else if (auto *a = qobject_cast<AttachmentActions *>(source))
            connect(a, &AttachmentActions::problem, this, &MailboxController::problem);
    }
    connect(this, &MailboxController::problem, this,
            [this](const QString &text) { m_window->statusBar()->showMessage(text, kStatusMs * 2); });
    connect(this, &MailboxController::status, this,
            [this](const QString &text) { m_window->statusBar()->showMessage(text, kStatusMs); });

    m_reader->clear(tr("No message selected"));
    refreshFolders();
}

MailboxController::~MailboxController() = default;

void MailboxController::setRemoteAllowedSenders(const QSet<QString> &senders)
{
    m_remoteAllowed = senders;
    m_window->reader()->setRemoteAllowedSenders(senders);
}

void MailboxController::refreshFolders()
{
    if (!m_storeReader)
        return;
    const Result<QList<store::AccountRow>> accounts = m_storeReader->accounts(false);
    const Result<QList<store::FolderNode>> tree = m_storeReader->folderTree();
    if (!accounts || !tree) {
        Q_EMIT problem(!accounts ? accounts.error() : tree.error());
        return;
    }
    m_folders.setContents(accounts.value(), tree.value());
    m_window->setHasMail(!accounts.value().isEmpty());
    // The folder shown stays chosen across a new tree; the Unified Inbox when it is gone.
    QTreeView *view = m_window->folderView();
    QModelIndex want;
    if (m_folderSource.folderIds.size() == 1)
        want = m_folders.indexOfFolder(m_folderSource.folderIds.first());
    else if (!m_folderSource.folderIds.isEmpty())
        want = m_folders.unifiedInbox();
    if (!want.isValid())
        want = m_folders.unifiedInbox();
    if (!want.isValid() && m_folders.rowCount() > 0) {
        // No Inbox anywhere (imported mail only): the first folder there is.
        const QModelIndex account = m_folders.index(0, 0);
        want = m_folders.rowCount(account) > 0 ? m_folders.index(0, 0, account) : QModelIndex();
    }
    if (want.isValid() && view->currentIndex() != want)
        view->setCurrentIndex(want);
}

void MailboxController::refresh()
{
    refreshFolders();
    reload(false);
}

void MailboxController::showFolder(qint64 folderId)
{
    const QModelIndex at = m_folders.indexOfFolder(folderId);
    if (at.isValid())
        m_window->folderView()->setCurrentIndex(at);
}

void MailboxController::onFolderChosen()
{
    const QModelIndex current = m_window->folderView()->currentIndex();
    if (!current.isValid() || current.data(FolderModel::NodeTypeRole).toInt() == int(FolderModel::NodeType::Account))
        return;
    store::ListSource source;
    source.folderIds = current.data(FolderModel::FolderIdsRole).value<QList<qint64>>();
    if (source == m_folderSource)
        return; // the same folder again (a new tree while a search is shown, too)
    m_folderSource = source;
    m_source = source;
    m_markRead.stop(); // what was being read is left: it stays as it is
    m_window->searchField()->clear();
    const auto kind = store::FolderKind(current.data(FolderModel::FolderKindRole).toInt());
    m_messages->setShowRecipients(kind == store::FolderKind::Sent || kind == store::FolderKind::Drafts);
    m_messages->clear();
    m_reader->clear(tr("No message selected"));
    reload(true);
}

void MailboxController::onSearchEdited()
{
    m_searchDelay.stop();
    const QString text = m_window->searchField()->text().trimmed();
    store::ListSource source = m_folderSource;
    if (!text.isEmpty())
        source = {{}, text}; // all mail, as the field says
    if (source == m_source)
        return;
    m_source = source;
    m_markRead.stop();
    m_messages->clear();
    m_reader->clear(text.isEmpty() ? tr("No message selected") : tr("Searching…"));
    reload(true);
}

void MailboxController::reload(bool quickFirst)
{
    if (!m_storeReader)
        return;
    const bool grouped = m_window->conversationsAction()->isChecked() && m_source.query.isEmpty();
    if (quickFirst && m_source.query.isEmpty() && m_order.by == store::ListSort::Date) {
        // The top of a folder at once, from its index; the whole list follows from the loader.
        const Result<store::MessageIndex> top = m_storeReader->listIndex(m_source, m_order, kFirstWindow);
        if (top) {
            store::MessageList first;
            first.source = m_source;
            first.order = m_order;
            first.grouped = grouped;
            first.index = top.value();
            if (grouped)
                store::groupConversations(&first);
            m_messages->setList(first);
        }
    }
    m_pendingTicket = m_loader.load(m_source, m_order, grouped);
}

void MailboxController::onLoaded(int ticket, const Result<store::MessageList> &list)
{
    if (ticket != m_pendingTicket)
        return;
    m_pendingTicket = 0;
    if (!list) {
        Q_EMIT problem(list.error());
        m_reader->clear(list.error());
        Q_EMIT listShown();
        return;
    }
    MessageListView *view = m_window->messageList();
    view->rememberTop();
    m_messages->setList(list.value());
    view->restoreTop();
    updateListStatus();
    updateActions();
    if (!m_source.query.isEmpty() && m_messages->messageCount() == 0)
        m_reader->clear(tr("No message matches “%1”.").arg(m_source.query));
    else if (m_messages->messageCount() == 0)
        m_reader->clear(tr("No messages"));
    else if (!view->selectionModel()->hasSelection() && m_reader->shownMessage() == 0)
        m_reader->clear(tr("No message selected"));
    Q_EMIT listShown();
}

void MailboxController::soon(QTimer *timer)
{
    if (!timer->isActive()) // not restarted: a steady stream of changes must not starve it
        timer->start();
}

void MailboxController::onStoreChanged(const QSet<qint64> &folderIds)
{
    soon(&m_foldersDelay);
    bool shown = !m_source.query.isEmpty();
    for (qint64 f : m_source.folderIds)
        shown = shown || folderIds.contains(f);
    if (shown)
        soon(&m_reloadDelay);
}

QList<qint64> MailboxController::selectedMessages() const
{
    return m_messages->messageIdsOf(m_window->messageList()->selectionModel()->selectedRows(0));
}

void MailboxController::onSelectionChanged()
{
    updateActions();
    QItemSelectionModel *selection = m_window->messageList()->selectionModel();
    const QModelIndexList rows = selection->selectedRows(0);
    if (rows.size() > 1) {
        m_markRead.stop();
        m_reader->clear(tr("%n messages selected", nullptr, int(m_messages->messageIdsOf(rows).size())));
        return;
    }
    const QModelIndex current = rows.isEmpty() ? QModelIndex() : rows.first();
    const qint64 id = m_messages->messageIdAt(current);
    if (id == 0) {
        m_markRead.stop();
        if (m_reader->shownMessage() != 0)
            m_reader->clear(tr("No message selected"));
        return;
    }
    if (id == m_reader->shownMessage())
        return;
    m_reader->show(id, viewingTrash());
    m_markReadMessage = id;
    if (m_markReadDelayMs >= 0)
        m_markRead.start(m_markReadDelayMs);
}

void MailboxController::markShownRead()
{
    if (m_reader->shownMessage() != m_markReadMessage)
        return; // the user moved on before the delay ran out
    // A conversation's row stands for all of it: opening it reads all of it.
    const QModelIndexList rows = m_window->messageList()->selectionModel()->selectedRows(0);
    QList<qint64> ids = m_messages->messageIdsOf(rows);
    if (!ids.contains(m_markReadMessage))
        ids = {m_markReadMessage};
    const Result<QList<store::MessageSummary>> rowsNow = m_storeReader->summaries(ids);
    if (!rowsNow)
        return;
    QList<qint64> unread;
    for (const store::MessageSummary &s : rowsNow.value())
        if (!(s.flags & store::Read))
            unread.append(s.id);
    if (unread.isEmpty())
        return;
    sync::MessageRequest r;
    r.kind = sync::ActionKind::MarkRead;
    r.messageIds = unread;
    request(r);
}

void MailboxController::request(const sync::MessageRequest &r)
{
    const Result<QList<qint64>> done = sync::MessageActions(*m_store).perform(r);
    if (!done) {
        Q_EMIT problem(done.error());
        return;
    }
    // Sent soon: a burst of keypresses goes out together.
    if (m_scheduler)
        for (qint64 account : done.value())
            m_scheduler->syncSoon(account);
}

void MailboxController::perform(sync::ActionKind kind, qint64 folderId)
{
    const QList<qint64> ids = selectedMessages();
    if (ids.isEmpty())
        return;
    sync::MessageRequest r;
    r.kind = kind;
    r.messageIds = ids;
    r.folderId = folderId;
    if (kind == sync::ActionKind::Move && m_source.folderIds.size() == 1 && m_source.query.isEmpty())
        r.fromFolderId = m_source.folderIds.first();
    const bool leaves = kind == sync::ActionKind::Archive || kind == sync::ActionKind::Trash ||
                        kind == sync::ActionKind::Delete || kind == sync::ActionKind::Move;
    if (leaves)
        m_markRead.stop();
    request(r);
}

std::optional<bool> MailboxController::allSelectedHave(quint32 flag) const
{
    const Result<QList<store::MessageSummary>> rows = m_storeReader->summaries(selectedMessages());
    if (!rows || rows.value().isEmpty())
        return std::nullopt;
    return std::all_of(rows.value().cbegin(), rows.value().cend(),
                       [flag](const store::MessageSummary &s) { return (s.flags & flag) != 0; });
}

void MailboxController::toggleRead()
{
    // Any unread among them: all become read; all read: all become unread.
    if (const std::optional<bool> allRead = allSelectedHave(store::Read)) {
        m_markRead.stop();
        perform(*allRead ? sync::ActionKind::MarkUnread : sync::ActionKind::MarkRead);
    }
}

void MailboxController::toggleStar()
{
    if (const std::optional<bool> allStarred = allSelectedHave(store::Starred))
        perform(*allStarred ? sync::ActionKind::Unstar : sync::ActionKind::Star);
}

bool MailboxController::viewingTrash() const
{
    if (!m_source.query.isEmpty() || m_source.folderIds.size() != 1)
        return false;
    const QModelIndex at = m_folders.indexOfFolder(m_source.folderIds.first());
    const auto kind = store::FolderKind(at.data(FolderModel::FolderKindRole).toInt());
    return at.isValid() && (kind == store::FolderKind::Trash || kind == store::FolderKind::Spam);
}

void MailboxController::deleteSelected()
{
    const QList<qint64> ids = selectedMessages();
    if (ids.isEmpty())
        return;
    if (!viewingTrash()) {
        perform(sync::ActionKind::Trash);
        return;
    }
    // From the Trash (or Spam) nothing is left to undo it with: ask first.
    const auto choice =
        QMessageBox::question(m_window, tr("Delete for good"),
                              tr("Delete %n message(s) for good? This cannot be undone.", nullptr, int(ids.size())),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (choice == QMessageBox::Yes)
        perform(sync::ActionKind::Delete);
}

void MailboxController::fillMoveMenu()
{
    QMenu *menu = m_window->moveMenu();
    menu->clear();
    const QList<qint64> ids = selectedMessages();
    const Result<QList<store::MessageSummary>> rows = m_storeReader->summaries(ids.mid(0, 1));
    const Result<QList<store::FolderNode>> tree = m_storeReader->folderTree();
    if (!rows || rows.value().isEmpty() || !tree)
        return;
    const qint64 account = rows.value().first().accountId;
    for (const store::FolderNode &f : tree.value()) {
        if (f.accountId != account || m_source.folderIds == QList<qint64>{f.id})
            continue;
        const QString name =
            f.kind == store::FolderKind::User ? f.path : FolderModel::displayName(f.kind, f.name, f.remoteId);
        QAction *a = menu->addAction(name);
        connect(a, &QAction::triggered, this, [this, id = f.id] { perform(sync::ActionKind::Move, id); });
    }
}

void MailboxController::updateActions()
{
    const bool any =
        m_window->messageList()->selectionModel() && m_window->messageList()->selectionModel()->hasSelection();
    for (QAction *a : {m_window->archiveAction(), m_window->deleteAction(), m_window->toggleReadAction(),
                       m_window->markReadAction(), m_window->markUnreadAction(), m_window->starAction()})
        a->setEnabled(any);
    m_window->moveMenu()->setEnabled(any);
}

void MailboxController::updateListStatus()
{
    const int n = m_messages->messageCount();
    if (!m_source.query.isEmpty())
        Q_EMIT status(tr("%n message(s) found", nullptr, n));
    else
        Q_EMIT status(tr("%n message(s)", nullptr, n));
}

} // namespace em::ui
