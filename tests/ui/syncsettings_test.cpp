// Settings ▸ Sync: the preferences file, the dialog that applies changes at once, and the
// scheduler that takes the interval from it.
#include "messagebanner.h"
#include "sync/syncscheduler.h"
#include "syncsettings.h"
#include "syncsettingsdialog.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>

#include <sys/stat.h>

using em::ui::MessageBanner;
using em::ui::SyncSettings;
using em::ui::SyncSettingsDialog;

namespace {

class SyncSettingsTest : public ::testing::Test
{
protected:
    QString file() const { return m_dir.filePath(QStringLiteral("email-manager.conf")); }
    QTemporaryDir m_dir;
};

TEST_F(SyncSettingsTest, DefaultsAreEveryMinuteAndFiftyMessages)
{
    SyncSettings s(file());
    EXPECT_EQ(s.intervalSeconds(), 60);
    EXPECT_EQ(s.prefetch(), 50);
}

TEST_F(SyncSettingsTest, ValuesAreKeptInTheFileAndAnnounced)
{
    {
        SyncSettings s(file());
        QSignalSpy interval(&s, &SyncSettings::intervalChanged);
        QSignalSpy prefetch(&s, &SyncSettings::prefetchChanged);
        EXPECT_TRUE(s.setIntervalSeconds(0).ok());
        EXPECT_TRUE(s.setPrefetch(200).ok());
        EXPECT_TRUE(s.setPrefetch(200).ok());
        EXPECT_EQ(interval.size(), 1);
        EXPECT_EQ(interval.first().first().toInt(), 0);
        EXPECT_EQ(prefetch.size(), 1) << "the same value again is no change";
    }
    SyncSettings again(file());
    EXPECT_EQ(again.intervalSeconds(), 0) << "0 is off, not the default";
    EXPECT_EQ(again.prefetch(), 200);
    // A hand-edited file with nonsense falls back to the defaults.
    {
        QSettings raw(file(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("sync/intervalSeconds"), QStringLiteral("often"));
        raw.setValue(QStringLiteral("sync/prefetch"), -3);
    }
    EXPECT_EQ(again.intervalSeconds(), 60);
    EXPECT_EQ(again.prefetch(), 50);
}

TEST_F(SyncSettingsTest, TheFileAndItsFolderAreTheUsersOnly)
{
    const QString inFolder = m_dir.filePath(QStringLiteral("config/email-manager/email-manager.conf"));
    const mode_t previous = ::umask(0); // even a permissive umask does not open them to others
    SyncSettings s(inFolder);
    const em::Status saved = s.setIntervalSeconds(300);
    ::umask(previous);
    ASSERT_TRUE(saved.ok()) << saved.error().toStdString();
    struct stat file;
    struct stat folder;
    ASSERT_EQ(::stat(QFile::encodeName(inFolder).constData(), &file), 0);
    ASSERT_EQ(::stat(QFile::encodeName(QFileInfo(inFolder).absolutePath()).constData(), &folder), 0);
    EXPECT_EQ(file.st_mode & 07777, 0600u);
    EXPECT_EQ(folder.st_mode & 07777, 0700u);
    EXPECT_EQ(SyncSettings(inFolder).intervalSeconds(), 300);

    // A file of an earlier version, readable by all, is the user's only after the next change.
    ASSERT_TRUE(
        QFile::setPermissions(inFolder, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    ASSERT_TRUE(s.setPrefetch(10).ok());
    ASSERT_EQ(::stat(QFile::encodeName(inFolder).constData(), &file), 0);
    EXPECT_EQ(file.st_mode & 07777, 0600u);
    EXPECT_EQ(SyncSettings(inFolder).prefetch(), 10);
}

TEST_F(SyncSettingsTest, TheDialogAppliesAtOnceAndTheSchedulerFollows)
{
    SyncSettings s(file());
    em::sync::SyncScheduler scheduler(nullptr);
    QObject::connect(&s, &SyncSettings::intervalChanged, &scheduler, &em::sync::SyncScheduler::setIntervalSeconds);
    SyncSettingsDialog d(&s);
    d.show();
    EXPECT_EQ(d.intervalSpin()->value(), 1);
    EXPECT_EQ(d.intervalSpin()->text(), QStringLiteral("1 min"));
    EXPECT_EQ(d.prefetchSpin()->value(), 50);
    d.intervalSpin()->setValue(15);
    EXPECT_EQ(s.intervalSeconds(), 900);
    EXPECT_EQ(scheduler.intervalSeconds(), 900);
    EXPECT_EQ(SyncSettings(file()).intervalSeconds(), 900) << "saved, not only applied";
    d.prefetchSpin()->setValue(0);
    EXPECT_EQ(s.prefetch(), 0);
    EXPECT_TRUE(d.prefetchSpin()->text().startsWith(QLatin1String("None"))) << d.prefetchSpin()->text();
    d.intervalSpin()->setValue(0);
    EXPECT_EQ(scheduler.intervalSeconds(), 0);
    EXPECT_EQ(d.intervalSpin()->text(), QStringLiteral("Only when I press Get mail"));
    EXPECT_FALSE(d.banner()->isVisibleTo(&d));
    d.intervalSpin()->setValue(5);
    d.prefetchSpin()->setValue(50);
    EXPECT_TRUE(em::test::saveScreenshot(&d, QStringLiteral("syncsettings-en")));
}

TEST_F(SyncSettingsTest, AFileThatCannotBeWrittenIsSaidButTheValueApplies)
{
    SyncSettings s(QStringLiteral("/proc/email-manager-test/email-manager.conf"));
    SyncSettingsDialog d(&s);
    d.show();
    d.intervalSpin()->setValue(10);
    EXPECT_EQ(s.intervalSeconds(), 600);
    EXPECT_TRUE(d.banner()->isVisibleTo(&d));
    EXPECT_EQ(d.banner()->kind(), MessageBanner::Kind::Warning);
    EXPECT_TRUE(d.banner()->text().contains(QLatin1String("could not be saved"))) << d.banner()->text();
}

TEST_F(SyncSettingsTest, RightToLeftInHebrew)
{
    em::test::Hebrew hebrew;
    EXPECT_TRUE(hebrew.loaded());
    SyncSettings s(file());
    SyncSettingsDialog d(&s);
    d.show();
    EXPECT_EQ(d.layoutDirection(), Qt::RightToLeft);
    EXPECT_TRUE(em::test::saveScreenshot(&d, QStringLiteral("syncsettings-he")));
}

} // namespace
