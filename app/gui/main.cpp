// email-manager: the desktop client's composition root.
#include "mainwindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Marks the layout direction for translation: Hebrew translates it to "RTL".
    (void)QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");
    QApplication::setApplicationName(QStringLiteral("email-manager"));
    QApplication::setApplicationDisplayName(QStringLiteral("Email Manager"));
    QApplication::setApplicationVersion(QStringLiteral(EM_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("email-manager"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("email-manager"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    em::ui::MainWindow window;
    window.show();
    return app.exec();
}
