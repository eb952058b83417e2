#include "importjob.h"

#include "store/mailstore.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

namespace em::import {

ImportJob::ImportJob(QString storePath, QStringList paths, QObject *parent)
    : QObject(parent), m_storePath(std::move(storePath)), m_paths(std::move(paths))
{
    connect(&m_watcher, &QFutureWatcher<Result<ImportSummary>>::finished, this,
            [this] { Q_EMIT finished(m_watcher.result()); });
}

ImportJob::~ImportJob()
{
    // The worker reports progress to this object: it must not outlive it. Closing the
    // window mid-import stops the import after the current message rather than waiting.
    m_cancel = true;
    m_watcher.waitForFinished();
}

void ImportJob::start()
{
    m_watcher.setFuture(QtConcurrent::run([this, storePath = m_storePath, paths = m_paths]() {
        auto store = store::MailStore::open(storePath);
        if (!store)
            return Result<ImportSummary>::failure(store.error());
        Importer importer(*store.value());
        importer.setCancelFlag(&m_cancel);
        return importer.run(paths, [this](const ImportProgress &p) {
            QMetaObject::invokeMethod(
                this, [this, done = p.done] { Q_EMIT progress(done); }, Qt::QueuedConnection);
        });
    }));
}

} // namespace em::import
