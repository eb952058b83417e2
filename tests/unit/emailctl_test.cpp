// emailctl as a user runs it: a real process, its exit codes and its output.
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

CliRun emailctl(const QStringList &args, const QString &home = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!home.isEmpty()) {
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    }
    p.setProcessEnvironment(env);
    p.start(em::test::binaryPath(QStringLiteral("bin/emailctl")), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QJsonObject object(const QByteArray &json)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(json, &e);
    EXPECT_EQ(e.error, QJsonParseError::NoError) << json.toStdString();
    return d.object();
}

} // namespace

TEST(Emailctl, HelpAndUsage)
{
    EXPECT_EQ(emailctl({QStringLiteral("--help")}).code, 0);
    for (const char *cmd : {"import", "search", "show-mime", "stats"}) {
        const CliRun r = emailctl({QLatin1String(cmd), QStringLiteral("--help")});
        EXPECT_EQ(r.code, 0) << cmd;
        EXPECT_TRUE(r.out.contains("--store")) << cmd;
        EXPECT_TRUE(r.out.contains(QByteArray("emailctl ").append(cmd))) << r.out.toStdString();
    }
    EXPECT_EQ(emailctl({}).code, 2);
    EXPECT_EQ(emailctl({QStringLiteral("frobnicate")}).code, 2);
    EXPECT_EQ(emailctl({QStringLiteral("search")}).code, 2);
    EXPECT_EQ(emailctl({QStringLiteral("search"), QStringLiteral("--bogus"), QStringLiteral("x")}).code, 2);
    EXPECT_EQ(
        emailctl({QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("0")}).code,
        2);
    EXPECT_EQ(emailctl({QStringLiteral("import")}).code, 2);
    EXPECT_EQ(emailctl({QStringLiteral("show-mime")}).code, 2);
}

TEST(Emailctl, ShowMimeJsonHasExactlyTheDocumentedKeys)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("m.eml"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("From: =?UTF-8?Q?Zo=C3=AB?= <zoe@example.com>\nTo: a@example.com\nReply-To: r@example.com\n"
            "Subject: Hi\nDate: Tue, 05 Mar 2024 14:07:00 +0100\nMessage-ID: <id@x>\n"
            "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nHello\n--b\n"
            "Content-Type: application/pdf\nContent-Disposition: attachment; filename=a.pdf\n\n%PDF\n--b--\n");
    f.close();
    const CliRun r = emailctl({QStringLiteral("show-mime"), file, QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = object(r.out);
    QStringList keys = o.keys();
    keys.sort();
    EXPECT_EQ(keys, (QStringList{QStringLiteral("attachments"), QStringLiteral("cc"), QStringLiteral("date"),
                                 QStringLiteral("from"), QStringLiteral("html"), QStringLiteral("in_reply_to"),
                                 QStringLiteral("message_id"), QStringLiteral("references"), QStringLiteral("reply_to"),
                                 QStringLiteral("subject"), QStringLiteral("text"), QStringLiteral("to")}));
    EXPECT_EQ(o.value(QStringLiteral("from")).toArray().at(0).toObject().value(QStringLiteral("name")).toString(),
              QString::fromUtf8("Zoë"));
    EXPECT_EQ(o.value(QStringLiteral("date")).toString(), QStringLiteral("2024-03-05T13:07:00Z"));
    EXPECT_EQ(o.value(QStringLiteral("message_id")).toString(), QStringLiteral("id@x"));
    EXPECT_TRUE(o.value(QStringLiteral("in_reply_to")).isNull());
    EXPECT_TRUE(o.value(QStringLiteral("html")).isNull());
    const QJsonObject attachment = o.value(QStringLiteral("attachments")).toArray().at(0).toObject();
    EXPECT_EQ(attachment.value(QStringLiteral("filename")).toString(), QStringLiteral("a.pdf"));
    EXPECT_EQ(attachment.value(QStringLiteral("size")).toInt(), 4); // "%PDF"
    EXPECT_TRUE(attachment.value(QStringLiteral("content_id")).isNull());
    EXPECT_EQ(attachment.value(QStringLiteral("inline")).toBool(), false);

    const CliRun human = emailctl({QStringLiteral("show-mime"), file});
    EXPECT_EQ(human.code, 0);
    EXPECT_TRUE(human.out.contains("a.pdf"));
    EXPECT_EQ(emailctl({QStringLiteral("show-mime"), dir.filePath(QStringLiteral("none.eml"))}).code, 1);
}

TEST(Emailctl, ImportSearchStatsRoundTrip)
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("s.sqlite"));
    const QString box = dir.filePath(QStringLiteral("Inbox.mbox"));
    QFile f(box);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    for (int i = 0; i < 3; ++i)
        f.write("From a@example.com Mon Jan  1 00:00:00 2024\nFrom: Ann <ann@example.com>\nSubject: Lunch " +
                QByteArray::number(i) + "\nMessage-ID: <l" + QByteArray::number(i) + "@x>\nDate: Mon, 1 Jan 2024 1" +
                QByteArray::number(i) + ":00:00 +0000\n" + (i == 0 ? "Status: RO\n" : "") + "\nSandwiches at noon\n\n");
    f.close();

    CliRun r = emailctl({QStringLiteral("--store"), store, QStringLiteral("import"), box});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("imported: 3, duplicates: 0, unparseable: 0")) << r.out.toStdString();
    r = emailctl({QStringLiteral("import"), box, QStringLiteral("--store"), store});
    EXPECT_TRUE(r.out.contains("imported: 0, duplicates: 3")) << r.out.toStdString();

    r = emailctl({QStringLiteral("search"), QStringLiteral("--store"), store, QStringLiteral("sandwich"),
                  QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray hits = QJsonDocument::fromJson(r.out).array();
    ASSERT_EQ(hits.size(), 3);
    EXPECT_EQ(hits.at(0).toObject().value(QStringLiteral("subject")).toString(), QStringLiteral("Lunch 2"));
    r = emailctl({QStringLiteral("search"), QStringLiteral("--store"), store, QStringLiteral("is:unread"),
                  QStringLiteral("--limit"), QStringLiteral("1")});
    EXPECT_EQ(r.code, 0);
    EXPECT_EQ(r.out.count('\n'), 1);
    // A leading - negates a word; it is not an option.
    r = emailctl({QStringLiteral("search"), QStringLiteral("--store"), store, QStringLiteral("sandwich"),
                  QStringLiteral("-\"Lunch 2\""), QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(r.out).array().size(), 2);
    r = emailctl({QStringLiteral("search"), QStringLiteral("--store"), store, QStringLiteral("before:someday")});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err.count('\n'), 1) << "one-line error";

    r = emailctl({QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--store"), store});
    ASSERT_EQ(r.code, 0);
    const QJsonObject stats = object(r.out);
    EXPECT_GT(stats.value(QStringLiteral("store_bytes")).toDouble(), 0);
    const QJsonObject account = stats.value(QStringLiteral("accounts")).toArray().at(0).toObject();
    QStringList keys = account.keys();
    keys.sort();
    EXPECT_EQ(keys, (QStringList{QStringLiteral("address"), QStringLiteral("folders"), QStringLiteral("messages"),
                                 QStringLiteral("provider"), QStringLiteral("unread")}));
    EXPECT_EQ(account.value(QStringLiteral("messages")).toInt(), 3);
    EXPECT_EQ(account.value(QStringLiteral("unread")).toInt(), 2);
    const QJsonObject folder = account.value(QStringLiteral("folders")).toArray().at(0).toObject();
    EXPECT_EQ(folder.value(QStringLiteral("name")).toString(), QStringLiteral("Inbox"));
    EXPECT_EQ(folder.value(QStringLiteral("kind")).toString(), QStringLiteral("inbox"));
}

TEST(Emailctl, BadStoresAndPathsFailWithOneLine)
{
    QTemporaryDir dir;
    const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
    QFile f(junk);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'j'));
    f.close();
    for (const QStringList &args :
         {QStringList{QStringLiteral("stats"), QStringLiteral("--store"), junk},
          QStringList{QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--store"), junk},
          QStringList{QStringLiteral("import"), QStringLiteral("--store"), junk, dir.path()},
          QStringList{QStringLiteral("stats"), QStringLiteral("--store"), dir.filePath(QStringLiteral("none"))},
          QStringList{QStringLiteral("import"), QStringLiteral("--store"), dir.filePath(QStringLiteral("n.sqlite")),
                      dir.filePath(QStringLiteral("no-such-path"))}}) {
        const CliRun r = emailctl(args);
        EXPECT_EQ(r.code, 1) << args.join(u' ').toStdString();
        EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
    }
    EXPECT_EQ(em::test::readFile(junk), QByteArray(4096, 'j'));
}

TEST(Emailctl, DefaultStoreLivesInTheDataFolder)
{
    QTemporaryDir home;
    const CliRun r = emailctl({QStringLiteral("stats")}, home.path());
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains((home.path() + QStringLiteral("/.local/share/email-manager/mail.sqlite")).toUtf8()))
        << r.err.toStdString();
}
