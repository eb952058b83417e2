#include "mainwindow.h"

#include "messagelistview.h"
#include "messageview.h"
#include "sync/syncscheduler.h"
#include "syncstatus.h"
#include "util/paths.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace em::ui {

namespace {
QIcon themed(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QLatin1String(name), QApplication::style()->standardIcon(fallback));
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Email Manager"));
    resize(1100, 720);
    buildMenus();
    buildPanes();

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
    m_getMail->setIcon(themed("mail-receive", QStyle::SP_BrowserReload));
    connect(m_getMail, &QAction::triggered, this, &MainWindow::getMailRequested);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_getMail);
    file->addSeparator();
    m_import = file->addAction(tr("&Import mail…"), this, &MainWindow::importRequested);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *layout = view->addMenu(tr("&Layout"));
    auto *layouts = new QActionGroup(this);
    m_classic = layout->addAction(tr("&Classic (reader below the list)"));
    m_wide = layout->addAction(tr("&Wide (reader beside the list)"));
    for (QAction *a : {m_classic, m_wide}) {
        a->setCheckable(true);
        layouts->addAction(a);
    }
    m_classic->setChecked(true);
    connect(m_wide, &QAction::toggled, this, &MainWindow::setWideLayout);
    m_conversations = view->addAction(tr("Group by &conversation"));
    m_conversations->setObjectName(QStringLiteral("conversations"));
    m_conversations->setCheckable(true);
    m_conversations->setChecked(true);

    QMenu *message = menuBar()->addMenu(tr("&Message"));
    // The composer is a later piece of work: these are shown, but disabled, until it lands.
    struct Pending
    {
        QString text;
        QKeySequence keys;
        const char *icon;
    };
    const Pending pending[] = {{tr("&Write"), QKeySequence(tr("Ctrl+N")), "mail-message-new"},
                               {tr("&Reply"), QKeySequence(tr("Ctrl+R")), "mail-reply-sender"},
                               {tr("Reply &all"), QKeySequence(tr("Ctrl+Shift+R")), "mail-reply-all"},
                               {tr("&Forward"), QKeySequence(tr("Ctrl+L")), "mail-forward"}};
    QList<QAction *> composing;
    for (const Pending &p : pending) {
        QAction *a = message->addAction(QIcon::fromTheme(QLatin1String(p.icon)), p.text);
        a->setShortcut(p.keys);
        a->setEnabled(false);
        a->setToolTip(tr("Writing mail comes with the composer, in a later version"));
        composing.append(a);
    }
    message->addSeparator();
    auto make = [&](const QString &text, const QKeySequence &keys, const char *name, const char *icon,
                    QStyle::StandardPixmap fallback) {
        QAction *a = message->addAction(themed(icon, fallback), text);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(keys);
        a->setEnabled(false); // until messages are selected
        return a;
    };
    m_archive = make(tr("&Archive"), QKeySequence(Qt::Key_A), "archive", "mail-archive", QStyle::SP_DialogSaveButton);
    m_delete = make(tr("&Delete"), QKeySequence(QKeySequence::Delete), "delete", "edit-delete", QStyle::SP_TrashIcon);
    m_moveMenu = message->addMenu(tr("Mo&ve to"));
    m_moveMenu->setEnabled(false);
    message->addSeparator();
    m_toggleRead =
        make(tr("Toggle &read"), QKeySequence(Qt::Key_M), "toggleRead", "mail-mark-read", QStyle::SP_DialogApplyButton);
    m_markRead = make(tr("Mark as r&ead"), QKeySequence(), "markRead", "mail-mark-read", QStyle::SP_DialogApplyButton);
    m_markUnread =
        make(tr("Mark as &unread"), QKeySequence(), "markUnread", "mail-mark-unread", QStyle::SP_DialogResetButton);
    m_star = make(tr("&Star"), QKeySequence(Qt::Key_S), "star", "mail-mark-important", QStyle::SP_DialogYesButton);

    // Accounts are what every user manages; Email settings (the OAuth clients) is the
    // administrator's page. Both live where desktop mail clients keep their settings.
    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    m_accounts = settings->addAction(tr("&Accounts…"), this, &MainWindow::accountsRequested);
    m_syncSettings = settings->addAction(tr("S&ync…"), this, &MainWindow::syncSettingsRequested);
    settings->addAction(tr("&Notifications…"), this, &MainWindow::notificationSettingsRequested);
    settings->addAction(tr("&Preferences…"), this, &MainWindow::preferencesRequested);
    m_emailSettings = settings->addAction(tr("&Email settings…"), this, &MainWindow::emailSettingsRequested);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Email Manager"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar")); // for saveState()
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_getMail);
    toolbar->addSeparator();
    for (QAction *a : composing)
        toolbar->addAction(a);
    toolbar->addSeparator();
    toolbar->addAction(m_archive);
    toolbar->addAction(m_delete);
    toolbar->addAction(m_toggleRead);
    toolbar->addAction(m_star);

    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_search = new QLineEdit(toolbar);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search all mail (Ctrl+K)"));
    m_search->setMinimumWidth(260);
    m_search->setToolTip(
        tr("<p>Words match anywhere in a message. Operators:</p>"
           "<table>"
           "<tr><td><b>from:</b>anna</td><td>the sender</td></tr>"
           "<tr><td><b>to:</b> <b>cc:</b></td><td>recipients</td></tr>"
           "<tr><td><b>subject:</b>invoice</td><td>the subject</td></tr>"
           "<tr><td><b>has:</b>attachment</td><td>with attachments</td></tr>"
           "<tr><td><b>is:</b>unread, read, starred, answered, draft</td><td>the message's state</td></tr>"
           "<tr><td><b>in:</b>inbox <b>label:</b>work</td><td>a folder or label</td></tr>"
           "<tr><td><b>before:</b>2026-01-31 <b>after:</b>2025-12-01</td><td>dates</td></tr>"
           "<tr><td>\"exact words\"</td><td>a phrase</td></tr>"
           "<tr><td>-word &nbsp; -(a OR b)</td><td>without</td></tr>"
           "<tr><td>a OR b, ( … )</td><td>either, grouping</td></tr>"
           "</table>"));
    toolbar->addWidget(m_search);
    auto *focusSearch = new QAction(tr("Search"), this);
    focusSearch->setShortcut(QKeySequence(tr("Ctrl+K")));
    connect(focusSearch, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(focusSearch);
}

void MainWindow::buildPanes()
{
    m_pages = new QStackedWidget(this);

    auto *empty = new QWidget(m_pages);
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
    m_pages->addWidget(empty);

    m_outer = new QSplitter(Qt::Horizontal, m_pages);
    m_outer->setObjectName(QStringLiteral("outerSplitter"));
    m_folders = new QTreeView(m_outer);
    m_folders->setObjectName(QStringLiteral("folders"));
    m_folders->setHeaderHidden(true);
    m_folders->setUniformRowHeights(true);
    m_folders->setAcceptDrops(true);
    m_folders->setDropIndicatorShown(true);
    m_folders->setDragDropMode(QAbstractItemView::DropOnly);
    m_folders->setDefaultDropAction(Qt::MoveAction);
    m_folders->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_inner = new QSplitter(Qt::Vertical, m_outer);
    m_inner->setObjectName(QStringLiteral("innerSplitter"));
    m_list = new MessageListView(m_inner);
    m_list->setObjectName(QStringLiteral("messages"));
    m_reader = new MessageView(nullptr, m_inner);
    m_reader->setObjectName(QStringLiteral("reader"));
    m_outer->setStretchFactor(0, 0);
    m_outer->setStretchFactor(1, 1);
    m_outer->setSizes({240, 860});
    m_inner->setSizes({300, 420});
    m_pages->addWidget(m_outer);
    setCentralWidget(m_pages);
}

void MainWindow::setWideLayout(bool wide)
{
    m_inner->setOrientation(wide ? Qt::Horizontal : Qt::Vertical);
    if (wide != m_wide->isChecked())
        (wide ? m_wide : m_classic)->setChecked(true);
}

void MainWindow::setAccounts(const QList<store::AccountRow> &accounts)
{
    m_addresses.clear();
    for (const store::AccountRow &a : accounts)
        if (a.state != store::AccountState::Disconnected && a.provider != QLatin1String("local"))
            m_addresses.append(a.address);
    m_syncStatus->setAccounts(accounts);
    updateGetMail();
    updatePlaceholder();
}

void MainWindow::setHasMail(bool hasMail)
{
    m_hasMail = hasMail;
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
    // A connected account or imported mail: the panes (an account still syncing shows its
    // folders filling up). Nothing at all: the page that says how to start.
    const bool panes = m_hasMail || !m_addresses.isEmpty();
    m_pages->setCurrentIndex(panes ? 1 : 0);
    m_placeholderTitle->setText(tr("No account yet"));
    m_placeholderHint->setText(tr("Connect a Gmail or Outlook account, or import mail with File ▸ Import."));
    m_connectAccount->setText(tr("&Connect an account…"));
}

void MainWindow::setStateFile(const QString &path)
{
    m_stateFile = path;
    if (path.isEmpty())
        return;
    QSettings s(path, QSettings::IniFormat);
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_outer->restoreState(s.value(QStringLiteral("window/folders")).toByteArray());
    setWideLayout(s.value(QStringLiteral("window/wide"), false).toBool());
    m_inner->restoreState(s.value(QStringLiteral("window/reader")).toByteArray());
    m_list->header()->restoreState(s.value(QStringLiteral("window/columns")).toByteArray());
    m_conversations->setChecked(s.value(QStringLiteral("window/conversations"), true).toBool());
}

void MainWindow::saveState() const
{
    if (m_stateFile.isEmpty())
        return;
    // The file holds the user's other preferences too: never readable by others.
    if (!util::ensurePrivateFile(m_stateFile))
        return;
    QSettings s(m_stateFile, QSettings::IniFormat);
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), QMainWindow::saveState());
    s.setValue(QStringLiteral("window/folders"), m_outer->saveState());
    s.setValue(QStringLiteral("window/wide"), m_wide->isChecked());
    s.setValue(QStringLiteral("window/reader"), m_inner->saveState());
    s.setValue(QStringLiteral("window/columns"), m_list->header()->saveState());
    s.setValue(QStringLiteral("window/conversations"), m_conversations->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
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
