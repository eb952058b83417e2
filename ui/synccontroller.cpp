#include "synccontroller.h"

#include "store/mailstore.h"
#include "store/storereader.h"

#include <QLoggingCategory>

namespace em::ui {

Q_LOGGING_CATEGORY(lcSyncController, "emailmanager.ui.sync")

using store::AccountRow;
using store::AccountState;
using sync::SyncReport;

SyncController::SyncController(const accounts::AccountServices &services, QObject *parent)
    : QObject(parent), m_services(services), m_factory(services),
      m_scheduler([this](const AccountRow &row) { return create(row); })
{
    m_factory.setGmailOptions(m_gmail);
    // The store announces account changes from inside its writes, which a sync makes as
    // it ends (before it reports the end): reacting later keeps the scheduler's view of
    // that run whole, and one read serves a burst of changes.
    m_reload.setSingleShot(true);
    m_reload.setInterval(50);
    connect(&m_reload, &QTimer::timeout, this, &SyncController::reloadAccounts);
    if (m_services.store)
        connect(m_services.store, &store::MailStore::accountsChanged, &m_reload, qOverload<>(&QTimer::start));
    connect(&m_scheduler, &sync::SyncScheduler::accountFinished, this,
            [this](const SyncReport &r) { m_lastOutcome.insert(r.accountId, r.outcome); });
}

SyncController::~SyncController() = default;

void SyncController::start()
{
    if (m_started || !m_services.store)
        return;
    m_started = true;
    reloadAccounts(); // the window knows the accounts at once; their syncs follow the load
    m_factory.load(this, [this] { applyAccounts(); });
}

void SyncController::reloadConfigurations()
{
    m_factory.load(this, [this] {
        // Cancelled runs report their end before their syncs go; the new ones start again.
        m_scheduler.cancelAll();
        m_scheduler.setAccounts({});
        applyAccounts();
    });
}

void SyncController::setGmailOptions(const gmail::GmailSync::Options &options)
{
    m_gmail = options;
    m_factory.setGmailOptions(options);
}

void SyncController::setPrefetch(int messages)
{
    m_gmail.prefetch = qMax(0, messages);
    m_factory.setGmailOptions(m_gmail);
    graph::GraphSync::Options graph;
    graph.prefetch = m_gmail.prefetch;
    m_factory.setGraphOptions(graph);
}

std::unique_ptr<sync::AccountSync> SyncController::create(const AccountRow &row)
{
    QString why;
    std::unique_ptr<sync::AccountSync> made = m_factory.create(row, &why);
    if (made)
        why.clear();
    if (m_unavailable.value(row.id) != why) {
        if (why.isEmpty())
            m_unavailable.remove(row.id);
        else
            m_unavailable.insert(row.id, why);
        qCInfo(lcSyncController) << "account" << row.id << (why.isEmpty() ? "can sync" : "cannot sync");
        Q_EMIT accountUnavailable(row.id, why);
    }
    return made;
}

void SyncController::reloadAccounts()
{
    if (!m_services.store)
        return;
    if (!m_reader) {
        auto opened = store::StoreReader::open(m_services.store->path(), store::Footprint::Lean);
        if (!opened) {
            qCWarning(lcSyncController) << "cannot read the accounts:" << opened.error();
            return;
        }
        m_reader = std::move(opened).value();
    }
    const Result<QList<AccountRow>> rows = m_reader->accounts();
    if (!rows) {
        qCWarning(lcSyncController) << "cannot read the accounts:" << rows.error();
        return;
    }
    m_rows = rows.value();
    Q_EMIT accountsChanged(m_rows);
    applyAccounts();
}

void SyncController::applyAccounts()
{
    if (!m_factory.isLoaded())
        return;
    QSet<qint64> listed;
    QList<AccountRow> keep;
    QList<qint64> renewed;
    for (const AccountRow &row : std::as_const(m_rows)) {
        if (row.state == AccountState::Disconnected)
            continue;
        listed.insert(row.id);
        // Signed in again (the Accounts page replaced the tokens in the keychain): the sync
        // made before holds the old ones, so it is made anew. An account that turned
        // "connected" because a run just went through needs nothing.
        const AccountState was = m_states.value(row.id, row.state);
        const bool signedInAgain =
            row.state == AccountState::Connected &&
            (was == AccountState::ReauthRequired || was == AccountState::Error) &&
            m_lastOutcome.value(row.id, SyncReport::Outcome::Failed) != SyncReport::Outcome::InStep;
        if (signedInAgain && m_scheduler.account(row.id)) {
            renewed.append(row.id);
            continue;
        }
        keep.append(row);
    }
    // A running sync that goes is cancelled first, so that its end is reported like any other.
    for (qint64 id : m_scheduler.accountIds())
        if ((!listed.contains(id) || renewed.contains(id)) && m_scheduler.isRunning(id))
            m_scheduler.account(id)->cancel();
    for (auto it = m_unavailable.begin(); it != m_unavailable.end();) {
        if (listed.contains(it.key())) {
            ++it;
            continue;
        }
        const qint64 id = it.key();
        it = m_unavailable.erase(it);
        Q_EMIT accountUnavailable(id, QString());
    }
    QSet<qint64> had;
    for (qint64 id : m_scheduler.accountIds())
        if (!renewed.contains(id))
            had.insert(id);
    if (!renewed.isEmpty())
        m_scheduler.setAccounts(keep);
    m_scheduler.setAccounts(m_rows);
    m_states.clear();
    for (const AccountRow &row : std::as_const(m_rows))
        m_states.insert(row.id, row.state);
    // New accounts, accounts connected again and renewed syncs run now, not at the next interval.
    for (qint64 id : m_scheduler.accountIds())
        if (!had.contains(id))
            m_scheduler.syncNow(id);
}

} // namespace em::ui
