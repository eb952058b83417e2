#include "syncscheduler.h"

#include <QLoggingCategory>
#include <QNetworkInformation>

namespace em::sync {

Q_LOGGING_CATEGORY(lcScheduler, "emailmanager.sync")

SyncScheduler::SyncScheduler(Factory factory, QObject *parent) : QObject(parent), m_factory(std::move(factory))
{
    m_interval.setInterval(m_intervalSeconds * 1000);
    connect(&m_interval, &QTimer::timeout, this, [this] { syncNow(0); });
    m_soonTimer.setSingleShot(true);
    connect(&m_soonTimer, &QTimer::timeout, this, [this] {
        const QSet<qint64> ids = std::exchange(m_soon, {});
        for (qint64 id : ids)
            syncNow(id);
    });
}

SyncScheduler::~SyncScheduler()
{
    for (AccountSync *s : std::as_const(m_syncs))
        s->disconnect(this);
}

void SyncScheduler::setAccounts(const QList<store::AccountRow> &accounts)
{
    QSet<qint64> keep;
    for (const store::AccountRow &row : accounts) {
        if (row.state == store::AccountState::Disconnected)
            continue;
        keep.insert(row.id);
        if (m_syncs.contains(row.id))
            continue;
        std::unique_ptr<AccountSync> sync = m_factory ? m_factory(row) : nullptr;
        if (!sync)
            continue;
        AccountSync *s = sync.release();
        s->setParent(this);
        connect(s, &AccountSync::progress, this, &SyncScheduler::progress);
        connect(s, &AccountSync::finished, this, &SyncScheduler::onFinished);
        m_syncs.insert(row.id, s);
    }
    for (auto it = m_syncs.begin(); it != m_syncs.end();) {
        if (keep.contains(it.key())) {
            ++it;
            continue;
        }
        AccountSync *s = it.value();
        s->cancel(); // its Cancelled report still reaches the listeners
        s->disconnect(this);
        s->deleteLater();
        m_again.remove(it.key());
        it = m_syncs.erase(it);
    }
    if (m_intervalSeconds > 0 && !m_interval.isActive())
        m_interval.start();
}

void SyncScheduler::setIntervalSeconds(int seconds)
{
    m_intervalSeconds = qMax(0, seconds);
    if (m_intervalSeconds == 0) {
        m_interval.stop();
        return;
    }
    m_interval.start(m_intervalSeconds * 1000);
}

void SyncScheduler::watchNetwork(QNetworkInformation *info)
{
    if (!info)
        return;
    auto apply = [this](QNetworkInformation::Reachability r) {
        // Unknown (no backend answer) counts as online: better a failed try than no mail.
        setOnline(r != QNetworkInformation::Reachability::Disconnected);
    };
    connect(info, &QNetworkInformation::reachabilityChanged, this, apply);
    apply(info->reachability());
}

void SyncScheduler::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    qCInfo(lcScheduler) << (online ? "online: syncing" : "offline: sync paused");
    Q_EMIT onlineChanged(online);
    if (online)
        syncNow(0);
}

void SyncScheduler::syncNow(qint64 accountId)
{
    if (accountId == 0) {
        for (qint64 id : m_syncs.keys())
            run(id);
        return;
    }
    run(accountId);
}

void SyncScheduler::syncSoon(qint64 accountId, int delayMs)
{
    m_soon.insert(accountId);
    if (!m_soonTimer.isActive())
        m_soonTimer.start(delayMs);
}

void SyncScheduler::cancelAll()
{
    m_again.clear();
    for (AccountSync *s : std::as_const(m_syncs))
        if (s->isRunning())
            s->cancel();
}

AccountSync *SyncScheduler::account(qint64 accountId) const
{
    return m_syncs.value(accountId);
}

bool SyncScheduler::isRunning(qint64 accountId) const
{
    AccountSync *s = m_syncs.value(accountId);
    return s && s->isRunning();
}

void SyncScheduler::run(qint64 accountId)
{
    AccountSync *s = m_syncs.value(accountId);
    if (!s || !m_online)
        return; // offline: the reconnect runs it
    if (s->isRunning()) {
        m_again.insert(accountId);
        return;
    }
    Q_EMIT runningChanged(accountId, true);
    s->start();
}

void SyncScheduler::onFinished(const SyncReport &report)
{
    Q_EMIT runningChanged(report.accountId, false);
    Q_EMIT accountFinished(report);
    if (report.outcome == SyncReport::Outcome::ReauthRequired || report.outcome == SyncReport::Outcome::ConfigError) {
        m_again.remove(report.accountId); // nothing to gain until the user acts
        return;
    }
    if (m_again.remove(report.accountId))
        run(report.accountId);
}

} // namespace em::sync
