#pragma once

#include "util/result.h"

#include <QObject>
#include <QString>

namespace em::sync {

// Where a sync run is, for a progress bar and for `emailctl sync`.
struct SyncProgress
{
    qint64 accountId = 0;
    enum class Phase { Actions, Folders, FirstPage, Full, Changes, Bodies } phase = Phase::Full;
    qint64 done = 0;
    qint64 total = 0; // 0: unknown
};

QString phaseName(SyncProgress::Phase phase); // translated, for people

// How one sync run ended.
struct SyncReport
{
    enum class Outcome {
        InStep,         // the store matches the server as of the end of the run
        Offline,        // the server could not be reached; try again later
        ReauthRequired, // the account must sign in again; nothing was lost
        ConfigError,    // the provider refuses the app's client: Email settings must change
        Failed,         // something else went wrong (the store, a server error that will not go away)
        Cancelled,
    };
    qint64 accountId = 0;
    Outcome outcome = Outcome::InStep;
    QString error; // for people; empty when in step
    bool fullSync = false;
    int added = 0, updated = 0, removed = 0, bodies = 0;
    int actionsReplayed = 0, actionsDropped = 0, actionsFailed = 0;
    int malformed = 0; // messages kept with what could be read and flagged
    // Changes the server refused for good, for people: "Move 1 message to Work: Invalid
    // label". The run can still be in step: the messages were put back as the server has them.
    QStringList refused;
    bool inStep() const { return outcome == Outcome::InStep; }
};

// One provider's sync of one account: the seam that keeps the scheduler, the UI and
// emailctl free of "gmail" vs "graph". A run replays the queued actions, refreshes the
// folders, pulls changes (a full sync when there is no checkpoint) and prefetches recent
// bodies, and ends with finished(). One run at a time.
class AccountSync : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual qint64 accountId() const = 0;
    virtual bool isRunning() const = 0;
    virtual void start() = 0;  // ignored while running
    virtual void cancel() = 0; // finished(Cancelled) follows; what was committed stays
    // Fetches one message's body now, ahead of background work; ends with bodyFetched.
    virtual void fetchBody(const QString &remoteId) = 0;

Q_SIGNALS:
    void progress(const em::sync::SyncProgress &progress);
    void finished(const em::sync::SyncReport &report);
    void bodyFetched(const QString &remoteId, const em::Status &status);
};

} // namespace em::sync
