#pragma once

#include "store/storereader.h"
#include "store/types.h"

#include <QAbstractItemModel>
#include <QList>

namespace em::ui {

// The folder pane: the Unified Inbox, then each account with its folders (labels)
// nested by path, standard folders first; imported mail is the "Local Folders" account.
// Column 0 is the name, column 1 the unread count. Messages dropped on a folder are
// reported, not moved here: moves go through the action queue.
class FolderModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class NodeType { Unified, Account, Folder };
    enum Role {
        NodeTypeRole = Qt::UserRole + 1, // NodeType as int
        FolderIdRole,                    // qint64; 0 for the Unified Inbox and accounts
        FolderIdsRole,                   // QList<qint64>: what the message list shows
        AccountIdRole,                   // qint64; 0 for the Unified Inbox
        FolderKindRole,                  // store::FolderKind as int
        UnreadRole,                      // qint64
        TotalRole,                       // qint64; 0 when not counted (StoreReader::folderTree)
    };
    static QString messageMimeType(); // message ids, as QDataStream of QList<qint64>

    explicit FolderModel(QObject *parent = nullptr);

    // Replaces what is shown. When the same folders come back (counts changed), rows stay
    // where they are and only their data changes, so the selection is kept.
    void setContents(const QList<store::AccountRow> &accounts, const QList<store::FolderNode> &folders);
    QModelIndex indexOfFolder(qint64 folderId) const;
    QModelIndex unifiedInbox() const;
    // The name a folder is shown with: standard folders in the user's language.
    static QString displayName(store::FolderKind kind, const QString &storedName, const QString &remoteId = {});

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;

Q_SIGNALS:
    void messagesDropped(const QList<qint64> &messageIds, qint64 folderId);

private:
    struct Node
    {
        NodeType type = NodeType::Folder;
        int parent = -1; // node index; -1 at the top
        QList<int> children;
        qint64 folderId = 0, accountId = 0;
        QString name;
        store::FolderKind kind = store::FolderKind::User;
        QList<qint64> folderIds;
        qint64 unread = 0, total = 0;
        QString provider;
    };
    QModelIndex indexOfNode(int node, int column = 0) const;
    const Node *nodeOf(const QModelIndex &index) const;
    static QList<qint64> idsOf(const QMimeData *data);

    QList<Node> m_nodes;
    QList<int> m_top;
};

} // namespace em::ui
