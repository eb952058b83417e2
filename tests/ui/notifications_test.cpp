// New mail on the desktop: the freedesktop notification (against a real service on the private
// session bus of scripts/with-keyring.sh), the unread badge of the tray, the preferences, and
// what counts as new mail in a real store.
#include "desktopnotifier.h"
#include "messagebanner.h"
#include "newmailwatcher.h"
#include "notificationsettings.h"
#include "notificationsettingsdialog.h"
#include "store/mailstore.h"
#include "sync/accountsync.h"
#include "testsupport.h"
#include "trayicon.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QCheckBox>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

using em::ui::DesktopNotifier;
using em::ui::NewMail;
using em::ui::NewMailWatcher;
using em::ui::NotificationSettings;
using em::ui::NotificationSettingsDialog;
using em::ui::UnreadTray;

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");

QString screenshotPath(const QString &name)
{
    const QString dir = em::test::binaryPath(QStringLiteral("screenshots"));
    QDir().mkpath(dir);
    return dir + u'/' + name + QStringLiteral(".png");
}

// A notification server on the test's session bus, on a connection of its own (another
// peer, as a desktop's would be): it answers Notify with ids as a server does and keeps
// every call.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call
    {
        QString appName;
        uint replacesId = 0;
        QString appIcon, summary, body;
        QStringList actions;
        QVariantMap hints;
        int timeout = 0;
        uint returned = 0;
    };

    FakeNotifications() : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, busName())) {}
    ~FakeNotifications() override
    {
        if (m_registered)
            m_bus.unregisterService(kService);
        m_bus.unregisterObject(kPath);
        QDBusConnection::disconnectFromBus(m_bus.name());
    }

    // False when the bus is not there or the name is taken (a real desktop's server).
    bool start()
    {
        if (!m_bus.isConnected())
            return false;
        if (!m_bus.registerObject(kPath, this, QDBusConnection::ExportAllSlots))
            return false;
        m_registered = m_bus.registerService(kService);
        return m_registered;
    }

    // What a server sends when the user clicks the notification.
    void click(uint id)
    {
        QDBusMessage signal = QDBusMessage::createSignal(kPath, QStringLiteral("org.freedesktop.Notifications"),
                                                         QStringLiteral("ActionInvoked"));
        signal << id << QStringLiteral("default");
        m_bus.send(signal);
    }

    QList<Call> calls;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        Call c{appName, replacesId, appIcon, summary, body, actions, hints, timeout, 0};
        c.returned = replacesId != 0 ? replacesId : ++m_lastId;
        calls.append(c);
        Q_EMIT notified();
        return c.returned;
    }
    QStringList GetCapabilities()
    {
        return {QStringLiteral("body"), QStringLiteral("body-markup"), QStringLiteral("actions")};
    }
    void CloseNotification(uint id) { Q_UNUSED(id) }
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion)
    {
        vendor = QStringLiteral("Email Manager tests");
        version = QStringLiteral("1");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("fake-notifications");
    }

Q_SIGNALS:
    void notified();

private:
    static QString busName()
    {
        static int n = 0;
        return QStringLiteral("em-fake-notifications-%1").arg(++n);
    }
    QDBusConnection m_bus;
    bool m_registered = false;
    uint m_lastId = 40;
};

NewMail mail(qint64 id, const QString &name, const QString &address, const QString &subject)
{
    NewMail m;
    m.messageId = id;
    m.account = QStringLiteral("me@example.com");
    m.fromName = name;
    m.fromAddress = address;
    m.subject = subject;
    return m;
}

bool waitForCalls(const FakeNotifications &fake, int n)
{
    return QTest::qWaitFor([&] { return fake.calls.size() >= n; }, 5000);
}

class NotifierTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        ASSERT_TRUE(bus.isConnected()) << "no session bus: run through scripts/with-keyring.sh";
        // Never stand in for (or talk to) the notification server of a real desktop session.
        if (bus.interface()->isServiceRegistered(kService))
            GTEST_SKIP() << "a notification server owns the name on this bus: run through scripts/with-keyring.sh";
    }
};

TEST_F(NotifierTest, OneMessageShowsItsSenderAndSubject)
{
    FakeNotifications fake;
    ASSERT_TRUE(fake.start());
    DesktopNotifier notifier;
    notifier.notifyNewMail(
        {mail(7, QStringLiteral("Alice Liddell"), QStringLiteral("alice@example.com"), QStringLiteral("Tea at four"))});
    ASSERT_TRUE(waitForCalls(fake, 1));
    const FakeNotifications::Call &c = fake.calls.first();
    EXPECT_EQ(c.summary, QStringLiteral("Alice Liddell"));
    EXPECT_EQ(c.body, QStringLiteral("Tea at four"));
    EXPECT_EQ(c.appName, QStringLiteral("Email Manager"));
    EXPECT_EQ(c.appIcon, QStringLiteral("email-manager"));
    EXPECT_EQ(c.replacesId, 0u);
    EXPECT_EQ(c.hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("email-manager"));
    EXPECT_EQ(c.hints.value(QStringLiteral("category")).toString(), QStringLiteral("email.arrived"));
    ASSERT_GE(c.actions.size(), 2);
    EXPECT_EQ(c.actions.first(), QStringLiteral("default"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !notifier.isPending(); }, 5000));
    EXPECT_EQ(notifier.notificationId(), c.returned);

    // Without a name, the address; without a subject, words that say so.
    notifier.notifyNewMail({mail(8, QString(), QStringLiteral("bob@example.com"), QStringLiteral("  "))});
    ASSERT_TRUE(waitForCalls(fake, 2));
    EXPECT_EQ(fake.calls[1].summary, QStringLiteral("bob@example.com"));
    EXPECT_EQ(fake.calls[1].body, QStringLiteral("(no subject)"));
}

TEST_F(NotifierTest, ABatchIsOneNotificationThatReplacesThePreviousOne)
{
    FakeNotifications fake;
    ASSERT_TRUE(fake.start());
    DesktopNotifier notifier;
    notifier.notifyNewMail({mail(1, QStringLiteral("Alice"), {}, QStringLiteral("First"))});
    ASSERT_TRUE(waitForCalls(fake, 1));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !notifier.isPending(); }, 5000));
    const uint first = fake.calls[0].returned;
    ASSERT_NE(first, 0u);

    notifier.notifyNewMail({mail(4, QStringLiteral("Carol"), {}, QStringLiteral("Three")),
                            mail(3, QString(), QStringLiteral("bob@example.com"), QStringLiteral("Two")),
                            mail(2, QStringLiteral("Alice"), {}, QStringLiteral("One"))});
    ASSERT_TRUE(waitForCalls(fake, 2));
    ASSERT_EQ(fake.calls.size(), 2) << "one notification for the batch";
    const FakeNotifications::Call &c = fake.calls[1];
    EXPECT_EQ(c.summary, QStringLiteral("3 new messages"));
    EXPECT_EQ(c.body, QStringLiteral("Carol: Three\nbob@example.com: Two\nAlice: One"));
    EXPECT_EQ(c.replacesId, first) << "replaced, not stacked";

    // More than three: the newest three and how many more.
    QList<NewMail> five;
    for (int i = 5; i >= 1; --i)
        five.append(mail(10 + i, QStringLiteral("Sender %1").arg(i), {}, QStringLiteral("Subject %1").arg(i)));
    notifier.notifyNewMail(five);
    ASSERT_TRUE(waitForCalls(fake, 3));
    EXPECT_EQ(fake.calls[2].summary, QStringLiteral("5 new messages"));
    EXPECT_EQ(fake.calls[2].body,
              QStringLiteral("Sender 5: Subject 5\nSender 4: Subject 4\nSender 3: Subject 3\nand 2 more"));
    EXPECT_EQ(fake.calls[2].replacesId, first);

    // A click asks for the newest message of the batch on screen.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !notifier.isPending(); }, 5000));
    QSignalSpy activated(&notifier, &DesktopNotifier::activated);
    fake.click(first + 100); // another program's notification
    fake.click(first);
    ASSERT_TRUE(activated.wait(5000));
    QTest::qWait(100);
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.first().first().toLongLong(), 15);
}

TEST_F(NotifierTest, BatchesThatComeTogetherDoNotStack)
{
    FakeNotifications fake;
    ASSERT_TRUE(fake.start());
    DesktopNotifier notifier;
    // The second batch comes before the server said which id the first one got.
    notifier.notifyNewMail({mail(1, QStringLiteral("Alice"), {}, QStringLiteral("First"))});
    notifier.notifyNewMail({mail(2, QStringLiteral("Bob"), {}, QStringLiteral("Second"))});
    notifier.notifyNewMail({mail(3, QStringLiteral("Carol"), {}, QStringLiteral("Third"))});
    ASSERT_TRUE(waitForCalls(fake, 2));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !notifier.isPending(); }, 5000));
    ASSERT_EQ(fake.calls.size(), 2);
    EXPECT_EQ(fake.calls[1].replacesId, fake.calls[0].returned);
    EXPECT_EQ(fake.calls[1].summary, QStringLiteral("2 new messages"));
    EXPECT_EQ(fake.calls[1].body, QStringLiteral("Carol: Third\nBob: Second"));
}

TEST_F(NotifierTest, MarkupInSubjectsAndSendersIsEscaped)
{
    FakeNotifications fake;
    ASSERT_TRUE(fake.start());
    DesktopNotifier notifier;
    notifier.notifyNewMail(
        {mail(1, QStringLiteral("Tom & Jerry"), {}, QStringLiteral("<b>50% off</b> & <a href=\"http://x\">more</a>"))});
    ASSERT_TRUE(waitForCalls(fake, 1));
    EXPECT_EQ(fake.calls[0].summary, QStringLiteral("Tom & Jerry")) << "the summary is plain text";
    EXPECT_EQ(fake.calls[0].body,
              QStringLiteral("&lt;b&gt;50% off&lt;/b&gt; &amp; &lt;a href=\"http://x\"&gt;more&lt;/a&gt;"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !notifier.isPending(); }, 5000));

    notifier.notifyNewMail({mail(3, QStringLiteral("<script>"), {}, QStringLiteral("a<b")),
                            mail(2, QStringLiteral("R&D"), {}, QStringLiteral("x>y"))});
    ASSERT_TRUE(waitForCalls(fake, 2));
    EXPECT_EQ(fake.calls[1].body, QStringLiteral("&lt;script&gt;: a&lt;b\nR&amp;D: x&gt;y"));
}

TEST_F(NotifierTest, TurnedOffSendsNothing)
{
    FakeNotifications fake;
    ASSERT_TRUE(fake.start());
    QTemporaryDir dir;
    NotificationSettings settings(dir.filePath(QStringLiteral("email-manager.conf")));
    DesktopNotifier notifier;
    notifier.setEnabled(settings.newMailNotifications());
    QObject::connect(&settings, &NotificationSettings::newMailNotificationsChanged, &notifier,
                     &DesktopNotifier::setEnabled);
    EXPECT_TRUE(notifier.isEnabled());
    ASSERT_TRUE(settings.setNewMailNotifications(false).ok());
    EXPECT_FALSE(notifier.isEnabled());
    notifier.notifyNewMail({mail(1, QStringLiteral("Alice"), {}, QStringLiteral("Not shown"))});
    EXPECT_FALSE(notifier.isPending());
    // Calls from one connection arrive in order: when the next one is in, the first one
    // would have been too.
    ASSERT_TRUE(settings.setNewMailNotifications(true).ok());
    notifier.notifyNewMail({mail(2, QStringLiteral("Bob"), {}, QStringLiteral("Shown"))});
    ASSERT_TRUE(waitForCalls(fake, 1));
    QTest::qWait(100);
    ASSERT_EQ(fake.calls.size(), 1);
    EXPECT_EQ(fake.calls[0].body, QStringLiteral("Shown"));
}

TEST_F(NotifierTest, WithoutAServiceItSaysSoOnceAndShowsNothing)
{
    DesktopNotifier notifier;
    QSignalSpy unavailable(&notifier, &DesktopNotifier::unavailable);
    notifier.notifyNewMail({mail(1, QStringLiteral("Alice"), {}, QStringLiteral("Hello"))});
    ASSERT_TRUE(unavailable.wait(15000));
    EXPECT_FALSE(unavailable.first().first().toString().isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !notifier.isPending(); }, 5000));
    notifier.notifyNewMail({mail(2, QStringLiteral("Bob"), {}, QStringLiteral("Again"))});
    ASSERT_TRUE(QTest::qWaitFor([&] { return !notifier.isPending(); }, 15000));
    EXPECT_EQ(unavailable.size(), 1) << "said once";
    EXPECT_EQ(notifier.notificationId(), 0u);

    // A server that starts later is used.
    FakeNotifications fake;
    ASSERT_TRUE(fake.start());
    notifier.notifyNewMail({mail(3, QStringLiteral("Carol"), {}, QStringLiteral("Now"))});
    ASSERT_TRUE(waitForCalls(fake, 1));
    EXPECT_EQ(fake.calls[0].replacesId, 0u);
    EXPECT_EQ(unavailable.size(), 1);
}

// --- The tray ---

TEST(UnreadTrayTest, TheBadgeShowsTheCount)
{
    const QIcon icon = UnreadTray::fallbackIcon();
    const QImage plain = UnreadTray::renderBadge(icon, 0, 64);
    const QImage seven = UnreadTray::renderBadge(icon, 7, 64);
    const QImage many = UnreadTray::renderBadge(icon, 150, 64);
    ASSERT_EQ(plain.size(), QSize(64, 64));
    EXPECT_EQ(plain, UnreadTray::renderBadge(icon, -3, 64)) << "no badge without unread mail";
    EXPECT_NE(seven, plain);
    EXPECT_NE(many, plain);
    EXPECT_NE(many, seven);
    EXPECT_EQ(UnreadTray::badgeText(7), QStringLiteral("7"));
    EXPECT_EQ(UnreadTray::badgeText(99), QStringLiteral("99"));
    EXPECT_EQ(UnreadTray::badgeText(100), QStringLiteral("99+"));
    EXPECT_EQ(UnreadTray::badgeText(150), QStringLiteral("99+"));
    // The badge is red in the top corner, over a transparent corner of the plain icon.
    const QColor corner = seven.pixelColor(60, 12);
    EXPECT_GT(corner.red(), 150);
    EXPECT_LT(corner.green(), 100);
    EXPECT_EQ(plain.pixelColor(60, 2).alpha(), 0);
    // Every size a tray asks for, the tiny ones too.
    for (int size : {1, 8, 16, 22, 24, 32, 48}) {
        const QImage small = UnreadTray::renderBadge(icon, 1234, size);
        EXPECT_EQ(small.size(), QSize(size, size));
    }
    EXPECT_TRUE(UnreadTray::renderBadge(icon, 5, 0).isNull());
    EXPECT_NE(UnreadTray::renderBadge(QIcon(), 3, 32), UnreadTray::renderBadge(QIcon(), 0, 32));
    EXPECT_TRUE(seven.save(screenshotPath(QStringLiteral("tray-badge-7"))));
    EXPECT_TRUE(many.save(screenshotPath(QStringLiteral("tray-badge-150"))));
    EXPECT_TRUE(UnreadTray::renderBadge(icon, 150, 22).save(screenshotPath(QStringLiteral("tray-badge-150-22px"))));
}

TEST(UnreadTrayTest, TooltipMenuAndClicks)
{
    UnreadTray tray(UnreadTray::fallbackIcon());
    EXPECT_FALSE(tray.isVisible()) << "hidden until turned on";
    EXPECT_EQ(tray.trayIcon()->toolTip(), QStringLiteral("Email Manager — no unread mail"));
    tray.setUnreadCount(1);
    EXPECT_EQ(tray.trayIcon()->toolTip(), QStringLiteral("Email Manager — 1 unread"));
    tray.setUnreadCount(250);
    EXPECT_EQ(tray.unreadCount(), 250);
    EXPECT_EQ(tray.trayIcon()->toolTip(), QStringLiteral("Email Manager — 250 unread"));
    EXPECT_FALSE(tray.trayIcon()->icon().isNull());

    tray.setEnabled(true);
    EXPECT_TRUE(tray.isEnabled());
    // The offscreen platform has no tray: the icon stays hidden and the tray says why.
    EXPECT_EQ(tray.isVisible(), UnreadTray::isAvailable());
    tray.setEnabled(false);
    EXPECT_FALSE(tray.isVisible());

    QSignalSpy show(&tray, &UnreadTray::showWindowRequested);
    QSignalSpy getMail(&tray, &UnreadTray::getMailRequested);
    QSignalSpy quit(&tray, &UnreadTray::quitRequested);
    Q_EMIT tray.trayIcon()->activated(QSystemTrayIcon::Trigger);
    Q_EMIT tray.trayIcon()->activated(QSystemTrayIcon::Context);
    EXPECT_EQ(show.size(), 1) << "a click shows the window; the context menu does not";
    QStringList texts;
    for (QAction *a : tray.menu()->actions())
        if (!a->isSeparator())
            texts.append(a->text().remove(u'&'));
    EXPECT_EQ(texts,
              (QStringList{QStringLiteral("Show Email Manager"), QStringLiteral("Get mail"), QStringLiteral("Quit")}));
    tray.showAction()->trigger();
    tray.getMailAction()->trigger();
    tray.quitAction()->trigger();
    EXPECT_EQ(show.size(), 2);
    EXPECT_EQ(getMail.size(), 1);
    EXPECT_EQ(quit.size(), 1);
}

// --- The preferences ---

class NotificationSettingsTest : public ::testing::Test
{
protected:
    QString file() const { return m_dir.filePath(QStringLiteral("email-manager.conf")); }
    QTemporaryDir m_dir;
};

TEST_F(NotificationSettingsTest, OnByDefaultKeptAndAnnounced)
{
    {
        NotificationSettings s(file());
        EXPECT_TRUE(s.newMailNotifications());
        EXPECT_TRUE(s.trayIcon());
        QSignalSpy newMail(&s, &NotificationSettings::newMailNotificationsChanged);
        QSignalSpy tray(&s, &NotificationSettings::trayIconChanged);
        EXPECT_TRUE(s.setNewMailNotifications(false).ok());
        EXPECT_TRUE(s.setNewMailNotifications(false).ok());
        EXPECT_TRUE(s.setTrayIcon(false).ok());
        EXPECT_EQ(newMail.size(), 1) << "the same value again is no change";
        EXPECT_FALSE(newMail.first().first().toBool());
        EXPECT_EQ(tray.size(), 1);
    }
    const QFile::Permissions mode = QFileInfo(file()).permissions();
    EXPECT_TRUE(mode.testFlags(QFile::ReadOwner | QFile::WriteOwner));
    EXPECT_FALSE(mode & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther))
        << "the user's only, like the sync settings in the same file";
    NotificationSettings again(file());
    EXPECT_FALSE(again.newMailNotifications());
    EXPECT_FALSE(again.trayIcon());
    {
        // The same file as the sync settings, under its own group.
        const QSettings raw(file(), QSettings::IniFormat);
        EXPECT_EQ(raw.value(QStringLiteral("notify/newMail")).toString(), QStringLiteral("false"));
        EXPECT_EQ(raw.value(QStringLiteral("notify/tray")).toString(), QStringLiteral("false"));
    }
    {
        QSettings raw(file(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("notify/newMail"), QStringLiteral("sometimes"));
        raw.setValue(QStringLiteral("notify/tray"), 0);
    }
    EXPECT_TRUE(again.newMailNotifications()) << "nonsense falls back to the default";
    EXPECT_FALSE(again.trayIcon());
}

TEST_F(NotificationSettingsTest, TheDialogAppliesAtOnce)
{
    NotificationSettings s(file());
    NotificationSettingsDialog d(&s);
    d.show();
    EXPECT_TRUE(d.newMailCheck()->isChecked());
    EXPECT_TRUE(d.trayCheck()->isChecked());
    EXPECT_EQ(d.newMailCheck()->text().remove(u'&'), QStringLiteral("Show a desktop notification for new mail"));
    EXPECT_EQ(d.trayCheck()->text().remove(u'&'), QStringLiteral("Show the unread count in the system tray"));
    EXPECT_EQ(d.trayHint()->isVisibleTo(&d), !UnreadTray::isAvailable());
    d.newMailCheck()->click();
    EXPECT_FALSE(s.newMailNotifications());
    EXPECT_FALSE(NotificationSettings(file()).newMailNotifications()) << "saved, not only applied";
    d.trayCheck()->click();
    EXPECT_FALSE(s.trayIcon());
    EXPECT_FALSE(d.banner()->isVisibleTo(&d));
    d.newMailCheck()->click();
    QTest::qWait(50);
    EXPECT_TRUE(d.grab().toImage().save(screenshotPath(QStringLiteral("notificationsettings-en"))));
}

TEST_F(NotificationSettingsTest, AFileThatCannotBeWrittenIsSaidButTheValueApplies)
{
    NotificationSettings s(QStringLiteral("/proc/email-manager-test/email-manager.conf"));
    NotificationSettingsDialog d(&s);
    d.show();
    d.trayCheck()->click();
    EXPECT_FALSE(s.trayIcon());
    EXPECT_TRUE(d.banner()->isVisibleTo(&d));
    EXPECT_TRUE(d.banner()->text().contains(QLatin1String("could not be saved"))) << d.banner()->text();
}

// --- What is new mail ---

class NewMailWatcherTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = em::store::MailStore::open(m_dir.filePath(QStringLiteral("mail.sqlite")));
        ASSERT_TRUE(opened.ok()) << opened.error();
        store = std::move(opened).value();
        account = store->ensureAccount(QStringLiteral("gmail"), QStringLiteral("me@example.com"), {}).value();
        inbox = folder(account, QStringLiteral("INBOX"), em::store::FolderKind::Inbox);
        archive = folder(account, QStringLiteral("ARCHIVE"), em::store::FolderKind::Archive);
        starred = folder(account, QStringLiteral("STARRED"), em::store::FolderKind::Starred);
    }

    qint64 folder(qint64 acc, const QString &name, em::store::FolderKind kind)
    {
        return store->ensureFolder(acc, name, name, name, kind).value().id;
    }

    // A message dated `ageMinutes` ago; its text and snippet must never reach a notification.
    qint64 add(qint64 acc, const QString &remoteId, qint64 ageMinutes, quint32 flags, const QList<qint64> &folders)
    {
        em::store::MessageRecord r;
        r.remoteId = remoteId;
        r.messageId = remoteId + QStringLiteral("@example.com");
        r.subject = QStringLiteral("Subject ") + remoteId;
        r.fromName = QStringLiteral("Sender ") + remoteId;
        r.fromAddress = remoteId + QStringLiteral("@example.org");
        r.dateMs = QDateTime::currentMSecsSinceEpoch() - ageMinutes * 60 * 1000;
        r.flags = flags;
        r.snippet = QStringLiteral("SECRET-SNIPPET ") + remoteId;
        r.bodyText = QStringLiteral("SECRET-BODY ") + remoteId;
        auto outcome = store->insertMessages(acc, {{r, folders}});
        EXPECT_TRUE(outcome.ok()) << (outcome ? QString() : outcome.error());
        return outcome ? outcome.value().ids.first() : 0;
    }

    static QList<qint64> idsOf(const QList<NewMail> &mails)
    {
        QList<qint64> out;
        for (const NewMail &m : mails)
            out.append(m.messageId);
        return out;
    }

    static QList<NewMail> reported(const QSignalSpy &spy, int at) { return spy.at(at).first().value<QList<NewMail>>(); }

    QTemporaryDir m_dir;
    std::unique_ptr<em::store::MailStore> store;
    qint64 account = 0, inbox = 0, archive = 0, starred = 0;
};

TEST_F(NewMailWatcherTest, OnlyUnreadRecentInboxMailIsNew)
{
    using em::store::MessageFlag;
    NewMailWatcher watcher(store->path());
    QSignalSpy spy(&watcher, &NewMailWatcher::newMail);
    const qint64 a = add(account, QStringLiteral("a"), 60, 0, {inbox});
    const qint64 read = add(account, QStringLiteral("read"), 30, MessageFlag::Read, {inbox});
    const qint64 old = add(account, QStringLiteral("old"), 3 * 24 * 60, 0, {inbox});
    const qint64 archived = add(account, QStringLiteral("archived"), 5, 0, {archive});
    const qint64 e = add(account, QStringLiteral("e"), 10, MessageFlag::Starred, {inbox, starred});
    const qint64 draft = add(account, QStringLiteral("draft"), 2, MessageFlag::Draft, {inbox});
    const qint64 deleted = add(account, QStringLiteral("deleted"), 2, MessageFlag::Deleted, {inbox});
    const QList<qint64> all{a, read, old, archived, e, draft, deleted};

    watcher.messagesAdded(account, all, /*initialSync=*/true);
    EXPECT_EQ(spy.size(), 0) << "nothing while the first full sync fills the store";

    watcher.messagesAdded(account, all, false);
    ASSERT_EQ(spy.size(), 1);
    const QList<NewMail> mails = reported(spy, 0);
    EXPECT_EQ(idsOf(mails), (QList<qint64>{e, a})) << "newest first";
    ASSERT_EQ(mails.size(), 2);
    EXPECT_EQ(mails[0].fromName, QStringLiteral("Sender e"));
    EXPECT_EQ(mails[0].fromAddress, QStringLiteral("e@example.org"));
    EXPECT_EQ(mails[0].subject, QStringLiteral("Subject e"));
    EXPECT_EQ(mails[0].account, QStringLiteral("me@example.com"));

    // Ids of another account, or that are not messages, are nothing.
    watcher.messagesAdded(account + 1, all, false);
    watcher.messagesAdded(account, {987654}, false);
    watcher.messagesAdded(account, {read, old, archived}, false);
    EXPECT_EQ(spy.size(), 1);

    const em::Result<int> unread = watcher.unreadInboxCount();
    ASSERT_TRUE(unread.ok()) << unread.error();
    EXPECT_EQ(unread.value(), 3) << "a, old and e: read, archived, draft and deleted messages do not count";
    QSignalSpy count(&watcher, &NewMailWatcher::unreadInboxCountChanged);
    watcher.refreshUnreadCount();
    ASSERT_TRUE(count.wait(5000));
    EXPECT_EQ(count.last().first().toInt(), 3);
    EXPECT_EQ(watcher.lastUnreadInboxCount(), 3);
}

TEST_F(NewMailWatcherTest, AfterASyncRunOnlyWhatTheRunStoredIsNew)
{
    add(account, QStringLiteral("before"), 5, 0, {inbox}); // in the store when the app starts
    const qint64 fresh = store->ensureAccount(QStringLiteral("graph"), QStringLiteral("new@example.com"), {}).value();
    const qint64 freshInbox = folder(fresh, QStringLiteral("inbox-id"), em::store::FolderKind::Inbox);

    NewMailWatcher watcher(store->path());
    QSignalSpy spy(&watcher, &NewMailWatcher::newMail);
    em::sync::SyncReport report;
    report.accountId = account;
    watcher.syncFinished(report);
    EXPECT_EQ(spy.size(), 0) << "what was there before is not new";

    const qint64 one = add(account, QStringLiteral("one"), 1, 0, {inbox});
    add(account, QStringLiteral("seen"), 1, em::store::MessageFlag::Read, {inbox});
    // The new account's first sync stores a day of unread mail: no flood.
    add(fresh, QStringLiteral("f1"), 30, 0, {freshInbox});
    add(fresh, QStringLiteral("f2"), 20, 0, {freshInbox});
    em::sync::SyncReport first;
    first.accountId = fresh;
    watcher.syncFinished(first);
    EXPECT_EQ(spy.size(), 0);

    watcher.syncFinished(report);
    ASSERT_EQ(spy.size(), 1);
    EXPECT_EQ(idsOf(reported(spy, 0)), (QList<qint64>{one}));
    watcher.syncFinished(report);
    EXPECT_EQ(spy.size(), 1) << "reported once";

    // A full sync again (the provider's history expired) lists old mail anew: not new.
    add(account, QStringLiteral("relisted"), 2, 0, {inbox});
    em::sync::SyncReport full = report;
    full.fullSync = true;
    watcher.syncFinished(full);
    EXPECT_EQ(spy.size(), 1);

    // The new account's next run brings new mail.
    const qint64 f3 = add(fresh, QStringLiteral("f3"), 0, 0, {freshInbox});
    watcher.syncFinished(first);
    ASSERT_EQ(spy.size(), 2);
    EXPECT_EQ(idsOf(reported(spy, 1)), (QList<qint64>{f3}));
    EXPECT_EQ(reported(spy, 1).first().account, QStringLiteral("new@example.com"));
}

TEST_F(NewMailWatcherTest, FromTheStoreToTheDesktopWithoutTheBody)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    ASSERT_TRUE(bus.isConnected()) << "no session bus: run through scripts/with-keyring.sh";
    if (bus.interface()->isServiceRegistered(kService))
        GTEST_SKIP() << "a notification server owns the name on this bus: run through scripts/with-keyring.sh";
    FakeNotifications fake;
    ASSERT_TRUE(fake.start());
    NewMailWatcher watcher(store->path());
    DesktopNotifier notifier;
    QObject::connect(&watcher, &NewMailWatcher::newMail, &notifier, &DesktopNotifier::notifyNewMail);
    QSignalSpy opened(&notifier, &DesktopNotifier::activated);

    const qint64 only = add(account, QStringLiteral("x"), 1, 0, {inbox});
    watcher.messagesAdded(account, {only});
    ASSERT_TRUE(waitForCalls(fake, 1));
    EXPECT_EQ(fake.calls[0].summary, QStringLiteral("Sender x"));
    EXPECT_EQ(fake.calls[0].body, QStringLiteral("Subject x"));

    const qint64 y = add(account, QStringLiteral("y"), 3, 0, {inbox});
    const qint64 z = add(account, QStringLiteral("z"), 2, 0, {inbox});
    watcher.messagesAdded(account, {y, z});
    ASSERT_TRUE(waitForCalls(fake, 2));
    EXPECT_EQ(fake.calls[1].body, QStringLiteral("Sender z: Subject z\nSender y: Subject y"));
    for (const FakeNotifications::Call &c : std::as_const(fake.calls)) {
        EXPECT_FALSE(c.summary.contains(QLatin1String("SECRET"))) << c.summary;
        EXPECT_FALSE(c.body.contains(QLatin1String("SECRET"))) << c.body;
        for (const QVariant &hint : c.hints)
            EXPECT_FALSE(hint.toString().contains(QLatin1String("SECRET")));
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return !notifier.isPending(); }, 5000));
    fake.click(notifier.notificationId());
    ASSERT_TRUE(opened.wait(5000));
    EXPECT_EQ(opened.first().first().toLongLong(), z);
}

} // namespace

#include "notifications_test.moc"
