#pragma once

#include "importer.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>

namespace em::import {

// Runs an import on a worker thread with a store connection of its own, so the GUI never
// waits on it. One job, one result: finished() is emitted exactly once.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    ImportJob(QString storePath, QStringList paths, QObject *parent = nullptr);
    ~ImportJob() override; // cancels a running import and waits for the worker to stop
    void start();

Q_SIGNALS:
    void progress(qint64 messagesRead);
    void finished(const em::Result<em::import::ImportSummary> &result);

private:
    QString m_storePath;
    QStringList m_paths;
    QFutureWatcher<Result<ImportSummary>> m_watcher;
    std::atomic_bool m_cancel{false};
};

} // namespace em::import
