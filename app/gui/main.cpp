// email-manager: the desktop client's composition root.
#include "accounts/accountservices.h"
#include "accountspage.h"
#include "auth/keychain.h"
#include "emailsettingsdialog.h"
#include "import/importjob.h"
#include "mainwindow.h"
#include "settings/providersettings.h"
#include "store/mailstore.h"
#include "util/paths.h"

#include <QApplication>
#include <QFileDialog>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QStatusBar>
#include <QTranslator>

#include <memory>

namespace {

// File ▸ Import: mbox files or a Maildir folder, imported off the GUI thread.
void runImport(em::ui::MainWindow &window)
{
    QStringList paths = QFileDialog::getOpenFileNames(&window, em::ui::MainWindow::tr("Import mbox files"));
    if (paths.isEmpty()) {
        const QString dir =
            QFileDialog::getExistingDirectory(&window, em::ui::MainWindow::tr("Import a Maildir folder"));
        if (dir.isEmpty())
            return;
        paths = {dir};
    }
    auto *job = new em::import::ImportJob(em::defaultStorePath(), paths, &window);
    window.importAction()->setEnabled(false);
    QObject::connect(job, &em::import::ImportJob::progress, &window, [&window](qint64 n) {
        window.statusBar()->showMessage(em::ui::MainWindow::tr("Importing: %1 messages read…").arg(n));
    });
    QObject::connect(
        job, &em::import::ImportJob::finished, &window,
        [&window, job](const em::Result<em::import::ImportSummary> &result) {
            window.importAction()->setEnabled(true);
            if (!result) {
                window.statusBar()->clearMessage();
                QMessageBox::warning(&window, em::ui::MainWindow::tr("Import failed"), result.error());
            } else {
                const auto &s = result.value();
                window.statusBar()->showMessage(
                    em::ui::MainWindow::tr("Imported %1 messages (%2 already there, %3 kept but not fully readable)")
                        .arg(s.imported)
                        .arg(s.duplicates)
                        .arg(s.unparseable));
            }
            job->deleteLater();
        });
    job->start();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Marks the layout direction for translation: Hebrew translates it to "RTL".
    (void)QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");
    QApplication::setApplicationName(QStringLiteral("email-manager"));
    QApplication::setApplicationVersion(QStringLiteral(EM_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("email-manager"));
    qRegisterMetaType<em::Result<em::import::ImportSummary>>();

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("email-manager"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);
    QApplication::setApplicationDisplayName(em::ui::MainWindow::tr("Email Manager"));

    // What the account pages work with. Declared before the window, so that they outlive
    // the dialogs and jobs the window owns.
    QNetworkAccessManager nam;
    em::auth::Keychain keychain(em::keychainService());
    em::settings::ProviderSettings providerSettings(em::defaultUserSettingsPath(), em::defaultSystemSettingsPath());
    em::Result<std::unique_ptr<em::store::MailStore>> opened = em::store::MailStore::open(em::defaultStorePath());
    std::unique_ptr<em::store::MailStore> store;
    if (opened)
        store = std::move(opened).value();
    const em::accounts::AccountServices services{&providerSettings, &keychain, &nam, store.get()};

    em::ui::MainWindow window;
    QPointer<em::ui::EmailSettingsDialog> emailSettings;
    QPointer<em::ui::AccountsPage> accountsPage;
    auto raise = [](QWidget *w) {
        w->show();
        w->raise();
        w->activateWindow();
    };
    auto openEmailSettings = [&] {
        if (!emailSettings) {
            emailSettings = new em::ui::EmailSettingsDialog(&providerSettings, &keychain, &nam, &window);
            emailSettings->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(emailSettings, &em::ui::EmailSettingsDialog::settingsChanged, &window, [&accountsPage] {
                if (accountsPage)
                    accountsPage->refreshProviders();
            });
        }
        raise(emailSettings);
    };
    auto openAccounts = [&] {
        if (!store) {
            QMessageBox::warning(&window, em::ui::MainWindow::tr("Accounts"),
                                 em::ui::MainWindow::tr("The mail store could not be opened, so accounts cannot be "
                                                        "connected: %1")
                                     .arg(opened.error()));
            return;
        }
        if (!accountsPage) {
            accountsPage = new em::ui::AccountsPage(services, store->path(), &window);
            accountsPage->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(accountsPage, &em::ui::AccountsPage::openEmailSettingsRequested, &window,
                             openEmailSettings);
        }
        raise(accountsPage);
    };
    QObject::connect(&window, &em::ui::MainWindow::importRequested, &window, [&window] { runImport(window); });
    QObject::connect(&window, &em::ui::MainWindow::emailSettingsRequested, &window, openEmailSettings);
    QObject::connect(&window, &em::ui::MainWindow::accountsRequested, &window, openAccounts);
    window.show();
    if (!store)
        QMessageBox::critical(&window, em::ui::MainWindow::tr("Mail store"),
                              em::ui::MainWindow::tr("The mail store %1 could not be opened: %2")
                                  .arg(em::defaultStorePath(), opened.error()));
    return app.exec();
}
