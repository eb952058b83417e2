#include "importer.h"

#include "maildirreader.h"
#include "mboxreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace em::import {

namespace {
constexpr int kProgressEvery = 500;
} // namespace

Result<qint64> Importer::folderFor(const QString &name)
{
    auto folder = m_store.ensureFolder(m_accountId, QStringLiteral("local:") + name, name.section(u'/', -1), name,
                                       store::guessFolderKind(name));
    if (!folder)
        return Result<qint64>::failure(folder.error());
    return folder.value().id;
}

Status Importer::importMbox(const QString &path, const QString &folderName, ingest::Ingestor &ingestor)
{
    MboxReader reader;
    if (Status s = reader.open(path); !s) {
        ++m_summary.unreadable;
        m_summary.problems.append(s.error());
        return {};
    }
    const Result<qint64> folder = folderFor(folderName);
    if (!folder)
        return Status::failure(folder.error());
    MboxMessage m;
    while (reader.next(&m)) {
        if (cancelled())
            return Status::failure(QCoreApplication::translate("Import", "The import was cancelled"));
        ingest::RawMessage raw;
        raw.raw = std::move(m.raw);
        raw.flags = m.flags;
        raw.receivedMs = m.receivedMs;
        raw.folderIds = {folder.value()};
        if (Status s = ingestor.add(std::move(raw)); !s)
            return s;
        if (++m_progress.done % kProgressEvery == 0 && m_progressFn)
            m_progressFn(m_progress);
    }
    if (reader.truncated()) {
        ++m_summary.truncated;
        m_summary.problems.append(
            QCoreApplication::translate("Import", "%1 ends with an incomplete message, which was not imported")
                .arg(path));
    }
    return {};
}

Status Importer::importMaildir(const QString &path, const QString &folderName, ingest::Ingestor &ingestor)
{
    const Result<qint64> folder = folderFor(folderName);
    if (!folder)
        return Status::failure(folder.error());
    for (const MaildirEntry &entry : listMaildir(path)) {
        if (cancelled())
            return Status::failure(QCoreApplication::translate("Import", "The import was cancelled"));
        QFile file(entry.file);
        if (!file.open(QIODevice::ReadOnly)) {
            ++m_summary.unreadable;
            m_summary.problems.append(
                QCoreApplication::translate("Import", "Cannot read %1: %2").arg(entry.file, file.errorString()));
            continue;
        }
        ingest::RawMessage raw;
        raw.raw = file.readAll();
        raw.flags = entry.flags;
        raw.receivedMs = QFileInfo(file).lastModified().toMSecsSinceEpoch();
        raw.folderIds = {folder.value()};
        if (Status s = ingestor.add(std::move(raw)); !s)
            return s;
        if (++m_progress.done % kProgressEvery == 0 && m_progressFn)
            m_progressFn(m_progress);
    }
    return {};
}

Result<ImportSummary> Importer::run(const QStringList &paths, const ProgressFn &progress)
{
    using R = Result<ImportSummary>;
    m_summary = {};
    m_progress = {};
    m_progressFn = progress;
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path))
            return R::failure(QCoreApplication::translate("Import", "%1 does not exist").arg(path));
    }
    const Result<qint64> account = m_store.ensureAccount(QStringLiteral("local"), QStringLiteral("Local Folders"),
                                                         QCoreApplication::translate("Import", "Local Folders"));
    if (!account)
        return R::failure(account.error());
    m_accountId = account.value();
    ingest::Ingestor ingestor(m_store, m_accountId);

    for (const QString &path : paths) {
        m_progress.source = path;
        const QFileInfo info(path);
        Status s;
        if (info.isFile()) {
            QString name = info.completeBaseName();
            if (name.isEmpty())
                name = info.fileName();
            s = importMbox(path, name, ingestor);
        } else {
            const QList<MaildirFolder> maildirs = findMaildirs(path);
            if (!maildirs.isEmpty()) {
                for (const MaildirFolder &m : maildirs)
                    if (s = importMaildir(m.path, m.name, ingestor); !s)
                        break;
            } else {
                // A folder of mbox files, as Thunderbird and many exports lay them out.
                const QDir dir(path);
                bool any = false;
                for (const QFileInfo &f : dir.entryInfoList(QDir::Files, QDir::Name)) {
                    if (!looksLikeMbox(f.filePath()))
                        continue;
                    any = true;
                    if (s = importMbox(f.filePath(), f.completeBaseName(), ingestor); !s)
                        break;
                }
                if (!any && s) {
                    ++m_summary.unreadable;
                    m_summary.problems.append(
                        QCoreApplication::translate("Import", "%1 holds no Maildir folder and no mbox file").arg(path));
                }
            }
        }
        if (!s)
            return R::failure(s.error());
    }
    if (Status s = ingestor.finish(); !s)
        return R::failure(s.error());
    const ingest::IngestCounts &c = ingestor.counts();
    m_summary.imported = c.inserted + c.addedToFolder;
    m_summary.duplicates = c.duplicates;
    m_summary.unparseable = c.unparseable;
    if (m_progressFn)
        m_progressFn(m_progress);
    return m_summary;
}

} // namespace em::import
