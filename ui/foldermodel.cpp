#include "foldermodel.h"

#include <QApplication>
#include <QDataStream>
#include <QFont>
#include <QHash>
#include <QIcon>
#include <QMimeData>
#include <QSet>
#include <QStyle>

#include <algorithm>
#include <climits>

namespace em::ui {

namespace {

using store::FolderKind;

// Where standard folders stand in an account, as in every mail client.
int rank(FolderKind kind)
{
    switch (kind) {
    case FolderKind::Inbox: return 0;
    case FolderKind::Category: return 1;
    case FolderKind::Starred: return 2;
    case FolderKind::Important: return 3;
    case FolderKind::Drafts: return 4;
    case FolderKind::Sent: return 5;
    case FolderKind::Archive: return 6;
    case FolderKind::All: return 7;
    case FolderKind::Spam: return 8;
    case FolderKind::Trash: return 9;
    case FolderKind::User: return 10;
    }
    return 10;
}

QIcon iconFor(FolderModel::NodeType type, FolderKind kind)
{
    // The desktop's icon theme when there is one; the style's own icons otherwise.
    const char *name = "folder";
    QStyle::StandardPixmap fallback = QStyle::SP_DirIcon;
    if (type == FolderModel::NodeType::Account) {
        name = "mail-folder-inbox";
        fallback = QStyle::SP_DriveNetIcon;
    } else if (type == FolderModel::NodeType::Unified) {
        name = "mail-folder-inbox";
    } else {
        switch (kind) {
        case FolderKind::Inbox: name = "mail-folder-inbox"; break;
        case FolderKind::Sent: name = "mail-folder-sent"; break;
        case FolderKind::Drafts: name = "document-edit"; break;
        case FolderKind::Trash:
            name = "user-trash";
            fallback = QStyle::SP_TrashIcon;
            break;
        case FolderKind::Spam: name = "mail-mark-junk"; break;
        case FolderKind::Archive: name = "mail-folder-outbox"; break;
        case FolderKind::Starred: name = "mail-mark-important"; break;
        default: break;
        }
    }
    return QIcon::fromTheme(QLatin1String(name), QApplication::style()->standardIcon(fallback));
}

} // namespace

QString FolderModel::messageMimeType()
{
    return QStringLiteral("application/x-email-manager-message-ids");
}

FolderModel::FolderModel(QObject *parent) : QAbstractItemModel(parent)
{}

QString FolderModel::displayName(FolderKind kind, const QString &storedName, const QString &remoteId)
{
    // Gmail's inbox categories have fixed ids: they are named in the user's language too.
    if (kind == FolderKind::Category) {
        if (remoteId == QLatin1String("CATEGORY_PERSONAL"))
            return tr("Primary");
        if (remoteId == QLatin1String("CATEGORY_SOCIAL"))
            return tr("Social");
        if (remoteId == QLatin1String("CATEGORY_PROMOTIONS"))
            return tr("Promotions");
        if (remoteId == QLatin1String("CATEGORY_UPDATES"))
            return tr("Updates");
        if (remoteId == QLatin1String("CATEGORY_FORUMS"))
            return tr("Forums");
    }
    switch (kind) {
    case FolderKind::Inbox: return tr("Inbox");
    case FolderKind::Sent: return tr("Sent");
    case FolderKind::Drafts: return tr("Drafts");
    case FolderKind::Trash: return tr("Trash");
    case FolderKind::Spam: return tr("Spam");
    case FolderKind::Archive: return tr("Archive");
    case FolderKind::Starred: return tr("Starred");
    case FolderKind::Important: return tr("Important");
    case FolderKind::All: return tr("All Mail");
    case FolderKind::Category:
    case FolderKind::User: break;
    }
    return storedName;
}

void FolderModel::setContents(const QList<store::AccountRow> &accounts, const QList<store::FolderNode> &folders)
{
    QList<Node> nodes;
    QList<int> top;
    QList<qint64> inboxes;
    qint64 inboxUnread = 0, inboxTotal = 0;
    QSet<qint64> shownAccounts; // a disconnected account's mail is in no pane, the Unified Inbox included
    for (const store::AccountRow &a : accounts)
        if (a.state != store::AccountState::Disconnected)
            shownAccounts.insert(a.id);
    for (const store::FolderNode &f : folders)
        if (f.kind == FolderKind::Inbox && shownAccounts.contains(f.accountId)) {
            inboxes.append(f.id);
            inboxUnread += f.unread;
            inboxTotal += f.total;
        }
    if (!inboxes.isEmpty()) {
        Node unified;
        unified.type = NodeType::Unified;
        unified.name = tr("Unified Inbox");
        unified.folderIds = inboxes;
        unified.unread = inboxUnread;
        unified.total = inboxTotal;
        top.append(int(nodes.size()));
        nodes.append(unified);
    }
    // Accounts by address, Local Folders last.
    QList<store::AccountRow> ordered = accounts;
    std::stable_sort(ordered.begin(), ordered.end(), [](const store::AccountRow &a, const store::AccountRow &b) {
        const bool la = a.provider == QLatin1String("local"), lb = b.provider == QLatin1String("local");
        if (la != lb)
            return lb;
        return a.address.compare(b.address, Qt::CaseInsensitive) < 0;
    });
    QHash<qint64, QList<store::FolderNode>> byAccount;
    for (const store::FolderNode &f : folders)
        byAccount[f.accountId].append(f);
    for (const store::AccountRow &a : ordered) {
        if (a.state == store::AccountState::Disconnected)
            continue;
        Node account;
        account.type = NodeType::Account;
        account.accountId = a.id;
        account.provider = a.provider;
        account.name = a.provider == QLatin1String("local") ? tr("Local Folders") : a.address;
        const int accountNode = int(nodes.size());
        top.append(accountNode);
        nodes.append(account);

        QList<store::FolderNode> mine = byAccount.value(a.id);
        std::stable_sort(mine.begin(), mine.end(), [](const store::FolderNode &x, const store::FolderNode &y) {
            if (rank(x.kind) != rank(y.kind))
                return rank(x.kind) < rank(y.kind);
            return x.path.compare(y.path, Qt::CaseInsensitive) < 0;
        });
        QHash<qint64, int> nodeOfFolder;
        for (const store::FolderNode &f : std::as_const(mine)) {
            Node n;
            n.type = NodeType::Folder;
            n.folderId = f.id;
            n.accountId = a.id;
            n.kind = f.kind;
            n.name = displayName(f.kind, f.name, f.remoteId);
            n.folderIds = {f.id};
            n.unread = f.unread;
            n.total = f.total;
            nodeOfFolder.insert(f.id, int(nodes.size()));
            nodes.append(n);
        }
        // Parents after every node exists: a child may sort before its parent.
        for (const store::FolderNode &f : std::as_const(mine)) {
            const int n = nodeOfFolder.value(f.id);
            const int parent = f.parentId ? nodeOfFolder.value(f.parentId, accountNode) : accountNode;
            nodes[n].parent = parent == n ? accountNode : parent;
            nodes[nodes[n].parent].children.append(n);
        }
    }

    // The same tree again: only the numbers changed.
    bool same = nodes.size() == m_nodes.size() && top == m_top;
    for (qsizetype i = 0; same && i < nodes.size(); ++i) {
        const Node &a = nodes.at(i), &b = m_nodes.at(i);
        same = a.type == b.type && a.folderId == b.folderId && a.accountId == b.accountId && a.parent == b.parent &&
               a.children == b.children;
    }
    if (same) {
        m_nodes = nodes;
        for (int i = 0; i < m_nodes.size(); ++i)
            Q_EMIT dataChanged(indexOfNode(i, 0), indexOfNode(i, 1));
        return;
    }
    beginResetModel();
    m_nodes = nodes;
    m_top = top;
    endResetModel();
}

QModelIndex FolderModel::indexOfNode(int node, int column) const
{
    if (node < 0 || node >= m_nodes.size())
        return {};
    const int parent = m_nodes.at(node).parent;
    const QList<int> &siblings = parent < 0 ? m_top : m_nodes.at(parent).children;
    const int row = int(siblings.indexOf(node));
    return row < 0 ? QModelIndex() : createIndex(row, column, quintptr(node) + 1);
}

const FolderModel::Node *FolderModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const qsizetype n = qsizetype(index.internalId()) - 1;
    return n >= 0 && n < m_nodes.size() ? &m_nodes.at(n) : nullptr;
}

QModelIndex FolderModel::indexOfFolder(qint64 folderId) const
{
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes.at(i).type == NodeType::Folder && m_nodes.at(i).folderId == folderId)
            return indexOfNode(i);
    return {};
}

QModelIndex FolderModel::unifiedInbox() const
{
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes.at(i).type == NodeType::Unified)
            return indexOfNode(i);
    return {};
}

QModelIndex FolderModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column > 1)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const Node *p = nodeOf(parent);
    const QList<int> &children = p ? p->children : m_top;
    if (parent.isValid() && !p)
        return {};
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)) + 1);
}

QModelIndex FolderModel::parent(const QModelIndex &child) const
{
    const Node *n = nodeOf(child);
    if (!n || n->parent < 0)
        return {};
    return indexOfNode(n->parent, 0);
}

int FolderModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    const Node *n = nodeOf(parent);
    return n ? int(n->children.size()) : 0;
}

int FolderModel::columnCount(const QModelIndex &) const
{
    return 2;
}

QVariant FolderModel::data(const QModelIndex &index, int role) const
{
    const Node *n = nodeOf(index);
    if (!n)
        return {};
    const bool countColumn = index.column() == 1;
    switch (role) {
    case Qt::DisplayRole:
        if (countColumn)
            return n->unread > 0 && n->type != NodeType::Account ? QLocale().toString(n->unread) : QString();
        return n->name;
    case Qt::ToolTipRole:
        if (n->type == NodeType::Account)
            return n->name;
        return n->unread > 0 ? tr("%1: %n unread", nullptr, int(qMin<qint64>(n->unread, INT_MAX))).arg(n->name)
                             : n->name;
    case Qt::DecorationRole: return countColumn ? QVariant() : QVariant(iconFor(n->type, n->kind));
    case Qt::FontRole:
        if (n->unread > 0 || n->type == NodeType::Account) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole: return countColumn ? QVariant(Qt::AlignTrailing | Qt::AlignVCenter) : QVariant();
    case NodeTypeRole: return int(n->type);
    case FolderIdRole: return n->folderId;
    case FolderIdsRole: return QVariant::fromValue(n->folderIds);
    case AccountIdRole: return n->accountId;
    case FolderKindRole: return int(n->kind);
    case UnreadRole: return n->unread;
    case TotalRole: return n->total;
    default: return {};
    }
}

Qt::ItemFlags FolderModel::flags(const QModelIndex &index) const
{
    const Node *n = nodeOf(index);
    if (!n)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled;
    if (n->type != NodeType::Account)
        f |= Qt::ItemIsSelectable;
    if (n->type == NodeType::Folder)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList FolderModel::mimeTypes() const
{
    return {messageMimeType()};
}

QList<qint64> FolderModel::idsOf(const QMimeData *data)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(messageMimeType()))
        return ids;
    QDataStream in(data->data(messageMimeType()));
    in >> ids;
    if (in.status() != QDataStream::Ok)
        ids.clear();
    return ids;
}

bool FolderModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &parent) const
{
    const Node *n = nodeOf(parent);
    return n && n->type == NodeType::Folder && data && data->hasFormat(messageMimeType());
}

bool FolderModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                               const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<qint64> ids = idsOf(data);
    if (ids.isEmpty())
        return false;
    Q_EMIT messagesDropped(ids, nodeOf(parent)->folderId);
    return true;
}

Qt::DropActions FolderModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

} // namespace em::ui
