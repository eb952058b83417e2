#include "mainwindow.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTranslator>

namespace {

QString screenshotDir()
{
    const QString dir = em::test::binaryPath(QStringLiteral("screenshots"));
    QDir().mkpath(dir);
    return dir;
}

QStringList menuTitles(const QMainWindow &w)
{
    QStringList titles;
    for (QAction *a : w.menuBar()->actions())
        titles.append(a->text());
    return titles;
}

} // namespace

TEST(MainWindow, HasTheMenusAndDisablesWhatIsNotBuiltYet)
{
    em::ui::MainWindow w;
    EXPECT_EQ(menuTitles(w), (QStringList{QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Message"),
                                          QStringLiteral("&Settings"), QStringLiteral("&Help")}));
    bool sawWrite = false;
    for (QAction *menu : w.menuBar()->actions()) {
        for (QAction *a : menu->menu()->actions()) {
            if (a->text() == QLatin1String("&Write")) {
                sawWrite = true;
                EXPECT_FALSE(a->isEnabled());
                EXPECT_EQ(a->shortcut(), QKeySequence(QStringLiteral("Ctrl+N")));
            }
        }
    }
    EXPECT_TRUE(sawWrite);
    EXPECT_TRUE(w.importAction()->isEnabled());
}

TEST(MainWindow, SettingsMenuOpensAccountsAndEmailSettings)
{
    em::ui::MainWindow w;
    QSignalSpy accounts(&w, &em::ui::MainWindow::accountsRequested);
    QSignalSpy settings(&w, &em::ui::MainWindow::emailSettingsRequested);
    EXPECT_TRUE(w.accountsAction()->isEnabled());
    EXPECT_TRUE(w.emailSettingsAction()->isEnabled());
    w.accountsAction()->trigger();
    w.emailSettingsAction()->trigger();
    EXPECT_EQ(accounts.size(), 1);
    EXPECT_EQ(settings.size(), 1);
    QMenu *menu = w.accountsAction()->associatedObjects().isEmpty()
                      ? nullptr
                      : qobject_cast<QMenu *>(w.accountsAction()->associatedObjects().constFirst());
    ASSERT_TRUE(menu);
    EXPECT_EQ(menu->title(), QStringLiteral("&Settings"));
    EXPECT_TRUE(menu->actions().contains(w.emailSettingsAction()));
    // The empty window offers the way to the first account.
    auto *connect = w.findChild<QPushButton *>(QStringLiteral("connectAccount"));
    ASSERT_TRUE(connect);
    connect->click();
    EXPECT_EQ(accounts.size(), 2);
}

TEST(MainWindow, ScreenshotsInEnglishAndHebrew)
{
    {
        em::ui::MainWindow w;
        w.show();
        const QImage shot = w.grab().toImage();
        EXPECT_EQ(shot.size(), w.size());
        EXPECT_TRUE(shot.save(screenshotDir() + QStringLiteral("/mainwindow-en.png")));
        EXPECT_EQ(w.layoutDirection(), Qt::LeftToRight);
    }
    QTranslator hebrew;
    ASSERT_TRUE(hebrew.load(QStringLiteral("email-manager_he"), em::test::binaryPath(QStringLiteral("app/gui"))));
    QApplication::installTranslator(&hebrew);
    QApplication::setLayoutDirection(Qt::RightToLeft);
    {
        em::ui::MainWindow w;
        w.show();
        EXPECT_EQ(w.layoutDirection(), Qt::RightToLeft);
        EXPECT_NE(menuTitles(w).constFirst(), QStringLiteral("&File")) << "the menus are translated";
        EXPECT_TRUE(w.grab().toImage().save(screenshotDir() + QStringLiteral("/mainwindow-he.png")));
    }
    QApplication::removeTranslator(&hebrew);
    QApplication::setLayoutDirection(Qt::LeftToRight);
}
