// Settings ▸ Preferences: the language, when a message counts as read, and the senders
// whose remote content loads without asking; applied at once, kept in the user-only file.
#include "preferencesdialog.h"
#include "readersettings.h"
#include "uitestsupport.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>

using em::ui::PreferencesDialog;
using em::ui::ReaderSettings;

namespace {

class PreferencesTest : public ::testing::Test
{
protected:
    QString file() const { return m_dir.filePath(QStringLiteral("conf/email-manager.conf")); }
    QTemporaryDir m_dir;
};

TEST_F(PreferencesTest, DefaultsAndNonsenseInTheFile)
{
    ReaderSettings s(file());
    EXPECT_EQ(s.markReadDelayMs(), 2000);
    EXPECT_TRUE(s.remoteAllowedSenders().isEmpty());
    EXPECT_TRUE(s.language().isEmpty());
    QDir().mkpath(QFileInfo(file()).absolutePath());
    QFile f(file());
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("[reader]\nmarkReadDelayMs=soon\nremoteContentSenders=not-an-address, a@B.example\n[ui]\nlanguage=xx\n");
    f.close();
    EXPECT_EQ(s.markReadDelayMs(), 2000);
    EXPECT_EQ(s.remoteAllowedSenders(), QSet<QString>{QStringLiteral("a@b.example")});
    EXPECT_TRUE(s.language().isEmpty());
}

TEST_F(PreferencesTest, TheDialogAppliesAtOnceAndKeepsTheFileTheUsersOwn)
{
    ReaderSettings s(file());
    ASSERT_TRUE(
        s.setRemoteAllowedSenders({QStringLiteral("news@example.org"), QStringLiteral("bob@example.net")}).ok());
    QSignalSpy delays(&s, &ReaderSettings::markReadDelayChanged);
    QSignalSpy senders(&s, &ReaderSettings::remoteAllowedSendersChanged);
    PreferencesDialog d(&s);
    d.show();
    EXPECT_EQ(d.delaySpin()->value(), 2);
    d.delaySpin()->setValue(5);
    EXPECT_EQ(ReaderSettings(file()).markReadDelayMs(), 5000);
    d.byHandBox()->setChecked(true);
    EXPECT_EQ(ReaderSettings(file()).markReadDelayMs(), ReaderSettings::kNever);
    EXPECT_FALSE(d.delaySpin()->isEnabled());
    ASSERT_EQ(delays.size(), 2);
    EXPECT_EQ(delays.last().first().toInt(), ReaderSettings::kNever);

    ASSERT_EQ(d.sendersList()->count(), 2);
    EXPECT_EQ(d.sendersList()->item(0)->text(), QStringLiteral("bob@example.net"));
    EXPECT_FALSE(d.removeSenderButton()->isEnabled());
    d.sendersList()->item(0)->setSelected(true);
    d.removeSenderButton()->click();
    EXPECT_EQ(ReaderSettings(file()).remoteAllowedSenders(), QSet<QString>{QStringLiteral("news@example.org")});
    EXPECT_EQ(d.sendersList()->count(), 1);
    EXPECT_FALSE(senders.isEmpty());

    d.languageBox()->setCurrentIndex(d.languageBox()->findData(QStringLiteral("he")));
    EXPECT_EQ(ReaderSettings(file()).language(), QStringLiteral("he"));
    EXPECT_EQ(d.languageBox()->itemText(d.languageBox()->currentIndex()), QStringLiteral("עברית"));
    EXPECT_EQ(QFile::permissions(file()) &
                  (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
              QFile::Permissions());
    EXPECT_TRUE(em::test::saveScreenshot(&d, QStringLiteral("preferences-en")));
}

} // namespace
