#include "messagelistmodel.h"

#include "foldermodel.h"

#include <QApplication>
#include <QDataStream>
#include <QDateTime>
#include <QFont>
#include <QIODevice>
#include <QIcon>
#include <QLocale>
#include <QMimeData>
#include <QSet>
#include <QStyle>

#include <algorithm>

namespace em::ui {

namespace {
constexpr int kBefore = 40, kAfter = 160;   // rows read around the one asked about
constexpr int kMembersRead = 50;            // of a conversation, with its row
constexpr qsizetype kCacheCap = 30000;      // summaries kept (a few MB)
constexpr qsizetype kMembersCached = 20000; // conversations whose member positions are kept

// Persistent rows follow their message across a new list.
struct Anchor
{
    bool child = false;
    qint64 message = 0;
    qint64 thread = 0;
    int column = 0;
};
} // namespace

MessageListModel::MessageListModel(store::StoreReader *reader, QObject *parent)
    : QAbstractItemModel(parent), m_reader(reader)
{}

int MessageListModel::topCount() const
{
    return int(m_list.grouped ? m_list.first.size() : m_list.index.ids.size());
}

QList<int> MessageListModel::membersOf(int group) const
{
    auto it = m_members.find(group);
    if (it != m_members.end())
        return *it;
    if (m_members.size() > kMembersCached)
        m_members.clear(); // scrolled far: what was built for rows long gone goes
    QList<int> members;
    if (group >= 0 && group < m_list.first.size()) {
        members.reserve(m_list.size.at(group));
        for (int p = m_list.first.at(group); p >= 0; p = m_list.next.at(p))
            members.append(p);
    }
    return *m_members.insert(group, members);
}

int MessageListModel::positionOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    if (index.internalId() == 0) {
        if (index.row() >= topCount())
            return -1;
        return m_list.grouped ? m_list.first.at(index.row()) : index.row();
    }
    const QList<int> members = membersOf(int(index.internalId()) - 1);
    return index.row() < members.size() ? members.at(index.row()) : -1;
}

void MessageListModel::setShowRecipients(bool recipients)
{
    if (m_showRecipients == recipients)
        return;
    m_showRecipients = recipients;
    Q_EMIT headerDataChanged(Qt::Horizontal, CorrespondentColumn, CorrespondentColumn);
    if (topCount() > 0)
        Q_EMIT dataChanged(index(0, CorrespondentColumn), index(topCount() - 1, CorrespondentColumn));
}

void MessageListModel::clear()
{
    beginResetModel();
    m_list = store::MessageList();
    m_cache.clear();
    m_members.clear();
    endResetModel();
}

void MessageListModel::setList(const store::MessageList &list)
{
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList old = persistentIndexList();
    QList<Anchor> anchors;
    anchors.reserve(old.size());
    for (const QModelIndex &i : old) {
        const int p = positionOf(i);
        Anchor a;
        a.child = i.internalId() != 0;
        a.column = i.column();
        if (p >= 0) {
            a.message = m_list.index.ids.at(p);
            a.thread = m_list.index.threads.at(p);
        }
        anchors.append(a);
    }

    m_list = list;
    m_cache.clear();
    m_members.clear();

    // Where each anchored message and conversation is now, in one pass over the list
    // (a million entries: a few milliseconds), whatever the number of anchors.
    QSet<qint64> wantMessages, wantThreads;
    for (const Anchor &a : std::as_const(anchors)) {
        if (a.message)
            wantMessages.insert(a.message);
        if (a.thread)
            wantThreads.insert(a.thread);
    }
    QHash<qint64, int> messageAt, threadStart;
    if (!anchors.isEmpty()) {
        for (int p = 0; p < m_list.index.ids.size(); ++p) {
            if (wantMessages.contains(m_list.index.ids.at(p)))
                messageAt.insert(m_list.index.ids.at(p), p);
            const qint64 t = m_list.index.threads.at(p);
            if (t != 0 && wantThreads.contains(t) && !threadStart.contains(t))
                threadStart.insert(t, p);
        }
    }
    auto positionOfMessage = [&](qint64 id) -> int { return id == 0 ? -1 : messageAt.value(id, -1); };
    auto groupOfPosition = [&](int p) -> int {
        // first[] rises: the group is the one starting at the conversation's first message.
        const qint64 t = m_list.index.threads.at(p);
        int start = p;
        if (t != 0)
            start = threadStart.contains(t) ? threadStart.value(t) : int(m_list.index.threads.indexOf(t));
        const auto it = std::lower_bound(m_list.first.cbegin(), m_list.first.cend(), start);
        return it != m_list.first.cend() && *it == start ? int(it - m_list.first.cbegin()) : -1;
    };
    QModelIndexList now;
    now.reserve(old.size());
    for (const Anchor &a : std::as_const(anchors)) {
        QModelIndex target;
        if (!m_list.grouped) {
            const int p = positionOfMessage(a.message);
            if (p >= 0)
                target = createIndex(p, a.column, quintptr(0));
        } else if (!a.child) {
            int p = a.thread != 0 ? threadStart.value(a.thread, -1) : -1;
            if (p < 0)
                p = positionOfMessage(a.message);
            const int g = p >= 0 ? groupOfPosition(p) : -1;
            if (g >= 0)
                target = createIndex(g, a.column, quintptr(0));
        } else {
            const int p = positionOfMessage(a.message);
            const int g = p >= 0 ? groupOfPosition(p) : -1;
            if (g >= 0 && m_list.size.at(g) > 1) {
                const int row = int(membersOf(g).indexOf(p));
                if (row >= 0)
                    target = createIndex(row, a.column, quintptr(g) + 1);
            }
        }
        now.append(target);
    }
    changePersistentIndexList(old, now);
    Q_EMIT layoutChanged();
}

void MessageListModel::refreshRows()
{
    m_cache.clear();
    if (topCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(topCount() - 1, ColumnCount - 1));
}

void MessageListModel::fetchAround(int topRow) const
{
    if (!m_reader)
        return;
    if (m_cache.size() > kCacheCap)
        m_cache.clear();
    QList<qint64> wanted;
    const int from = qMax(0, topRow - kBefore), to = qMin(topCount(), topRow + kAfter);
    for (int row = from; row < to; ++row) {
        if (!m_list.grouped) {
            const qint64 id = m_list.index.ids.at(row);
            if (!m_cache.contains(id))
                wanted.append(id);
            continue;
        }
        const QList<int> members = membersOf(row);
        for (int k = 0; k < members.size() && k < kMembersRead; ++k) {
            const qint64 id = m_list.index.ids.at(members.at(k));
            if (!m_cache.contains(id))
                wanted.append(id);
        }
    }
    if (wanted.isEmpty())
        return;
    const Result<QList<store::MessageSummary>> rows = m_reader->summaries(wanted);
    if (!rows)
        return; // shown empty; the next list puts it right
    for (const store::MessageSummary &s : rows.value())
        m_cache.insert(s.id, s);
}

const store::MessageSummary *MessageListModel::summaryOfPosition(int position) const
{
    if (position < 0 || position >= m_list.index.ids.size())
        return nullptr;
    const auto it = m_cache.constFind(m_list.index.ids.at(position));
    return it == m_cache.constEnd() ? nullptr : &*it;
}

const store::MessageSummary *MessageListModel::summaryAt(const QModelIndex &index) const
{
    const int p = positionOf(index);
    if (p < 0)
        return nullptr;
    if (const store::MessageSummary *s = summaryOfPosition(p))
        return s;
    fetchAround(index.internalId() == 0 ? index.row() : int(index.internalId()) - 1);
    return summaryOfPosition(p);
}

bool MessageListModel::conversationUnread(int group) const
{
    const QList<int> members = membersOf(group);
    for (int k = 0; k < members.size() && k < kMembersRead; ++k)
        if (const store::MessageSummary *s = summaryOfPosition(members.at(k)); s && !(s->flags & store::Read))
            return true;
    return false;
}

bool MessageListModel::conversationStarred(int group) const
{
    const QList<int> members = membersOf(group);
    for (int k = 0; k < members.size() && k < kMembersRead; ++k)
        if (const store::MessageSummary *s = summaryOfPosition(members.at(k)); s && (s->flags & store::Starred))
            return true;
    return false;
}

qint64 MessageListModel::messageIdAt(const QModelIndex &index) const
{
    const int p = positionOf(index);
    return p < 0 ? 0 : m_list.index.ids.at(p);
}

QList<qint64> MessageListModel::messageIdsOf(const QModelIndexList &rows) const
{
    QList<qint64> out;
    QSet<qint64> seen;
    auto add = [&](int p) {
        const qint64 id = m_list.index.ids.at(p);
        if (!seen.contains(id)) {
            seen.insert(id);
            out.append(id);
        }
    };
    for (const QModelIndex &i : rows) {
        if (!i.isValid())
            continue;
        if (m_list.grouped && i.internalId() == 0) {
            if (i.row() < topCount())
                for (int p : membersOf(i.row()))
                    add(p);
        } else if (const int p = positionOf(i); p >= 0) {
            add(p);
        }
    }
    return out;
}

QModelIndex MessageListModel::indexOfMessage(qint64 messageId) const
{
    const int p = int(m_list.index.ids.indexOf(messageId));
    if (p < 0)
        return {};
    if (!m_list.grouped)
        return index(p, 0);
    const qint64 t = m_list.index.threads.at(p);
    const int start = t == 0 ? p : int(m_list.index.threads.indexOf(t));
    const auto it = std::lower_bound(m_list.first.cbegin(), m_list.first.cend(), start);
    if (it == m_list.first.cend() || *it != start)
        return {};
    const int g = int(it - m_list.first.cbegin());
    if (start == p)
        return index(g, 0);
    return index(int(membersOf(g).indexOf(p)), 0, index(g, 0));
}

QString MessageListModel::relativeDate(qint64 ms, const QDateTime &now)
{
    if (ms <= 0)
        return {};
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    const QLocale locale;
    const qint64 days = when.date().daysTo(now.date());
    // The locale's short time without seconds (the C locale's short form has them).
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.replace(QLatin1String(":ss"), QString()).replace(QLatin1String(".ss"), QString());
    QString time = locale.toString(when.time(), format);
    if (days == 0)
        return time;
    if (days == 1)
        return tr("Yesterday %1").arg(time);
    if (days > 1 && days < 7)
        return locale.dayName(when.date().dayOfWeek(), QLocale::ShortFormat) + u' ' + time;
    if (when.date().year() == now.date().year() && days > 0)
        return locale.toString(when.date(), tr("d MMM", "a date in this year: day and short month"));
    return locale.toString(when.date(), QLocale::ShortFormat);
}

QModelIndex MessageListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < topCount() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (!m_list.grouped || parent.internalId() != 0 || parent.column() != 0 || parent.row() >= topCount())
        return {};
    const int size = m_list.size.at(parent.row());
    if (size < 2 || row >= size)
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex MessageListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return topCount();
    if (!m_list.grouped || parent.internalId() != 0 || parent.column() != 0 || parent.row() >= topCount())
        return 0;
    const int size = m_list.size.at(parent.row());
    return size > 1 ? size : 0;
}

int MessageListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool MessageListModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    const store::MessageSummary *s = summaryAt(index);
    if (!s)
        return {};
    const bool top = index.internalId() == 0;
    const int group = m_list.grouped && top ? index.row() : -1;
    const int conversation = group >= 0 ? m_list.size.at(group) : 1;
    const bool unread = group >= 0 ? conversationUnread(group) : !(s->flags & store::Read);
    const bool starred = group >= 0 ? conversationStarred(group) : bool(s->flags & store::Starred);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StarColumn: return starred ? QStringLiteral("★") : QString();
        case CorrespondentColumn: {
            QString who = m_showRecipients ? s->toList : (s->fromName.isEmpty() ? s->fromAddress : s->fromName);
            if (who.isEmpty())
                who = m_showRecipients ? tr("(no recipient)") : tr("(unknown sender)");
            return conversation > 1 ? tr("%1 (%2)").arg(who, QLocale().toString(conversation)) : who;
        }
        case SubjectColumn: return s->subject.isEmpty() ? tr("(no subject)") : s->subject;
        case DateColumn: return relativeDate(s->dateMs, QDateTime::currentDateTime());
        default: return {};
        }
    case Qt::DecorationRole:
        if (index.column() == AttachmentColumn && (s->flags & store::HasAttachments))
            return QApplication::style()->standardIcon(QStyle::SP_FileIcon);
        return {};
    case Qt::FontRole:
        if (unread) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole: {
        const QString from =
            s->fromName.isEmpty() ? s->fromAddress : s->fromName + QStringLiteral(" <") + s->fromAddress + u'>';
        return tr("From: %1\nSubject: %2\nDate: %3")
            .arg(from, s->subject,
                 QLocale().toString(QDateTime::fromMSecsSinceEpoch(s->dateMs).toLocalTime(), QLocale::LongFormat));
    }
    case Qt::TextAlignmentRole:
        if (index.column() == DateColumn)
            return QVariant(Qt::AlignTrailing | Qt::AlignVCenter);
        if (index.column() == StarColumn)
            return QVariant(Qt::AlignCenter);
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == StarColumn)
            return starred ? tr("Starred") : tr("Not starred");
        return {};
    case MessageIdRole: return s->id;
    case ThreadIdRole: return s->threadId;
    case FlagsRole: return s->flags;
    case SnippetRole: return s->snippet;
    case ConversationSizeRole: return conversation;
    case AccountIdRole: return s->accountId;
    default: return {};
    }
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case StarColumn: return QStringLiteral("★");
        case AttachmentColumn: return QString();
        case CorrespondentColumn: return m_showRecipients ? tr("To") : tr("From");
        case SubjectColumn: return tr("Subject");
        case DateColumn: return tr("Date");
        default: return {};
        }
    }
    if (role == Qt::DecorationRole && section == AttachmentColumn)
        return QApplication::style()->standardIcon(QStyle::SP_FileIcon);
    if (role == Qt::ToolTipRole) {
        if (section == StarColumn)
            return tr("Starred");
        if (section == AttachmentColumn)
            return tr("Attachments");
    }
    return {};
}

Qt::ItemFlags MessageListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (!hasChildren(index.siblingAtColumn(0)))
        f |= Qt::ItemNeverHasChildren;
    return f;
}

void MessageListModel::sort(int column, Qt::SortOrder order)
{
    store::ListOrder o;
    o.descending = order == Qt::DescendingOrder;
    switch (column) {
    case CorrespondentColumn: o.by = store::ListSort::Sender; break;
    case SubjectColumn: o.by = store::ListSort::Subject; break;
    case DateColumn: o.by = store::ListSort::Date; break;
    default: return; // star and attachment columns do not sort
    }
    if (!(o == m_list.order))
        Q_EMIT sortRequested(o);
}

QStringList MessageListModel::mimeTypes() const
{
    return {FolderModel::messageMimeType()};
}

QMimeData *MessageListModel::mimeData(const QModelIndexList &indexes) const
{
    QModelIndexList rows;
    for (const QModelIndex &i : indexes)
        if (i.column() == 0)
            rows.append(i);
    const QList<qint64> ids = messageIdsOf(rows);
    if (ids.isEmpty())
        return nullptr;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << ids;
    auto *mime = new QMimeData;
    mime->setData(FolderModel::messageMimeType(), bytes);
    return mime;
}

Qt::DropActions MessageListModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

} // namespace em::ui
