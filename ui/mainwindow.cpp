#include "mainwindow.h"

#include "sync/syncscheduler.h"
#include "syncstatus.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace em::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Email Manager"));
    resize(1100, 720);
    buildMenus();

    auto *empty = new QWidget(this);
    auto *layout = new QVBoxLayout(empty);
    m_placeholderTitle = new QLabel(empty);
    m_placeholderTitle->setObjectName(QStringLiteral("placeholderTitle"));
    QFont big = m_placeholderTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_placeholderTitle->setFont(big);
    m_placeholderTitle->setAlignment(Qt::AlignCenter);
    m_placeholderTitle->setTextFormat(Qt::PlainText);
    m_placeholderHint = new QLabel(empty);
    m_placeholderHint->setAlignment(Qt::AlignCenter);
    m_placeholderHint->setWordWrap(true);
    m_connectAccount = new QPushButton(empty);
    m_connectAccount->setObjectName(QStringLiteral("connectAccount"));
    connect(m_connectAccount, &QPushButton::clicked, this, &MainWindow::accountsRequested);
    layout->addStretch();
    layout->addWidget(m_placeholderTitle);
    layout->addWidget(m_placeholderHint);
    layout->addWidget(m_connectAccount, 0, Qt::AlignHCenter);
    layout->addStretch();
    setCentralWidget(empty);

    m_syncStatus = new SyncStatus(this);
    statusBar()->addPermanentWidget(m_syncStatus);
    connect(m_syncStatus, &SyncStatus::accountsRequested, this, &MainWindow::accountsRequested);
    connect(m_syncStatus, &SyncStatus::emailSettingsRequested, this, &MainWindow::emailSettingsRequested);
    // No "Ready" on the left: the sync area says what is going on.
    updateGetMail();
    updatePlaceholder();
}

void MainWindow::buildMenus()
{
    // Desktop mail clients put "get new messages" in the File menu and first on the toolbar.
    m_getMail = new QAction(tr("&Get mail"), this);
    m_getMail->setObjectName(QStringLiteral("getMail"));
    m_getMail->setShortcut(QKeySequence(Qt::Key_F5));
    m_getMail->setIcon(
        QIcon::fromTheme(QStringLiteral("mail-receive"), style()->standardIcon(QStyle::SP_BrowserReload)));
    connect(m_getMail, &QAction::triggered, this, &MainWindow::getMailRequested);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_getMail);
    file->addSeparator();
    m_import = file->addAction(tr("&Import mail…"), this, &MainWindow::importRequested);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *message = menuBar()->addMenu(tr("&Message"));
    // The composer is a later piece of work: these are shown, but disabled, until it lands.
    struct Pending
    {
        QString text;
        QKeySequence keys;
    };
    const Pending pending[] = {{tr("&Write"), QKeySequence(tr("Ctrl+N"))},
                               {tr("&Reply"), QKeySequence(tr("Ctrl+R"))},
                               {tr("Reply &all"), QKeySequence(tr("Ctrl+Shift+R"))},
                               {tr("&Forward"), QKeySequence(tr("Ctrl+L"))}};
    for (const Pending &p : pending) {
        QAction *a = message->addAction(p.text);
        a->setShortcut(p.keys);
        a->setEnabled(false);
    }

    // Accounts are what every user manages; Email settings (the OAuth clients) is the
    // administrator's page. Both live where desktop mail clients keep their settings.
    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    m_accounts = settings->addAction(tr("&Accounts…"), this, &MainWindow::accountsRequested);
    m_syncSettings = settings->addAction(tr("S&ync…"), this, &MainWindow::syncSettingsRequested);
    m_emailSettings = settings->addAction(tr("&Email settings…"), this, &MainWindow::emailSettingsRequested);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Email Manager"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar")); // for saveState()
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_getMail);
}

void MainWindow::setAccounts(const QList<store::AccountRow> &accounts)
{
    m_addresses.clear();
    for (const store::AccountRow &a : accounts)
        if (a.state != store::AccountState::Disconnected)
            m_addresses.append(a.address);
    m_syncStatus->setAccounts(accounts);
    updateGetMail();
    updatePlaceholder();
}

void MainWindow::followSync(sync::SyncScheduler *scheduler)
{
    m_syncStatus->follow(scheduler);
    m_online = scheduler->isOnline();
    connect(scheduler, &sync::SyncScheduler::onlineChanged, this, [this](bool online) {
        m_online = online;
        updateGetMail();
    });
    updateGetMail();
}

void MainWindow::updateGetMail()
{
    // The scheduler would not run while offline: a button that does nothing says so instead.
    m_getMail->setEnabled(!m_addresses.isEmpty() && m_online);
    if (m_addresses.isEmpty())
        m_getMail->setToolTip(tr("Connect an account first (Settings ▸ Accounts)"));
    else if (!m_online)
        m_getMail->setToolTip(tr("Offline: mail is checked as soon as the network is back"));
    else
        m_getMail->setToolTip(
            tr("Check every account for new mail (%1)").arg(m_getMail->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::updatePlaceholder()
{
    // Until the folder list, message list and reader arrive, the centre says what there is.
    if (m_addresses.isEmpty()) {
        m_placeholderTitle->setText(tr("No account yet"));
        m_placeholderHint->setText(tr("Connect a Gmail or Outlook account, or import mail with File ▸ Import."));
        m_connectAccount->setText(tr("&Connect an account…"));
    } else {
        m_placeholderTitle->setText(m_addresses.join(u'\n'));
        m_placeholderHint->setText(tr("Your mail is kept in step on this computer, in the background. Get mail "
                                      "checks for new mail now."));
        m_connectAccount->setText(tr("&Manage accounts…"));
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Email Manager"),
                       tr("<h3>Email Manager %1</h3>"
                          "<p>A desktop mail client for Gmail and Outlook.</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace em::ui
