// email-manager: the desktop client's composition root.
#include "import/importjob.h"
#include "mainwindow.h"
#include "util/paths.h"

#include <QApplication>
#include <QFileDialog>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStatusBar>
#include <QTranslator>

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

    em::ui::MainWindow window;
    QObject::connect(&window, &em::ui::MainWindow::importRequested, &window, [&window] { runImport(window); });
    window.show();
    return app.exec();
}
