#pragma once

#include "store/listloader.h"
#include "store/storereader.h"

#include <QAbstractItemModel>
#include <QHash>

namespace em::ui {

// The message list over the store: the order of a folder (or search) comes whole from
// the ListLoader, a few bytes per message; the rows' text is read only for the rows the
// view asks about, a block at a time. Conversations group under their newest message
// with an expand arrow. A new list (sync changed the folder) keeps selected, current and
// expanded rows on the same messages.
class MessageListModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { StarColumn, AttachmentColumn, CorrespondentColumn, SubjectColumn, DateColumn, ColumnCount };
    enum Role {
        MessageIdRole = Qt::UserRole + 1, // qint64: the message of the row (the newest one of a conversation)
        ThreadIdRole,                     // qint64
        FlagsRole,                        // quint32 store::MessageFlag
        SnippetRole,                      // QString
        ConversationSizeRole,             // int: messages in the conversation here; 1 for a message
        AccountIdRole,                    // qint64
    };

    explicit MessageListModel(store::StoreReader *reader, QObject *parent = nullptr);

    void setList(const store::MessageList &list);
    void clear();
    const store::MessageList &list() const { return m_list; }
    // Sent and Drafts show whom mail went to instead of whom it came from.
    void setShowRecipients(bool recipients);
    // Rows' text read again (flags changed), without touching the order.
    void refreshRows();

    qint64 messageIdAt(const QModelIndex &index) const;
    // Every message the rows stand for: a conversation's row stands for all of them.
    QList<qint64> messageIdsOf(const QModelIndexList &rows) const;
    QModelIndex indexOfMessage(qint64 messageId) const;
    int messageCount() const { return int(m_list.index.ids.size()); }
    // The row's summary; nullptr while it cannot be read.
    const store::MessageSummary *summaryAt(const QModelIndex &index) const;
    // How dates are shown: the time today, the weekday this week, the day this year.
    static QString relativeDate(qint64 ms, const QDateTime &now);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

Q_SIGNALS:
    // The header asked for another order: the window loads the list in it.
    void sortRequested(const em::store::ListOrder &order);

private:
    int topCount() const;
    // Index positions (into m_list.index) of a top row's messages, newest-placed first.
    QList<int> membersOf(int group) const;          // a shared copy: the cache behind it may be cleared
    int positionOf(const QModelIndex &index) const; // -1 when invalid
    const store::MessageSummary *summaryOfPosition(int position) const;
    void fetchAround(int topRow) const;
    bool conversationUnread(int group) const;
    bool conversationStarred(int group) const;

    store::StoreReader *m_reader;
    store::MessageList m_list;
    bool m_showRecipients = false;
    mutable QHash<qint64, store::MessageSummary> m_cache;
    mutable QHash<int, QList<int>> m_members; // group -> positions, built when first needed
};

} // namespace em::ui
