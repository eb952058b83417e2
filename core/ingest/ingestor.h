#pragma once

#include "recordbuilder.h"
#include "store/mailstore.h"
#include "util/result.h"

#include <QFuture>
#include <QList>

namespace em::ingest {

struct IngestCounts
{
    int inserted = 0;
    int addedToFolder = 0;
    int duplicates = 0;
    int unparseable = 0; // stored, but flagged: the MIME structure could not be read
};

// The one path every message takes into the store, whatever its source (import, Gmail,
// Graph): messages are parsed on all cores while the previous batch is written, and
// each batch is one transaction.
class Ingestor
{
public:
    Ingestor(store::MailStore &store, qint64 accountId, int batchSize = 512);
    ~Ingestor();

    // Queues a message; may write a batch. A failed write is returned and stops nothing
    // already committed.
    Status add(RawMessage message);
    // Writes what is queued and waits for the parsing still under way.
    Status finish();
    const IngestCounts &counts() const { return m_counts; }

private:
    Status launch();
    Status write(QFuture<store::MailStore::Item> future);

    store::MailStore &m_store;
    qint64 m_accountId;
    int m_batchSize;
    QList<RawMessage> m_pending;
    QFuture<store::MailStore::Item> m_inFlight;
    bool m_hasInFlight = false;
    IngestCounts m_counts;
};

} // namespace em::ingest
