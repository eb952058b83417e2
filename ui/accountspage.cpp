#include "accountspage.h"

#include "accountcard.h"
#include "accounts/connectjob.h"
#include "accounts/disconnectjob.h"
#include "disconnectdialog.h"
#include "messagebanner.h"
#include "settings/providersettings.h"
#include "store/mailstore.h"
#include "store/storereader.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace em::ui {

using settings::Provider;

namespace {

QString connectText(Provider provider)
{
    return provider == Provider::Google ? AccountsPage::tr("Connect &Gmail…") : AccountsPage::tr("Connect &Outlook…");
}

} // namespace

AccountsPage::AccountsPage(const accounts::AccountServices &services, const QString &storePath, QWidget *parent)
    : QDialog(parent), m_services(services), m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("accountsPage"));
    setWindowTitle(tr("Accounts"));
    resize(760, 620);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Connect your Gmail and Outlook accounts. You sign in on the provider's own page in "
                                "your browser; Email Manager never sees your password."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(buildConnectSection());
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("result"));
    layout->addWidget(m_banner);
    layout->addWidget(buildWaitingPanel());

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *list = new QWidget(scroll);
    m_cardsLayout = new QVBoxLayout(list);
    m_emptyLabel = new QLabel(list);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_cardsLayout->addWidget(m_emptyLabel);
    m_cardsLayout->addStretch();
    scroll->setWidget(list);
    layout->addWidget(scroll, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountsPage::reject);
    layout->addWidget(buttons);

    Result<std::unique_ptr<store::StoreReader>> reader = store::StoreReader::open(storePath, store::Footprint::Lean);
    if (reader)
        m_reader = std::move(reader).value();
    else
        m_readerError = reader.error();
    if (m_services.store)
        connect(m_services.store, &store::MailStore::accountsChanged, this, &AccountsPage::reloadAccounts);

    reloadAccounts();
    refreshProviders();
}

AccountsPage::~AccountsPage()
{
    // The jobs are children, deleted after this part of the object is gone: they must not
    // call back into it on their way out.
    if (m_connectJob)
        m_connectJob->disconnect(this);
    if (m_disconnectJob)
        m_disconnectJob->disconnect(this);
}

QWidget *AccountsPage::buildConnectSection()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    for (Provider p : {Provider::Google, Provider::Microsoft}) {
        ProviderRow r;
        r.provider = p;
        r.connect = new QPushButton(connectText(p), box);
        r.connect->setObjectName(p == Provider::Google ? QStringLiteral("connectGmail")
                                                       : QStringLiteral("connectOutlook"));
        r.connect->setEnabled(false);
        connect(r.connect, &QPushButton::clicked, this, [this, p] { connectAccount(p); });
        buttons->addWidget(r.connect);

        // Why the button is disabled, in words, with the way to fix it next to it.
        r.notice = new QWidget(box);
        auto *noticeLayout = new QHBoxLayout(r.notice);
        noticeLayout->setContentsMargins(0, 0, 0, 0);
        r.reason = new QLabel(r.notice);
        r.reason->setObjectName(QStringLiteral("reason"));
        r.reason->setWordWrap(true);
        r.reason->setTextFormat(Qt::PlainText);
        r.openSettings = new QPushButton(tr("Open Email settings…"), r.notice);
        r.openSettings->setObjectName(QStringLiteral("openSettings"));
        connect(r.openSettings, &QPushButton::clicked, this, &AccountsPage::openEmailSettingsRequested);
        noticeLayout->addWidget(r.reason, 1);
        noticeLayout->addWidget(r.openSettings, 0, Qt::AlignTop);
        r.notice->hide();
        m_providers.append(r);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    for (const ProviderRow &r : m_providers)
        layout->addWidget(r.notice);
    return box;
}

QWidget *AccountsPage::buildWaitingPanel()
{
    m_waiting = new QFrame(this);
    m_waiting->setObjectName(QStringLiteral("waitingPanel"));
    static_cast<QFrame *>(m_waiting)->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(m_waiting);
    m_waitingTitle = new QLabel(m_waiting);
    QFont bold = m_waitingTitle->font();
    bold.setBold(true);
    m_waitingTitle->setFont(bold);
    m_waitingTitle->setWordWrap(true);
    m_waitingHint = new QLabel(m_waiting);
    m_waitingHint->setWordWrap(true);
    m_browserNote = new QLabel(m_waiting);
    m_browserNote->setObjectName(QStringLiteral("browserNote"));
    m_browserNote->setWordWrap(true);
    QPalette warn = m_browserNote->palette();
    warn.setColor(QPalette::WindowText, QColor(0x8a, 0x4b, 0x00));
    m_browserNote->setPalette(warn);
    m_browserNote->hide();

    auto *row = new QHBoxLayout;
    m_waitingUrl = new QLineEdit(m_waiting);
    m_waitingUrl->setObjectName(QStringLiteral("signInLink"));
    m_waitingUrl->setReadOnly(true);
    m_waitingUrl->setAccessibleName(tr("Sign-in link"));
    // A URL reads left to right in every language.
    m_waitingUrl->setLayoutDirection(Qt::LeftToRight);
    m_copyLink = new QPushButton(tr("&Copy link"), m_waiting);
    m_copyLink->setObjectName(QStringLiteral("copyLink"));
    m_cancel = new QPushButton(tr("C&ancel sign-in"), m_waiting);
    m_cancel->setObjectName(QStringLiteral("cancelSignIn"));
    row->addWidget(m_waitingUrl, 1);
    row->addWidget(m_copyLink);
    row->addWidget(m_cancel);
    m_copied = new QLabel(m_waiting);
    m_copied->hide();

    auto *titleRow = new QHBoxLayout;
    auto *spinner = new QProgressBar(m_waiting);
    spinner->setRange(0, 0); // busy: no end is known
    spinner->setTextVisible(false);
    spinner->setMaximumWidth(90);
    spinner->setAccessibleName(tr("Waiting"));
    titleRow->addWidget(m_waitingTitle, 1);
    titleRow->addWidget(spinner);
    layout->addLayout(titleRow);
    layout->addWidget(m_waitingHint);
    layout->addWidget(m_browserNote);
    layout->addLayout(row);
    layout->addWidget(m_copied);
    m_waiting->hide();

    connect(m_copyLink, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_waitingUrl->text());
        m_copied->setText(tr("The link is copied: paste it into your browser's address bar."));
        m_copied->show();
    });
    connect(m_cancel, &QPushButton::clicked, this, &AccountsPage::cancelSignIn);
    return m_waiting;
}

AccountsPage::ProviderRow *AccountsPage::row(Provider provider)
{
    for (ProviderRow &r : m_providers)
        if (r.provider == provider)
            return &r;
    return nullptr;
}

const AccountsPage::ProviderRow *AccountsPage::row(Provider provider) const
{
    return const_cast<AccountsPage *>(this)->row(provider);
}

QPushButton *AccountsPage::connectButton(Provider provider) const
{
    return row(provider)->connect;
}

QLabel *AccountsPage::connectReason(Provider provider) const
{
    return row(provider)->reason;
}

QPushButton *AccountsPage::openSettingsButton(Provider provider) const
{
    return row(provider)->openSettings;
}

AccountCard *AccountsPage::card(const QString &address) const
{
    for (AccountCard *c : m_cards)
        if (c->account().address.compare(address, Qt::CaseInsensitive) == 0)
            return c;
    return nullptr;
}

void AccountsPage::refreshProviders()
{
    const int generation = ++m_checkGeneration;
    m_checksPending = m_providers.size();
    for (const ProviderRow &r : m_providers) {
        const Provider p = r.provider;
        // Reading a user's secret from the keychain is asynchronous: answers for an
        // older check (settings saved again meanwhile) are dropped.
        accounts::loadProviderConfig(
            m_services, p, this, [this, generation, p](const Result<settings::ProviderConfig> &config) {
                if (generation != m_checkGeneration)
                    return;
                ProviderRow *r = row(p);
                r->missing = config ? config.value().missingCredentials() : config.error();
                r->checked = true;
                r->reason->setText(tr("%1 cannot be connected yet: %2")
                                       .arg(p == Provider::Google ? tr("Gmail") : tr("Outlook"), r->missing));
                r->notice->setVisible(!r->missing.isEmpty());
                updateActions();
                if (--m_checksPending == 0)
                    Q_EMIT providersRefreshed();
            });
    }
}

void AccountsPage::reloadAccounts()
{
    // Later, not now: this may run while a card's own button is still handling a click.
    for (AccountCard *c : std::as_const(m_cards)) {
        c->hide();
        c->deleteLater();
    }
    m_cards.clear();
    m_accounts.clear();
    if (!m_reader) {
        m_emptyLabel->setText(tr("The accounts cannot be shown: %1").arg(m_readerError));
        m_emptyLabel->show();
        return;
    }
    const Result<QList<store::AccountRow>> rows = m_reader->accounts();
    if (!rows) {
        m_emptyLabel->setText(tr("The accounts cannot be shown: %1").arg(rows.error()));
        m_emptyLabel->show();
        return;
    }
    m_accounts = rows.value();
    m_emptyLabel->setText(tr("No account yet. Connect a Gmail or Outlook account with the buttons above."));
    m_emptyLabel->setVisible(m_accounts.isEmpty());
    int index = 1; // after the empty label
    for (const store::AccountRow &account : std::as_const(m_accounts)) {
        auto *c = new AccountCard(account, m_emptyLabel->parentWidget());
        connect(c, &AccountCard::reauthorizeRequested, this, [this, account] { reauthorize(account); });
        connect(c, &AccountCard::disconnectRequested, this, [this, account] { disconnectAccount(account); });
        m_cardsLayout->insertWidget(index++, c);
        c->show();
        m_cards.append(c);
    }
    updateActions();
}

void AccountsPage::updateActions()
{
    const bool signingIn = m_connectJob;
    const bool busy = signingIn || m_disconnectJob;
    const QString whyBusy = signingIn ? tr("A sign-in is waiting in your browser: finish it or cancel it first.")
                                      : tr("Please wait until the account is disconnected.");
    for (ProviderRow &r : m_providers) {
        r.connect->setEnabled(!busy && r.checked && r.missing.isEmpty());
        r.connect->setToolTip(!r.missing.isEmpty() ? r.missing : busy ? whyBusy : QString());
    }
    for (AccountCard *c : std::as_const(m_cards))
        c->setActionsEnabled(!busy, whyBusy);
}

void AccountsPage::connectAccount(Provider provider)
{
    startSignIn(provider, nullptr);
}

void AccountsPage::reauthorize(const store::AccountRow &account)
{
    const std::optional<Provider> provider = settings::providerFromId(account.provider);
    if (!provider)
        return;
    startSignIn(*provider, &account);
}

void AccountsPage::startSignIn(Provider provider, const store::AccountRow *account)
{
    // One sign-in at a time: a second loopback listener and browser tab would only confuse.
    if (m_connectJob) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("A sign-in is already waiting in your browser. Finish it there, or cancel it, "
                                 "before starting another."));
        return;
    }
    if (m_disconnectJob) {
        m_banner->showMessage(MessageBanner::Kind::Warning, tr("Please wait until the account is disconnected."));
        return;
    }
    const ProviderRow *r = row(provider);
    if (r->checked && !r->missing.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Error, r->missing);
        return;
    }
    auto *job = new accounts::ConnectJob(m_services, provider, this);
    m_signInAddress = account ? account->address : QString();
    if (account)
        job->setExpectedAddress(account->address);
    m_connectJob = job;
    m_cancelRequested = false;
    connect(job, &accounts::ConnectJob::authorizationUrlReady, this, &AccountsPage::onAuthorizationUrl);
    connect(job, &accounts::ConnectJob::finished, this, &AccountsPage::onSignInFinished);

    m_banner->clear();
    m_waitingTitle->setText(tr("Preparing the sign-in…"));
    m_waitingHint->clear();
    m_waitingUrl->clear();
    m_browserNote->hide();
    m_copied->hide();
    m_copyLink->setEnabled(false);
    m_waiting->show();
    updateActions();
    job->start();
}

void AccountsPage::onAuthorizationUrl(const QUrl &url)
{
    const int minutes = (m_services.settings->signInTimeoutSeconds() + 59) / 60;
    m_waitingTitle->setText(tr("Waiting for you to sign in in your browser…"));
    m_waitingHint->setText(
        m_signInAddress.isEmpty()
            ? tr("Sign in on the page that opened in your browser and allow Email Manager access. The sign-in "
                 "is given up after %1 minutes.")
                  .arg(minutes)
            : tr("Sign in as %1 on the page that opened in your browser. The sign-in is given up after %2 minutes.")
                  .arg(m_signInAddress)
                  .arg(minutes));
    m_waitingUrl->setText(url.toString(QUrl::FullyEncoded));
    m_waitingUrl->setCursorPosition(0);
    m_copyLink->setEnabled(true);
    if (!m_openUrl(url)) {
        m_browserNote->setText(tr("⚠ The browser could not be opened. Copy the link and open it in your browser."));
        m_browserNote->show();
    }
}

void AccountsPage::onSignInFinished(const Result<store::AccountRow> &result)
{
    if (m_connectJob)
        m_connectJob->deleteLater();
    m_connectJob = nullptr;
    m_waiting->hide();
    if (result) {
        const QString who = result.value().address;
        m_banner->showMessage(MessageBanner::Kind::Success, m_signInAddress.isEmpty()
                                                                ? tr("%1 is connected.").arg(who)
                                                                : tr("%1 is signed in again.").arg(who));
        reloadAccounts();
    } else {
        m_banner->showMessage(m_cancelRequested ? MessageBanner::Kind::Info : MessageBanner::Kind::Error,
                              result.error());
    }
    m_signInAddress.clear();
    m_cancelRequested = false;
    updateActions();
    Q_EMIT signInFinished(result.ok());
}

void AccountsPage::cancelSignIn()
{
    if (!m_connectJob)
        return;
    m_cancelRequested = true;
    m_connectJob->cancel();
}

void AccountsPage::disconnectAccount(const store::AccountRow &account)
{
    if (m_connectJob || m_disconnectJob) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("Please wait until the sign-in or disconnection in progress has ended."));
        return;
    }
    DisconnectDialog ask(account, this);
    if (ask.exec() != QDialog::Accepted)
        return;
    const bool deleteMail = ask.deleteLocalMail();
    auto *job = new accounts::DisconnectJob(m_services, account, deleteMail, this);
    m_disconnectJob = job;
    m_banner->showMessage(MessageBanner::Kind::Busy, tr("Disconnecting %1…").arg(account.address));
    updateActions();
    connect(job, &accounts::DisconnectJob::finished, this,
            [this, job, address = account.address, deleteMail](const Result<QString> &result) {
                job->deleteLater();
                m_disconnectJob = nullptr;
                if (!result) {
                    m_banner->showMessage(MessageBanner::Kind::Error,
                                          tr("%1 was not disconnected: %2").arg(address, result.error()));
                } else {
                    const QString done = deleteMail
                                             ? tr("%1 is disconnected and its mail is deleted from this computer.")
                                             : tr("%1 is disconnected. Its mail stays readable on this computer.");
                    if (result.value().isEmpty())
                        m_banner->showMessage(MessageBanner::Kind::Success, done.arg(address));
                    else
                        m_banner->showMessage(MessageBanner::Kind::Warning, done.arg(address) + u' ' + result.value());
                }
                reloadAccounts();
                updateActions();
                Q_EMIT disconnectFinished(result.ok());
            });
    job->start();
}

void AccountsPage::reject()
{
    // Closing the page gives up a waiting sign-in: nobody would see how it ended.
    cancelSignIn();
    QDialog::reject();
}

} // namespace em::ui
