#pragma once

#include "accountsync.h"
#include "actionqueue.h"

#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace em::auth {
class AccessTokenSource;
}
namespace em::net {
class HttpClient;
}
namespace em::store {
class MailStore;
struct SyncChanges;
} // namespace em::store

namespace em::sync {

// What every provider's sync of one account shares: the run's life (one at a time, a
// context its callbacks die with, one finished report), the account's HttpClient with
// its token source, the action queue, how a failure ends a run (re-authorization,
// configuration, offline, failed) and the store writes that lay queued actions over
// what the server said. A provider implements begin() and the steps after it.
class ProviderSync : public AccountSync
{
    Q_OBJECT
public:
    ~ProviderSync() override;

    qint64 accountId() const override { return m_accountId; }
    bool isRunning() const override { return m_run != nullptr; }
    void start() override;
    void cancel() override;

    ActionQueue &actions() { return m_actions; }
    net::HttpClient &http() { return *m_http; }

protected:
    ProviderSync(store::MailStore &store, qint64 accountId, auth::AccessTokenSource *tokens, QNetworkAccessManager *nam,
                 FolderModel model, QObject *parent);

    // The first step of a run (start() has checked the sign-in and reset the report).
    virtual void begin() = 0;

    QObject *run() const { return m_run.get(); } // the context of the run's callbacks
    void finish(SyncReport::Outcome outcome, const QString &error = {});
    // Ends the run for a call that failed: HTTP status (0: no answer) and why.
    void stop(int status, const QString &message);
    void stopStore(const QString &error);
    // Applies changes with the pending actions laid over them; counts what changed.
    bool apply(store::SyncChanges &changes);
    void report(SyncProgress::Phase phase, qint64 done, qint64 total);

    store::MailStore &m_store;
    const qint64 m_accountId;
    QPointer<auth::AccessTokenSource> m_tokens;
    std::unique_ptr<net::HttpClient> m_http;
    ActionQueue m_actions;
    SyncReport m_report;

private:
    std::unique_ptr<QObject> m_run; // null when idle
    QString m_authProblem;
    bool m_configProblem = false;
};

} // namespace em::sync
