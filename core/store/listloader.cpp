#include "listloader.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>

namespace em::store {

void groupConversations(MessageList *list)
{
    const QList<qint64> &threads = list->index.threads;
    const qsizetype n = threads.size();
    list->first.clear();
    list->size.clear();
    list->next.fill(-1, n);
    QHash<qint64, int> last; // conversation -> position of its latest-placed message
    last.reserve(n / 2 + 1);
    QHash<qint64, int> group; // conversation -> its index in first/size
    group.reserve(n / 2 + 1);
    for (int i = 0; i < n; ++i) {
        const qint64 t = threads.at(i);
        auto g = group.constFind(t);
        if (g == group.constEnd() || t == 0) { // 0: no conversation known, a group of its own
            if (t != 0) {
                group.insert(t, int(list->first.size()));
                last.insert(t, i);
            }
            list->first.append(i);
            list->size.append(1);
            continue;
        }
        ++list->size[*g];
        int &tail = last[t];
        list->next[tail] = i;
        tail = i;
    }
}

class ListLoader::Worker : public QObject
{
public:
    Worker(QString path, std::shared_ptr<std::atomic<int>> latest)
        : m_path(std::move(path)), m_latest(std::move(latest))
    {}

    Result<MessageList> run(int ticket, const ListSource &source, const ListOrder &order, bool grouped)
    {
        using R = Result<MessageList>;
        if (!m_reader) {
            // Opened here: QtSql connections belong to the thread that opens them.
            auto opened = StoreReader::open(m_path, Footprint::Lean);
            if (!opened)
                return R::failure(opened.error());
            m_reader = std::move(opened).value();
        }
        MessageList list;
        list.source = source;
        list.order = order;
        list.grouped = grouped;
        const Result<MessageIndex> index = m_reader->listIndex(source, order);
        if (!index)
            return R::failure(index.error());
        list.index = index.value();
        if (grouped && ticket == m_latest->load())
            groupConversations(&list);
        return list;
    }

    const std::shared_ptr<std::atomic<int>> &latest() const { return m_latest; }

private:
    QString m_path;
    std::shared_ptr<std::atomic<int>> m_latest;
    std::unique_ptr<StoreReader> m_reader;
};

ListLoader::ListLoader(QString storePath, QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("em-list-loader"));
    m_worker = new Worker(std::move(storePath), m_latest);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

ListLoader::~ListLoader()
{
    m_latest->store(-1); // whatever is queued is stale now
    m_thread.quit();
    m_thread.wait();
}

int ListLoader::load(const ListSource &source, const ListOrder &order, bool grouped)
{
    const int ticket = m_latest->load() + 1;
    m_latest->store(ticket);
    QPointer<ListLoader> self(this);
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [self, worker, ticket, source, order, grouped] {
            if (ticket != worker->latest()->load())
                return; // a newer request is queued behind this one
            Result<MessageList> list = worker->run(ticket, source, order, grouped);
            if (ticket != worker->latest()->load())
                return;
            QMetaObject::invokeMethod(
                qApp,
                [self, ticket, list = std::move(list)] {
                    if (self)
                        Q_EMIT self->loaded(ticket, list);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return ticket;
}

} // namespace em::store
