// The main window over a real store: the folder pane, the message list (windowed rows,
// conversations, sorting, a new list keeping the selection), the reader, the actions and
// their shortcuts, search, drag and drop onto a folder, and screenshots in English and
// Hebrew. Every model runs under QAbstractItemModelTester.
#include "attachmentactions.h"
#include "foldermodel.h"
#include "ingest/recordbuilder.h"
#include "mailboxcontroller.h"
#include "mainwindow.h"
#include "messagelistmodel.h"
#include "messagelistview.h"
#include "messageview.h"
#include "readercontroller.h"
#include "safetextbrowser.h"
#include "store/mailstore.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFrame>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace em;

namespace {

// A string from a literal or a QString (the project builds with QT_NO_CAST_FROM_ASCII).
struct Text
{
    Text(const char *t) : s(QString::fromUtf8(t)) {}
    Text(const QString &t) : s(t) {}
    QString s;
};

QByteArray rawMessage(const Text &messageIdText, const Text &subjectText, const Text &fromText, qint64 dateMs,
                      const Text &bodyText, const QList<Text> &refList = {}, const QString &html = {})
{
    const QString &messageId = messageIdText.s, &subject = subjectText.s, &from = fromText.s, &body = bodyText.s;
    QStringList refs;
    for (const Text &r : refList)
        refs.append(r.s);
    QString out;
    out += QStringLiteral("Message-ID: <%1>\r\n").arg(messageId);
    if (!refs.isEmpty()) {
        out += QStringLiteral("In-Reply-To: <%1>\r\n").arg(refs.last());
        out += QStringLiteral("References: <%1>\r\n").arg(refs.join(QStringLiteral("> <")));
    }
    out += QStringLiteral("From: %1\r\nTo: Ann <ann@example.com>\r\nSubject: %2\r\n").arg(from, subject);
    out += QStringLiteral("Date: %1\r\nMIME-Version: 1.0\r\n")
               .arg(QDateTime::fromMSecsSinceEpoch(dateMs, Qt::UTC).toString(Qt::RFC2822Date));
    if (html.isEmpty())
        out += QStringLiteral("Content-Type: text/plain; charset=utf-8\r\n\r\n") + body + QStringLiteral("\r\n");
    else
        out += QStringLiteral("Content-Type: text/html; charset=utf-8\r\n\r\n") + html + QStringLiteral("\r\n");
    return out.toUtf8();
}

class MailboxTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto opened = store::MailStore::open(dir.filePath(QStringLiteral("mail.sqlite")));
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
        mail = std::move(opened).value();
        gmail = mail->ensureAccount(QStringLiteral("google"), QStringLiteral("ann@example.com"), {}).value();
        inbox = folder(gmail, "INBOX", "INBOX", store::FolderKind::Inbox);
        sent = folder(gmail, "SENT", "SENT", store::FolderKind::Sent);
        trash = folder(gmail, "TRASH", "TRASH", store::FolderKind::Trash);
        work = folder(gmail, "Label_1", "Work", store::FolderKind::User);
        local = mail->ensureAccount(QStringLiteral("local"), QStringLiteral("Local Folders"), {}).value();
        archived = folder(local, "old", "Old mail", store::FolderKind::User);
        // Five messages in the Inbox: a conversation of three (one reply read, one sent),
        // two on their own; one in a label; two imported.
        const qint64 day = 86400000, base = QDateTime::currentMSecsSinceEpoch() - 10 * day;
        add(gmail, "g1", rawMessage("plan@x", "Plan", "Bob <bob@example.net>", base, "First idea"), {inbox}, 0);
        add(gmail, "g2",
            rawMessage("re1@x", "Re: Plan", "Carol <carol@example.net>", base + day, "> First idea\nSecond",
                       {"plan@x"}),
            {inbox}, store::Read);
        add(gmail, "g3",
            rawMessage("re2@x", "Re: Plan", "Ann <ann@example.com>", base + 2 * day, "Third", {"plan@x", "re1@x"}),
            {sent}, store::Read);
        add(gmail, "g4", rawMessage("lunch@x", "Lunch?", "Dave <dave@example.net>", base + 3 * day, "Noon?"), {inbox},
            0);
        add(gmail, "g5",
            rawMessage("news@x", "Newsletter", "News <news@example.org>", base + 4 * day, "", {},
                       QStringLiteral("<p>Hello</p><img src=\"http://127.0.0.1:%1/pixel.png\">").arg(port())),
            {inbox, work}, store::Read);
        add(local, "", rawMessage("old1@x", "Old times", "Eve <eve@example.org>", base - 300 * day, "Remember?"),
            {archived}, store::Read);
        add(local, "", rawMessage("old2@x", "Older times", "Eve <eve@example.org>", base - 400 * day, "Long ago"),
            {archived}, 0);

        window = std::make_unique<ui::MainWindow>();
        window->resize(1200, 760);
        controller = std::make_unique<ui::MailboxController>(window.get(), mail.get(), nullptr);
        controller->setMarkReadDelay(-1);
        folderTester = std::make_unique<QAbstractItemModelTester>(
            controller->folders(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        listTester = std::make_unique<QAbstractItemModelTester>(controller->messages(),
                                                                QAbstractItemModelTester::FailureReportingMode::Fatal);
        window->show();
        waitForList();
    }

    quint16 port()
    {
        if (!server.isListening()) {
            server.listen(QHostAddress::LocalHost, 0);
            QObject::connect(&server, &QTcpServer::newConnection, [this] {
                while (QTcpSocket *s = server.nextPendingConnection()) {
                    ++requests;
                    s->close();
                }
            });
        }
        return server.serverPort();
    }

    qint64 folder(qint64 account, const char *remote, const char *name, store::FolderKind kind)
    {
        return mail->ensureFolder(account, QLatin1String(remote), QLatin1String(name), QLatin1String(name), kind)
            .value()
            .id;
    }

    qint64 add(qint64 account, const char *remote, const QByteArray &raw, QList<qint64> folders, quint32 flags)
    {
        ingest::RawMessage m;
        m.raw = raw;
        m.folderIds = folders;
        m.flags = flags;
        m.remoteId = QLatin1String(remote);
        const auto r = mail->insertMessages(account, {{ingest::buildRecord(m), folders}});
        EXPECT_TRUE(r.ok());
        return r ? r.value().ids.value(0) : 0;
    }

    void waitForList()
    {
        // A list is loading (or about to, after a store change): wait until it is shown.
        QSignalSpy shown(controller.get(), &ui::MailboxController::listShown);
        QTest::qWait(400); // past the 300 ms that gathers a burst of store changes
        if (controller->pendingLoad() != 0) {
            ASSERT_TRUE(shown.wait(5000));
        }
    }

    ui::MessageListView *list() { return window->messageList(); }
    ui::MessageListModel *model() { return controller->messages(); }
    QStringList subjects()
    {
        QStringList out;
        for (int r = 0; r < model()->rowCount(); ++r)
            out.append(model()->index(r, ui::MessageListModel::SubjectColumn).data().toString());
        return out;
    }
    void chooseFolder(qint64 id)
    {
        window->folderView()->setCurrentIndex(controller->folders()->indexOfFolder(id));
        waitForList();
    }
    void selectRow(int row)
    {
        list()->setCurrentIndex(model()->index(row, 0));
        list()->selectionModel()->select(model()->index(row, 0),
                                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    quint32 flagsOf(const char *remote)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        quint32 flags = 0xffffffff;
        {
            db.setDatabaseName(mail->path());
            db.open();
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT flags FROM messages WHERE remote_id = ?"));
            q.addBindValue(QLatin1String(remote));
            if (q.exec() && q.next())
                flags = quint32(q.value(0).toLongLong());
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        return flags;
    }

    QTemporaryDir dir;
    QTcpServer server;
    int requests = 0;
    std::unique_ptr<store::MailStore> mail;
    qint64 gmail = 0, local = 0, inbox = 0, sent = 0, trash = 0, work = 0, archived = 0;
    std::unique_ptr<ui::MainWindow> window;
    std::unique_ptr<ui::MailboxController> controller;
    std::unique_ptr<QAbstractItemModelTester> folderTester, listTester;
};

TEST_F(MailboxTest, TheFolderPaneShowsTheUnifiedInboxAccountsAndLocalFoldersWithUnreadCounts)
{
    ui::FolderModel *f = controller->folders();
    ASSERT_EQ(f->rowCount(), 3); // Unified Inbox, the Gmail account, Local Folders
    EXPECT_EQ(f->index(0, 0).data().toString(), QStringLiteral("Unified Inbox"));
    EXPECT_EQ(f->index(1, 0).data().toString(), QStringLiteral("ann@example.com"));
    EXPECT_EQ(f->index(2, 0).data().toString(), QStringLiteral("Local Folders"));
    // Standard folders first, in the user's language; user labels after them.
    const QModelIndex account = f->index(1, 0);
    QStringList names;
    for (int r = 0; r < f->rowCount(account); ++r)
        names.append(f->index(r, 0, account).data().toString());
    EXPECT_EQ(names, (QStringList{QStringLiteral("Inbox"), QStringLiteral("Sent"), QStringLiteral("Trash"),
                                  QStringLiteral("Work")}));
    EXPECT_EQ(f->indexOfFolder(inbox).siblingAtColumn(1).data().toString(), QStringLiteral("2"));
    EXPECT_EQ(f->unifiedInbox().siblingAtColumn(1).data().toString(), QStringLiteral("2"));
    EXPECT_TRUE(f->indexOfFolder(inbox).data(Qt::FontRole).value<QFont>().bold());
    EXPECT_FALSE(f->indexOfFolder(sent).data(Qt::FontRole).value<QFont>().bold());
    // The Unified Inbox is shown at start.
    EXPECT_EQ(window->folderView()->currentIndex(), f->unifiedInbox());
}

TEST_F(MailboxTest, AFolderListsNewestFirstWithConversationsGrouped)
{
    chooseFolder(inbox);
    // Newsletter, Lunch, and the Plan conversation under its newest message here (Carol's).
    EXPECT_EQ(subjects(),
              (QStringList{QStringLiteral("Newsletter"), QStringLiteral("Lunch?"), QStringLiteral("Re: Plan")}));
    const QModelIndex plan = model()->index(2, 0);
    EXPECT_EQ(model()->rowCount(plan), 2);
    EXPECT_EQ(plan.siblingAtColumn(ui::MessageListModel::CorrespondentColumn).data().toString(),
              QStringLiteral("Carol (2)"));
    EXPECT_TRUE(plan.data(Qt::FontRole).value<QFont>().bold()) << "Bob's first message is unread";
    EXPECT_FALSE(model()->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    // Flat when grouping is off: four messages.
    window->conversationsAction()->setChecked(false);
    waitForList();
    EXPECT_EQ(model()->rowCount(), 4);
    EXPECT_FALSE(model()->hasChildren(model()->index(3, 0)));
    // Sorted by subject from the header.
    list()->sortByColumn(ui::MessageListModel::SubjectColumn, Qt::AscendingOrder);
    waitForList();
    EXPECT_EQ(subjects().first(), QStringLiteral("Lunch?"));
    // Sent shows whom mail went to.
    chooseFolder(sent);
    EXPECT_EQ(model()->headerData(ui::MessageListModel::CorrespondentColumn, Qt::Horizontal).toString(),
              QStringLiteral("To"));
}

TEST_F(MailboxTest, ANewListKeepsTheSelectionAndTheReaderOnTheSameMessage)
{
    chooseFolder(inbox);
    selectRow(1); // Lunch?
    ASSERT_EQ(controller->reader()->shownMessage(), model()->messageIdAt(model()->index(1, 0)));
    const qint64 lunch = controller->reader()->shownMessage();
    // Sync brings new mail to the top of the folder.
    for (int i = 0; i < 3; ++i)
        add(gmail, QStringLiteral("new%1").arg(i).toLatin1().constData(),
            rawMessage(QStringLiteral("new%1@x").arg(i), QStringLiteral("New %1").arg(i),
                       QStringLiteral("Zed <zed@example.net>"), QDateTime::currentMSecsSinceEpoch() - i * 1000,
                       QStringLiteral("fresh")),
            {inbox}, 0);
    waitForList();
    EXPECT_EQ(model()->rowCount(), 6);
    const QModelIndexList selected = list()->selectionModel()->selectedRows(0);
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(model()->messageIdAt(selected.first()), lunch);
    EXPECT_EQ(selected.first().row(), 4);
    EXPECT_EQ(controller->reader()->shownMessage(), lunch);
}

TEST_F(MailboxTest, ScrolledDownTheRowsInViewStayPutWhenNewMailArrives)
{
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - 100LL * 86400000;
    for (int i = 0; i < 300; ++i)
        add(gmail, QStringLiteral("bulk%1").arg(i).toLatin1().constData(),
            rawMessage(QStringLiteral("bulk%1@x").arg(i), QStringLiteral("Bulk %1").arg(i),
                       QStringLiteral("Zed <zed@example.net>"), start + i * 60000, QStringLiteral("text")),
            {inbox}, store::Read);
    chooseFolder(inbox);
    ASSERT_GT(model()->rowCount(), 300);
    list()->scrollTo(model()->index(150, 0), QAbstractItemView::PositionAtTop);
    const qint64 top = model()->messageIdAt(list()->indexAt(QPoint(1, 1)));
    ASSERT_NE(top, 0);
    for (int i = 0; i < 5; ++i)
        add(gmail, QStringLiteral("late%1").arg(i).toLatin1().constData(),
            rawMessage(QStringLiteral("late%1@x").arg(i), QStringLiteral("Late %1").arg(i),
                       QStringLiteral("Zed <zed@example.net>"), QDateTime::currentMSecsSinceEpoch() - i,
                       QStringLiteral("text")),
            {inbox}, 0);
    waitForList();
    EXPECT_EQ(model()->messageIdAt(list()->indexAt(QPoint(1, 1))), top) << "the same message at the top of the view";
    EXPECT_EQ(subjects().first(), QStringLiteral("Late 0"));
    // At the very top, new mail shows at the top.
    list()->scrollToTop();
    add(gmail, "later",
        rawMessage("later@x", "Later still", "Zed <zed@example.net>", QDateTime::currentMSecsSinceEpoch() + 60000, "x"),
        {inbox}, 0);
    waitForList();
    EXPECT_EQ(model()->index(0, ui::MessageListModel::SubjectColumn).data().toString(), QStringLiteral("Later still"));
    EXPECT_EQ(list()->indexAt(QPoint(1, 1)).row(), 0);
}

TEST_F(MailboxTest, TheReaderShowsTheConversationWithTheChosenMessageExpanded)
{
    chooseFolder(inbox);
    selectRow(2); // the Plan conversation's row: Carol's reply, newest in the Inbox
    ui::MessageView *reader = window->reader();
    // Bob's, Carol's, and Ann's own reply from Sent: the whole conversation, oldest first.
    ASSERT_EQ(reader->messageIds().size(), 3);
    const qint64 carol = model()->messageIdAt(model()->index(2, 0));
    EXPECT_TRUE(reader->isExpanded(carol));
    EXPECT_FALSE(reader->isExpanded(reader->messageIds().first()));
    ASSERT_TRUE(reader->browser(carol));
    EXPECT_TRUE(reader->browser(carol)->toPlainText().contains(QStringLiteral("Second")));
}

TEST_F(MailboxTest, RemoteContentMakesNoRequestUntilAllowed)
{
    chooseFolder(inbox);
    selectRow(0); // the newsletter with a remote image
    const qint64 news = controller->reader()->shownMessage();
    QTest::qWait(500);
    EXPECT_EQ(requests, 0);
    QFrame *bar = window->reader()->remoteContentBar(news);
    ASSERT_TRUE(bar);
    EXPECT_TRUE(bar->isVisible());
}

TEST_F(MailboxTest, ActionsAndTheirShortcutsChangeTheLocalCopyAndQueueForTheServer)
{
    chooseFolder(inbox);
    selectRow(1); // Lunch?, unread
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_M);
    EXPECT_TRUE(flagsOf("g4") & store::Read);
    QTest::keyClick(list(), Qt::Key_S);
    EXPECT_TRUE(flagsOf("g4") & store::Starred);
    waitForList();
    EXPECT_TRUE(model()->index(1, ui::MessageListModel::StarColumn).data().toString() == QStringLiteral("★"));
    selectRow(1);
    QTest::keyClick(list(), Qt::Key_Delete);
    waitForList();
    EXPECT_FALSE(subjects().contains(QStringLiteral("Lunch?")));
    chooseFolder(trash);
    EXPECT_EQ(subjects(), QStringList{QStringLiteral("Lunch?")});
    // Queued for Gmail, in order.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("actions"));
    QStringList kinds;
    {
        db.setDatabaseName(mail->path());
        ASSERT_TRUE(db.open());
        QSqlQuery q(QStringLiteral("SELECT kind FROM actions ORDER BY id"), db);
        while (q.next())
            kinds.append(q.value(0).toString());
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("actions"));
    EXPECT_EQ(kinds, (QStringList{QStringLiteral("mark_read"), QStringLiteral("star"), QStringLiteral("trash")}));
}

TEST_F(MailboxTest, ImportedMailIsChangedHereAndArchivedIntoAFolderOfItsOwn)
{
    chooseFolder(archived);
    EXPECT_EQ(subjects(), (QStringList{QStringLiteral("Old times"), QStringLiteral("Older times")}));
    selectRow(0);
    window->archiveAction()->trigger();
    waitForList();
    EXPECT_EQ(subjects(), QStringList{QStringLiteral("Older times")});
    controller->refreshFolders();
    // A local Archive folder appeared, holding it; nothing was queued for a server.
    const QModelIndex localAccount = controller->folders()->index(2, 0);
    QStringList names;
    for (int r = 0; r < controller->folders()->rowCount(localAccount); ++r)
        names.append(controller->folders()->index(r, 0, localAccount).data().toString());
    EXPECT_TRUE(names.contains(QStringLiteral("Archive"))) << names.join(u',').toStdString();
}

TEST_F(MailboxTest, MessagesDroppedOnAFolderMoveThere)
{
    chooseFolder(inbox);
    selectRow(1); // Lunch?
    std::unique_ptr<QMimeData> data(model()->mimeData({model()->index(1, 0)}));
    ASSERT_TRUE(data);
    const QModelIndex target = controller->folders()->indexOfFolder(work);
    ASSERT_TRUE(controller->folders()->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, target));
    EXPECT_FALSE(
        controller->folders()->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, controller->folders()->index(1, 0)))
        << "not onto an account";
    ASSERT_TRUE(controller->folders()->dropMimeData(data.get(), Qt::MoveAction, -1, -1, target));
    waitForList();
    EXPECT_FALSE(subjects().contains(QStringLiteral("Lunch?")));
    chooseFolder(work);
    EXPECT_TRUE(subjects().contains(QStringLiteral("Lunch?")));
}

TEST_F(MailboxTest, SearchListsResultsAsYouTypeAndClearingReturnsToTheFolder)
{
    chooseFolder(inbox);
    em::test::typeInto(window->searchField(), QStringLiteral("from:eve"));
    waitForList();
    EXPECT_EQ(subjects(), (QStringList{QStringLiteral("Old times"), QStringLiteral("Older times")}));
    em::test::typeInto(window->searchField(), QStringLiteral("subject:("));
    waitForList();
    EXPECT_EQ(model()->rowCount(), 0);
    window->searchField()->clear();
    waitForList();
    EXPECT_EQ(model()->rowCount(), 3);
}

TEST(AttachmentActions, FilesThatCouldRunProgramsAreNotOpenedDirectly)
{
    EXPECT_TRUE(ui::AttachmentActions::mayRunPrograms(QStringLiteral("invoice.desktop"), {}));
    EXPECT_TRUE(ui::AttachmentActions::mayRunPrograms(QStringLiteral("setup.EXE"), {}));
    EXPECT_TRUE(ui::AttachmentActions::mayRunPrograms(QStringLiteral("x"), QStringLiteral("application/x-sh")));
    EXPECT_FALSE(
        ui::AttachmentActions::mayRunPrograms(QStringLiteral("report.pdf"), QStringLiteral("application/pdf")));
}

TEST_F(MailboxTest, ScreenshotsInEnglishAndHebrew)
{
    chooseFolder(inbox);
    selectRow(2);
    list()->expand(model()->index(2, 0));
    QTest::qWait(200);
    EXPECT_TRUE(em::test::saveScreenshot(window.get(), QStringLiteral("mailbox-en")));
    {
        em::test::Hebrew hebrew;
        ASSERT_TRUE(hebrew.loaded());
        ui::MainWindow rtl;
        rtl.resize(1200, 760);
        ui::MailboxController c(&rtl, mail.get(), nullptr);
        c.setMarkReadDelay(-1);
        rtl.show();
        QSignalSpy shown(&c, &ui::MailboxController::listShown);
        if (c.pendingLoad() != 0) {
            ASSERT_TRUE(shown.wait(5000));
        }
        rtl.messageList()->setCurrentIndex(c.messages()->index(0, 0));
        rtl.messageList()->selectionModel()->select(c.messages()->index(0, 0),
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::qWait(200);
        EXPECT_EQ(rtl.layoutDirection(), Qt::RightToLeft);
        EXPECT_TRUE(em::test::saveScreenshot(&rtl, QStringLiteral("mailbox-he")));
    }
    {
        // Simplified Chinese, as the app loads it.
        QTranslator chinese;
        ASSERT_TRUE(
            chinese.load(QStringLiteral("email-manager_zh_CN"), em::test::binaryPath(QStringLiteral("app/gui"))));
        QApplication::installTranslator(&chinese);
        ui::MainWindow zh;
        zh.resize(1200, 760);
        ui::MailboxController c(&zh, mail.get(), nullptr);
        c.setMarkReadDelay(-1);
        zh.show();
        QSignalSpy shown(&c, &ui::MailboxController::listShown);
        if (c.pendingLoad() != 0) {
            ASSERT_TRUE(shown.wait(5000));
        }
        EXPECT_EQ(c.folders()->unifiedInbox().data().toString(), QString::fromUtf8("统一收件箱"));
        EXPECT_TRUE(em::test::saveScreenshot(&zh, QStringLiteral("mailbox-zh")));
        QApplication::removeTranslator(&chinese);
    }
}

} // namespace
