#include "ingestor.h"

#include <QtConcurrent/QtConcurrentMap>

namespace em::ingest {

namespace {
store::MailStore::Item toItem(const RawMessage &m)
{
    return {buildRecord(m), m.folderIds};
}
} // namespace

Ingestor::Ingestor(store::MailStore &store, qint64 accountId, int batchSize)
    : m_store(store), m_accountId(accountId), m_batchSize(qMax(1, batchSize))
{}

Ingestor::~Ingestor()
{
    if (m_hasInFlight)
        m_inFlight.waitForFinished();
}

Status Ingestor::add(RawMessage message)
{
    m_pending.append(std::move(message));
    if (m_pending.size() >= m_batchSize)
        return launch();
    return {};
}

Status Ingestor::launch()
{
    // Start parsing this batch before writing the previous one, so that the writer and
    // the parsers overlap.
    QFuture<store::MailStore::Item> previous = m_inFlight;
    const bool hadPrevious = m_hasInFlight;
    m_hasInFlight = false;
    if (!m_pending.isEmpty()) {
        QList<RawMessage> batch;
        batch.swap(m_pending);
        m_inFlight = QtConcurrent::mapped(std::move(batch), toItem);
        m_hasInFlight = true;
    }
    return hadPrevious ? write(previous) : Status();
}

Status Ingestor::write(QFuture<store::MailStore::Item> future)
{
    future.waitForFinished();
    const QList<store::MailStore::Item> items = future.results();
    auto outcome = m_store.insertMessages(m_accountId, items);
    if (!outcome)
        return Status::failure(outcome.error());
    const auto &o = outcome.value();
    m_counts.inserted += o.inserted;
    m_counts.addedToFolder += o.addedToFolder;
    m_counts.duplicates += o.duplicates;
    for (int i = 0; i < items.size(); ++i)
        if (o.isNew.at(i) && (items.at(i).record.flags & store::Broken))
            ++m_counts.unparseable;
    return {};
}

Status Ingestor::finish()
{
    Status s = launch(); // writes the batch before, starts the last
    if (m_hasInFlight) {
        m_hasInFlight = false;
        Status last = write(m_inFlight);
        if (s)
            s = last;
    }
    return s;
}

} // namespace em::ingest
