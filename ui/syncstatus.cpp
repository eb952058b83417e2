#include "syncstatus.h"

#include "sync/syncscheduler.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStyle>

#include <algorithm>

namespace em::ui {

using sync::SyncProgress;
using sync::SyncReport;

namespace {

const QString kAccountsLink = QStringLiteral("accounts");
const QString kSettingsLink = QStringLiteral("settings");

QString link(const QString &target, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(target, text.toHtmlEscaped());
}

} // namespace

SyncStatus::SyncStatus(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("syncStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    m_problemIcon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_problemIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("syncProblem"));
    m_problem->setTextFormat(Qt::RichText);
    m_problem->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_problem, &QLabel::linkActivated, this, &SyncStatus::onLink);

    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setTextFormat(Qt::PlainText);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("syncProgressBar"));
    // The label says the numbers; the bar is the glance.
    m_bar->setTextVisible(false);
    m_bar->setFixedWidth(120);
    m_bar->setMaximumHeight(m_progress->sizeHint().height());

    m_offline = new QLabel(this);
    m_offline->setObjectName(QStringLiteral("syncOffline"));
    m_offline->setFrameShape(QFrame::StyledPanel);
    m_offline->setContentsMargins(6, 0, 6, 0);
    QFont bold = m_offline->font();
    bold.setBold(true);
    m_offline->setFont(bold);

    // Space the status bar gives beyond the hint goes before the parts, not between them.
    layout->addStretch(1);
    auto *problem = new QHBoxLayout;
    problem->setSpacing(4);
    problem->addWidget(m_problemIcon);
    problem->addWidget(m_problem);
    layout->addLayout(problem);
    layout->addWidget(m_progress);
    layout->addWidget(m_bar);
    layout->addWidget(m_offline);
    retranslate();
}

void SyncStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::LayoutDirectionChange)
        refresh();
    QWidget::changeEvent(event);
}

void SyncStatus::retranslate()
{
    m_offline->setText(tr("Offline"));
    m_offline->setToolTip(tr("The computer is not connected to a network. Mail is checked again as soon as it is."));
    refresh();
}

QString SyncStatus::directed(const QString &text) const
{
    // A label takes its text direction from the first strong letter, and the lines here
    // start with an address: in a right-to-left language, a right-to-left mark keeps the
    // address first (on the right) instead of turning the whole line left to right.
    if (text.isEmpty() || !isRightToLeft())
        return text;
    return QChar(0x200F) + text;
}

void SyncStatus::follow(sync::SyncScheduler *scheduler)
{
    connect(scheduler, &sync::SyncScheduler::progress, this, &SyncStatus::showProgress);
    connect(scheduler, &sync::SyncScheduler::accountFinished, this, &SyncStatus::showFinished);
    connect(scheduler, &sync::SyncScheduler::runningChanged, this, &SyncStatus::setRunning);
    connect(scheduler, &sync::SyncScheduler::onlineChanged, this, &SyncStatus::setOnline);
    setOnline(scheduler->isOnline());
    for (qint64 id : scheduler->accountIds())
        if (scheduler->isRunning(id))
            setRunning(id, true);
}

void SyncStatus::setAccounts(const QList<store::AccountRow> &accounts)
{
    QSet<qint64> listed;
    for (const store::AccountRow &row : accounts) {
        if (row.state == store::AccountState::Disconnected)
            continue;
        listed.insert(row.id);
        Account &a = m_accounts[row.id];
        a.address = row.address;
        a.lastSyncMs = qMax(a.lastSyncMs, row.lastSyncMs);
    }
    for (auto it = m_accounts.begin(); it != m_accounts.end();)
        it = listed.contains(it.key()) ? std::next(it) : m_accounts.erase(it);
    refresh();
}

void SyncStatus::setUnavailable(qint64 accountId, const QString &why)
{
    if (why.isEmpty() && !m_accounts.contains(accountId))
        return;
    account(accountId).unavailable = why;
    refresh();
}

void SyncStatus::showProgress(const SyncProgress &progress)
{
    Account &a = account(progress.accountId);
    a.running = true;
    a.progress = progress;
    if (!m_accounts.value(m_shown).running)
        m_shown = progress.accountId;
    refresh();
}

void SyncStatus::showFinished(const SyncReport &report)
{
    Account &a = account(report.accountId);
    a.progress.reset();
    switch (report.outcome) {
    case SyncReport::Outcome::InStep:
        a.problem.reset();
        if (!report.refused.isEmpty())
            a.problem = report; // in step, but some of the user's changes were refused
        a.lastSyncMs = QDateTime::currentMSecsSinceEpoch();
        break;
    case SyncReport::Outcome::Cancelled: break; // asked for: nothing to tell
    default: a.problem = report;
    }
    refresh();
}

void SyncStatus::setRunning(qint64 accountId, bool running)
{
    Account &a = account(accountId);
    a.running = running;
    a.progress.reset();
    if (running && !m_accounts.value(m_shown).running)
        m_shown = accountId;
    refresh();
}

void SyncStatus::setOnline(bool online)
{
    m_online = online;
    refresh();
}

SyncStatus::Account &SyncStatus::account(qint64 id)
{
    Account &a = m_accounts[id];
    if (a.address.isEmpty())
        a.address = tr("Account %1").arg(id); // its row comes with the next account list
    return a;
}

QString SyncStatus::progressText(qint64 id) const
{
    const Account a = m_accounts.value(id);
    if (!a.progress)
        return tr("%1: Checking for new mail…").arg(a.address);
    const SyncProgress &p = *a.progress;
    if (p.total <= 0)
        return tr("%1: %2…").arg(a.address, sync::phaseName(p.phase));
    const QLocale locale;
    //: account: what the sync does, how far it is: "alice@gmail.com: Downloading message list 1,500 of 24,000"
    return tr("%1: %2 %3 of %4")
        .arg(a.address, sync::phaseName(p.phase), locale.toString(qMin(p.done, p.total)), locale.toString(p.total));
}

QString SyncStatus::idleText() const
{
    if (m_accounts.isEmpty())
        return {};
    qint64 latest = 0;
    for (const Account &a : m_accounts)
        latest = qMax(latest, a.lastSyncMs);
    if (latest == 0)
        return tr("Mail not checked yet");
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(latest);
    const QLocale locale;
    if (when.date() == QDate::currentDate())
        return tr("Mail checked at %1").arg(locale.toString(when.time(), QLocale::ShortFormat));
    return tr("Mail checked on %1").arg(locale.toString(when, QLocale::ShortFormat));
}

QStringList SyncStatus::problemLines(bool html) const
{
    QList<qint64> ids = m_accounts.keys();
    std::sort(ids.begin(), ids.end(),
              [this](qint64 a, qint64 b) { return m_accounts.value(a).address < m_accounts.value(b).address; });
    // Long server messages would push everything else off the status bar; the tooltip has them whole.
    const QFontMetrics metrics(m_problem->font());
    auto shorten = [&](const QString &s) { return html ? metrics.elidedText(s, Qt::ElideRight, 360) : s; };
    auto escaped = [html](const QString &s) { return html ? s.toHtmlEscaped() : s; };
    QStringList lines;
    for (qint64 id : std::as_const(ids)) {
        const Account &a = m_accounts[id];
        //: account address: why it cannot sync, or how its last sync went wrong
        const QString problemFormat = tr("%1: %2");
        if (!a.unavailable.isEmpty()) {
            lines << escaped(problemFormat.arg(a.address, shorten(a.unavailable)));
            continue;
        }
        if (!a.problem)
            continue;
        const QString error = !a.problem->error.isEmpty()     ? a.problem->error
                              : !a.problem->refused.isEmpty() ? a.problem->refused.join(QStringLiteral("; "))
                                                              : tr("The sync failed.");
        const QString message = shorten(error);
        switch (a.problem->outcome) {
        case SyncReport::Outcome::ReauthRequired: {
            // The tooltip says why; the status bar says what to do.
            lines << (html ? link(kAccountsLink, tr("Sign in to %1 again").arg(a.address))
                           : problemFormat.arg(a.address, message));
            break;
        }
        case SyncReport::Outcome::ConfigError:
            lines << escaped(problemFormat.arg(a.address, message)) +
                         (html ? u' ' + link(kSettingsLink, tr("Open Email settings")) : QString());
            break;
        default:
            lines << escaped(problemFormat.arg(a.address, message)) +
                         (html ? u' ' + link(kAccountsLink, tr("Accounts…")) : QString());
        }
    }
    return lines;
}

void SyncStatus::onLink(const QString &target)
{
    if (target == kSettingsLink)
        Q_EMIT emailSettingsRequested();
    else
        Q_EMIT accountsRequested();
}

void SyncStatus::refresh()
{
    m_offline->setVisible(!m_online);

    QList<qint64> running;
    for (auto it = m_accounts.cbegin(); it != m_accounts.cend(); ++it)
        if (it.value().running)
            running.append(it.key());
    std::sort(running.begin(), running.end());
    if (!running.isEmpty() && !running.contains(m_shown))
        m_shown = running.constFirst();
    QString progress = running.isEmpty() ? idleText() : progressText(m_shown);
    QStringList tip;
    for (qint64 id : std::as_const(running))
        tip << progressText(id);
    if (running.size() > 1)
        //: the progress of one account, then how many others are syncing too
        progress = tr("%1 (and %n more)", nullptr, int(running.size()) - 1).arg(progress);
    m_progress->setText(directed(progress));
    m_progress->setToolTip(tip.join(u'\n'));
    m_progress->setVisible(!progress.isEmpty());

    const std::optional<SyncProgress> shown = running.isEmpty() ? std::nullopt : m_accounts.value(m_shown).progress;
    m_bar->setVisible(shown && shown->total > 0);
    if (shown && shown->total > 0) {
        // QProgressBar counts in int; a mailbox of billions is scaled down.
        const qint64 max = qMin<qint64>(shown->total, 1000000000);
        m_bar->setRange(0, int(max));
        m_bar->setValue(int(qMin(shown->done, shown->total) * max / shown->total));
    }

    const QStringList problems = problemLines(true);
    QString problemText = problems.value(0);
    if (problems.size() > 1)
        //: the first account's problem, then how many other accounts have one
        problemText += QStringLiteral(" ") + tr("(and %n more)", nullptr, int(problems.size()) - 1).toHtmlEscaped();
    m_problem->setText(directed(problemText));
    m_problem->setToolTip(problemLines(false).join(u'\n'));
    m_problem->setVisible(!problems.isEmpty());
    m_problemIcon->setVisible(!problems.isEmpty());
}

} // namespace em::ui
