// email-manager: the desktop client's composition root.
#include "accounts/accountservices.h"
#include "accountspage.h"
#include "auth/keychain.h"
#include "desktopnotifier.h"
#include "emailsettingsdialog.h"
#include "import/importjob.h"
#include "mailboxcontroller.h"
#include "mainwindow.h"
#include "messageview.h"
#include "newmailwatcher.h"
#include "notificationsettings.h"
#include "notificationsettingsdialog.h"
#include "preferencesdialog.h"
#include "readercontroller.h"
#include "readersettings.h"
#include "settings/providersettings.h"
#include "store/mailstore.h"
#include "synccontroller.h"
#include "syncsettings.h"
#include "syncsettingsdialog.h"
#include "syncstatus.h"
#include "trayicon.h"
#include "util/crashsafety.h"
#include "util/paths.h"

#include <QApplication>
#include <QFileDialog>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QPointer>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTranslator>

#include <functional>
#include <memory>

namespace {

Q_LOGGING_CATEGORY(lcApp, "emailmanager.app")

// File ▸ Import: mbox files or a Maildir folder, imported off the GUI thread.
void runImport(em::ui::MainWindow &window, const std::function<void()> &imported)
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
        [&window, job, imported](const em::Result<em::import::ImportSummary> &result) {
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
            // Written through the import's own connection (a failed import keeps the batches
            // written before it): the window reads the store again.
            imported();
            job->deleteLater();
        });
    job->start();
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything reads a token or a secret.
    em::util::forbidCoreDumps();
    QApplication app(argc, argv);
    // Marks the layout direction for translation: Hebrew translates it to "RTL".
    (void)QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");
    QApplication::setApplicationName(QStringLiteral("email-manager"));
    // A line per HTTP request is for debugging (QT_LOGGING_RULES turns it on), not the journal.
    QLoggingCategory::setFilterRules(QStringLiteral("emailmanager.*.debug=false"));
    QApplication::setApplicationVersion(QStringLiteral(EM_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("email-manager"));
    qRegisterMetaType<em::Result<em::import::ImportSummary>>();

    // The user's preferences, beside providers.conf. (The app sets no organisation name, so
    // a default-constructed QSettings would land under "Unknown Organization".)
    const QString preferences =
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/email-manager.conf");
    em::ui::ReaderSettings readerSettings(preferences);
    // The language: the one chosen in Settings ▸ Preferences, else the system's.
    const QLocale language =
        readerSettings.language().isEmpty() ? QLocale::system() : QLocale(readerSettings.language());
    QLocale::setDefault(language);
    QTranslator qtTranslator;
    if (qtTranslator.load(language, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    // English plurals first ("1 message", "2 messages"), whatever the language: the user's
    // language, installed after, is looked up before it.
    QTranslator englishPlurals;
    if (englishPlurals.load(QStringLiteral("email-manager_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&englishPlurals);
    QTranslator appTranslator;
    if (appTranslator.load(language, QStringLiteral("email-manager"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);
    QApplication::setApplicationDisplayName(em::ui::MainWindow::tr("Email Manager"));

    // What the account pages work with. Declared before the window, so that they outlive
    // the dialogs and jobs the window owns.
    QNetworkAccessManager nam;
    em::auth::Keychain keychain(em::keychainService());
    em::settings::ProviderSettings providerSettings(em::defaultUserSettingsPath(), em::defaultSystemSettingsPath());
    em::Result<std::unique_ptr<em::store::MailStore>> opened =
        em::store::MailStore::open(em::defaultStorePath(), em::store::Footprint::Lean);
    std::unique_ptr<em::store::MailStore> store;
    const QString storeError = opened ? QString() : opened.error();
    if (opened)
        store = std::move(opened).value();
    const em::accounts::AccountServices services{&providerSettings, &keychain, &nam, store.get()};

    em::ui::SyncSettings syncSettings(preferences);
    em::ui::NotificationSettings notificationSettings(preferences);
    // Every connected account's sync; none without a store to sync into.
    std::unique_ptr<em::ui::SyncController> syncs;
    if (store) {
        syncs = std::make_unique<em::ui::SyncController>(services);
        syncs->setPrefetch(syncSettings.prefetch());
        syncs->scheduler()->setIntervalSeconds(syncSettings.intervalSeconds());
    }

    em::ui::MainWindow window;
    window.setStateFile(preferences);
    // Remote content (once the user allows it) comes through its own manager: no cookies
    // shared with the providers' API calls.
    QNetworkAccessManager remoteContent;
    window.reader()->setNetworkAccessManager(&remoteContent);
    // The panes over the store; the notifications of new mail and the unread count.
    std::unique_ptr<em::ui::MailboxController> mailbox;
    std::unique_ptr<em::ui::NewMailWatcher> watcher;
    em::ui::DesktopNotifier notifier;
    em::ui::UnreadTray tray(QIcon::fromTheme(QStringLiteral("email-manager")));
    if (store) {
        mailbox =
            std::make_unique<em::ui::MailboxController>(&window, store.get(), syncs ? syncs->scheduler() : nullptr);
        mailbox->setMarkReadDelay(readerSettings.markReadDelayMs());
        mailbox->setRemoteAllowedSenders(readerSettings.remoteAllowedSenders());
        QObject::connect(mailbox.get(), &em::ui::MailboxController::remoteAllowedSendersChanged, &window,
                         [&readerSettings, &window](const QSet<QString> &senders) {
                             if (em::Status s = readerSettings.setRemoteAllowedSenders(senders); !s)
                                 window.statusBar()->showMessage(s.error(), 8000);
                         });
        // Settings ▸ Preferences applies at once.
        QObject::connect(&readerSettings, &em::ui::ReaderSettings::markReadDelayChanged, mailbox.get(),
                         &em::ui::MailboxController::setMarkReadDelay);
        QObject::connect(&readerSettings, &em::ui::ReaderSettings::remoteAllowedSendersChanged, mailbox.get(),
                         &em::ui::MailboxController::setRemoteAllowedSenders);
        // Made before the first sync: what the store already holds is never announced.
        watcher = std::make_unique<em::ui::NewMailWatcher>(store->path());
        QObject::connect(store.get(), &em::store::MailStore::changed, watcher.get(),
                         &em::ui::NewMailWatcher::refreshUnreadCount);
        QObject::connect(watcher.get(), &em::ui::NewMailWatcher::newMail, &notifier,
                         &em::ui::DesktopNotifier::notifyNewMail);
        QObject::connect(watcher.get(), &em::ui::NewMailWatcher::unreadInboxCountChanged, &tray,
                         &em::ui::UnreadTray::setUnreadCount);
        watcher->refreshUnreadCount();
    }
    notifier.setEnabled(notificationSettings.newMailNotifications());
    tray.setEnabled(notificationSettings.trayIcon());
    QObject::connect(&notificationSettings, &em::ui::NotificationSettings::newMailNotificationsChanged, &notifier,
                     &em::ui::DesktopNotifier::setEnabled);
    QObject::connect(&notificationSettings, &em::ui::NotificationSettings::trayIconChanged, &tray,
                     &em::ui::UnreadTray::setEnabled);
    auto showWindow = [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    };
    QObject::connect(&tray, &em::ui::UnreadTray::showWindowRequested, &window, showWindow);
    QObject::connect(&tray, &em::ui::UnreadTray::getMailRequested, &window, &em::ui::MainWindow::getMailRequested);
    QObject::connect(&tray, &em::ui::UnreadTray::quitRequested, qApp, &QApplication::quit);
    QObject::connect(&notifier, &em::ui::DesktopNotifier::activated, &window, showWindow);
    QPointer<em::ui::NotificationSettingsDialog> notificationDialog;
    QPointer<em::ui::PreferencesDialog> preferencesDialog;
    QPointer<em::ui::EmailSettingsDialog> emailSettings;
    QPointer<em::ui::SyncSettingsDialog> syncSettingsDialog;
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
            QObject::connect(emailSettings, &em::ui::EmailSettingsDialog::settingsChanged, &window,
                             [&accountsPage, &syncs] {
                                 if (accountsPage)
                                     accountsPage->refreshProviders();
                                 // A new client id or secret takes effect in syncs made anew.
                                 if (syncs)
                                     syncs->reloadConfigurations();
                             });
        }
        raise(emailSettings);
    };
    auto openAccounts = [&] {
        if (!store) {
            QMessageBox::warning(&window, em::ui::MainWindow::tr("Accounts"),
                                 em::ui::MainWindow::tr("The mail store could not be opened, so accounts cannot be "
                                                        "connected: %1")
                                     .arg(storeError));
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
    auto openSyncSettings = [&] {
        if (!syncSettingsDialog) {
            syncSettingsDialog = new em::ui::SyncSettingsDialog(&syncSettings, &window);
            syncSettingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        }
        raise(syncSettingsDialog);
    };
    QObject::connect(&window, &em::ui::MainWindow::importRequested, &window, [&] {
        runImport(window, [&] {
            if (mailbox)
                mailbox->refresh();
            if (watcher)
                watcher->refreshUnreadCount();
        });
    });
    QObject::connect(&window, &em::ui::MainWindow::syncSettingsRequested, &window, openSyncSettings);
    QObject::connect(&window, &em::ui::MainWindow::preferencesRequested, &window, [&] {
        if (!preferencesDialog) {
            preferencesDialog = new em::ui::PreferencesDialog(&readerSettings, &window);
            preferencesDialog->setAttribute(Qt::WA_DeleteOnClose);
        }
        raise(preferencesDialog);
    });
    QObject::connect(&window, &em::ui::MainWindow::notificationSettingsRequested, &window, [&] {
        if (!notificationDialog) {
            notificationDialog = new em::ui::NotificationSettingsDialog(&notificationSettings, &window);
            notificationDialog->setAttribute(Qt::WA_DeleteOnClose);
        }
        raise(notificationDialog);
    });
    QObject::connect(&window, &em::ui::MainWindow::emailSettingsRequested, &window, openEmailSettings);
    QObject::connect(&window, &em::ui::MainWindow::accountsRequested, &window, openAccounts);
    if (syncs) {
        em::sync::SyncScheduler *scheduler = syncs->scheduler();
        window.followSync(scheduler);
        QObject::connect(syncs.get(), &em::ui::SyncController::accountsChanged, &window,
                         &em::ui::MainWindow::setAccounts);
        QObject::connect(syncs.get(), &em::ui::SyncController::accountUnavailable, window.syncStatus(),
                         &em::ui::SyncStatus::setUnavailable);
        QObject::connect(&window, &em::ui::MainWindow::getMailRequested, scheduler,
                         [scheduler] { scheduler->syncNow(0); });
        if (watcher)
            QObject::connect(scheduler, &em::sync::SyncScheduler::accountFinished, watcher.get(),
                             &em::ui::NewMailWatcher::syncFinished);
        // Applied at once: the interval to the running timer, the prefetch to syncs made from now on.
        QObject::connect(&syncSettings, &em::ui::SyncSettings::intervalChanged, scheduler,
                         &em::sync::SyncScheduler::setIntervalSeconds);
        QObject::connect(&syncSettings, &em::ui::SyncSettings::prefetchChanged, syncs.get(),
                         &em::ui::SyncController::setPrefetch);
        // Without a backend (no NetworkManager) the scheduler stays online: better a failed
        // try than no mail.
        if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
            QNetworkInformation *network = QNetworkInformation::instance();
            qCInfo(lcApp) << "network reachability from" << network->backendName() << network->reachability();
            scheduler->watchNetwork(network);
        } else {
            qCInfo(lcApp) << "no network reachability backend: always online";
        }
    }
    window.show();
    // The configurations load in the background; the first sync of every account follows.
    if (syncs)
        syncs->start();
    if (!store)
        QMessageBox::critical(&window, em::ui::MainWindow::tr("Mail store"),
                              em::ui::MainWindow::tr("The mail store %1 could not be opened: %2")
                                  .arg(em::defaultStorePath(), storeError));
    return app.exec();
}
