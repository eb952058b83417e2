#include "providersync.h"

#include "auth/accesstokensource.h"
#include "net/httpclient.h"
#include "store/mailstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>

namespace em::sync {

Q_DECLARE_LOGGING_CATEGORY(lcScheduler)

ProviderSync::ProviderSync(store::MailStore &store, qint64 accountId, auth::AccessTokenSource *tokens,
                           QNetworkAccessManager *nam, FolderModel model, QObject *parent)
    : AccountSync(parent), m_store(store), m_accountId(accountId), m_tokens(tokens),
      m_http(std::make_unique<net::HttpClient>(nam)), m_actions(store, accountId, model)
{
    m_http->setTokenSource(tokens);
    if (tokens) {
        connect(tokens, &auth::AccessTokenSource::reauthorizationRequired, this,
                [this](const QString &reason) { m_authProblem = reason; });
        connect(tokens, &auth::AccessTokenSource::configurationError, this, [this](const QString &reason) {
            m_authProblem = reason;
            m_configProblem = true;
        });
    }
}

ProviderSync::~ProviderSync()
{
    m_run.reset(); // the callbacks of a run in progress go before the client does
}

void ProviderSync::report(SyncProgress::Phase phase, qint64 done, qint64 total)
{
    Q_EMIT progress(SyncProgress{m_accountId, phase, done, total});
}

void ProviderSync::start()
{
    if (m_run)
        return;
    m_run = std::make_unique<QObject>();
    m_report = SyncReport{};
    m_report.accountId = m_accountId;
    if (m_tokens && m_tokens->needsReauthorization()) {
        finish(SyncReport::Outcome::ReauthRequired,
               QCoreApplication::translate("Sync", "Sign in to this account again"));
        return;
    }
    m_authProblem.clear();
    m_configProblem = false;
    begin();
}

void ProviderSync::cancel()
{
    if (m_run)
        finish(SyncReport::Outcome::Cancelled, QCoreApplication::translate("Sync", "Sync was cancelled"));
}

void ProviderSync::finish(SyncReport::Outcome outcome, const QString &error)
{
    if (!m_run)
        return;
    m_run.reset();
    m_report.outcome = outcome;
    m_report.error = error;
    if (outcome == SyncReport::Outcome::ReauthRequired)
        m_store.setAccountState(m_accountId, store::AccountState::ReauthRequired, error);
    else if (outcome == SyncReport::Outcome::ConfigError)
        m_store.setAccountState(m_accountId, store::AccountState::Error, error);
    else if (outcome == SyncReport::Outcome::InStep)
        m_store.markSynced(m_accountId, QDateTime::currentMSecsSinceEpoch());
    qCInfo(lcScheduler).nospace() << "sync of account " << m_accountId << " ended: " << int(outcome) << " +"
                                  << m_report.added << " ~" << m_report.updated << " -" << m_report.removed;
    Q_EMIT finished(m_report);
}

void ProviderSync::stop(int status, const QString &message)
{
    if (!m_authProblem.isEmpty() || (m_tokens && m_tokens->needsReauthorization())) {
        finish(m_configProblem ? SyncReport::Outcome::ConfigError : SyncReport::Outcome::ReauthRequired,
               m_authProblem.isEmpty() ? message : m_authProblem);
        return;
    }
    if (status == 401)
        finish(SyncReport::Outcome::ReauthRequired, message);
    else if (status == 0)
        finish(SyncReport::Outcome::Offline, message);
    else
        finish(SyncReport::Outcome::Failed, message);
}

void ProviderSync::stopStore(const QString &error)
{
    finish(SyncReport::Outcome::Failed, error);
}

bool ProviderSync::apply(store::SyncChanges &changes)
{
    QSet<QString> touched;
    for (const store::SyncChanges::Upsert &u : std::as_const(changes.upserts))
        touched.insert(u.record.remoteId);
    for (const store::MessageDelta &d : std::as_const(changes.deltas))
        for (const QString &id : d.remoteIds)
            touched.insert(id);
    // Actions the user made while this was in flight win over what the server said.
    if (Status s = m_actions.overlay(touched, &changes); !s) {
        stopStore(s.error());
        return false;
    }
    const Result<store::SyncOutcome> outcome = m_store.applySync(m_accountId, changes);
    if (!outcome) {
        stopStore(outcome.error());
        return false;
    }
    m_report.added += outcome.value().added;
    m_report.updated += outcome.value().updated;
    m_report.removed += outcome.value().removed;
    return true;
}

} // namespace em::sync
