#pragma once

#include "ingest/ingestor.h"
#include "store/mailstore.h"
#include "util/result.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace em::import {

struct ImportProgress
{
    QString source;  // the file or folder being read
    qint64 done = 0; // messages read so far, all sources
};

struct ImportSummary
{
    int imported = 0;     // messages new to the store or new to a folder
    int duplicates = 0;   // already there: importing the same source twice adds nothing
    int unparseable = 0;  // stored with their raw text but flagged: MIME could not be read
    int truncated = 0;    // incomplete messages at the end of an mbox, not stored
    int unreadable = 0;   // files that could not be read
    QStringList problems; // one line each, for the user
};

// Imports mbox files and Maildir folders (or folders of them) into the local account
// "Local Folders", one folder per mbox file or Maildir.
class Importer
{
public:
    using ProgressFn = std::function<void(const ImportProgress &)>;
    explicit Importer(store::MailStore &store) : m_store(store) {}
    // When *flag turns true the import stops after the message being read; what was
    // committed stays (importing again adds the rest).
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }

    // Fails only when nothing could be attempted (a path that does not exist, a store that
    // cannot be written); everything else is counted in the summary.
    Result<ImportSummary> run(const QStringList &paths, const ProgressFn &progress = {});

private:
    Status importMbox(const QString &path, const QString &folderName, ingest::Ingestor &ingestor);
    Status importMaildir(const QString &path, const QString &folderName, ingest::Ingestor &ingestor);
    Result<qint64> folderFor(const QString &name);
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    store::MailStore &m_store;
    qint64 m_accountId = 0;
    ImportSummary m_summary;
    ImportProgress m_progress;
    ProgressFn m_progressFn;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace em::import
