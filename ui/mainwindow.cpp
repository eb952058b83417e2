#include "mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

namespace em::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Email Manager"));
    resize(1100, 720);
    buildMenus();

    auto *empty = new QWidget(this);
    auto *layout = new QVBoxLayout(empty);
    auto *title = new QLabel(tr("No account yet"), empty);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    auto *hint = new QLabel(tr("Connect a Gmail or Outlook account, or import mail with File ▸ Import."), empty);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    auto *connectAccount = new QPushButton(tr("&Connect an account…"), empty);
    connectAccount->setObjectName(QStringLiteral("connectAccount"));
    connect(connectAccount, &QPushButton::clicked, this, &MainWindow::accountsRequested);
    layout->addStretch();
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(connectAccount, 0, Qt::AlignHCenter);
    layout->addStretch();
    setCentralWidget(empty);
    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
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
    m_emailSettings = settings->addAction(tr("&Email settings…"), this, &MainWindow::emailSettingsRequested);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Email Manager"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
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
