// `emailctl import` killed with SIGKILL at random points, at least twenty times, over an mbox
// file and a Maildir of a few thousand varied messages (the shapes of tests/data/mime among
// them), then run to the end. After every kill the store is intact (SQLite's check, the search
// index in step with the rows), holds no message twice and has lost nothing it had committed.
// At the end it holds every message of the source exactly once, with its key headers, folders,
// flags and raw text, as an import that was never killed does; importing once more adds nothing.
#include "ingest/recordbuilder.h"
#include "killtestsupport.h"
#include "mime/mimeparser.h"
#include "store/types.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <map>
#include <optional>
#include <set>

using namespace em;

namespace {

// Enough that one import takes seconds, so that random kill points land mid-import.
constexpr int kGenerated = 4000;
constexpr int kKills = 20;

// One message of the source as the store must hold it.
struct Expected
{
    QByteArray raw; // as the importer reads it
    QString messageId, subject, fromAddress;
    qint64 dateMs = 0;
    std::set<QString> folders;
    std::optional<quint32> flags; // where the test chose them
    QString token;                // a word only this message's text holds (generated mail)
};
using ExpectedSet = std::map<QString, Expected>; // by remote id

QString remoteIdOf(const QByteArray &raw)
{
    return QString::fromLatin1("sha256:" + ingest::contentHash(raw).toHex());
}

// One stored message, as read back.
struct Stored
{
    qint64 id = 0;
    QString messageId, subject, fromAddress, threadKey;
    qint64 dateMs = 0;
    quint32 flags = 0;
    std::set<QString> folders;
    bool operator==(const Stored &o) const
    {
        return messageId == o.messageId && subject == o.subject && fromAddress == o.fromAddress &&
               threadKey == o.threadKey && dateMs == o.dateMs && flags == o.flags && folders == o.folders;
    }
};
using StoredSet = std::map<QString, Stored>; // by remote id

// What a store holds, and the counts that must not change when nothing is added.
struct StoreView
{
    StoredSet messages;
    std::map<QString, qint64> tableRows;
    int sameContent = -1;   // rows beyond the first of one content
    int sameMessageId = -1; // rows beyond the first of one Message-ID (the source has each once)
};

// Runs read(db) on a read-only connection of its own to the store, if there is one.
template <typename Read>
void readOnly(const QString &path, Read &&read)
{
    const QString name = QStringLiteral("importkill-read");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (QFileInfo::exists(path) && db.open())
            read(db);
    }
    QSqlDatabase::removeDatabase(name);
}

StoreView readStore(const QString &path)
{
    StoreView v;
    if (!QFileInfo::exists(path))
        v.sameContent = v.sameMessageId = 0; // killed before the store was made
    readOnly(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        // A run killed before its schema was committed leaves no tables: an empty store.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'messages'")) || !q.next() ||
            q.value(0).toInt() == 0) {
            v.sameContent = v.sameMessageId = 0;
            return;
        }
        if (q.exec(QStringLiteral("SELECT m.id, m.remote_id, m.message_id, m.subject, m.from_address, m.thread_key, "
                                  "m.date, m.flags, f.path FROM messages m LEFT JOIN message_folders mf ON "
                                  "mf.message_id = m.id LEFT JOIN folders f ON f.id = mf.folder_id"))) {
            while (q.next()) {
                Stored &s = v.messages[q.value(1).toString()];
                s.id = q.value(0).toLongLong();
                s.messageId = q.value(2).toString();
                s.subject = q.value(3).toString();
                s.fromAddress = q.value(4).toString();
                s.threadKey = q.value(5).toString();
                s.dateMs = q.value(6).toLongLong();
                s.flags = quint32(q.value(7).toLongLong());
                if (!q.value(8).isNull())
                    s.folders.insert(q.value(8).toString());
            }
        }
        for (const char *table : {"accounts", "folders", "messages", "message_folders", "message_text", "bodies",
                                  "attachments", "threads"}) {
            if (q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && q.next())
                v.tableRows[QString::fromLatin1(table)] = q.value(0).toLongLong();
        }
        if (q.exec(QStringLiteral("SELECT count(*) - count(DISTINCT content_hash) FROM messages")) && q.next())
            v.sameContent = q.value(0).toInt();
        if (q.exec(
                QStringLiteral("SELECT count(*) - count(DISTINCT message_id) FROM messages WHERE message_id != ''")) &&
            q.next())
            v.sameMessageId = q.value(0).toInt();
    });
    return v;
}

// A few words of text in a run of lines, from a fixed vocabulary.
QByteArray prose(QRandomGenerator &rng, int lines)
{
    static const char *const kWords[] = {"meeting", "budget",  "review", "schedule", "the",     "a",       "draft",
                                         "notes",   "project", "please", "attached", "quarter", "results", "team",
                                         "release", "deploy",  "server", "invoice",  "travel",  "lunch",   "tomorrow"};
    QByteArray out;
    for (int l = 0; l < lines; ++l) {
        const int words = 3 + rng.bounded(12);
        for (int w = 0; w < words; ++w) {
            if (w)
                out += ' ';
            out += kWords[rng.bounded(int(std::size(kWords)))];
        }
        out += '\n';
    }
    return out;
}

QByteArray qEncode(const QString &text)
{
    QByteArray out;
    for (char c : text.toUtf8()) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            out += c;
        else if (c == ' ')
            out += '_';
        else
            out += '=' + QByteArray::number(uchar(c), 16).toUpper().rightJustified(2, '0');
    }
    return "=?UTF-8?Q?" + out + "?=";
}

// The mbox and the Maildir, and what the store must hold of them.
struct Source
{
    QString mboxPath, maildirRoot;
    ExpectedSet expected;
    QByteArray mbox;
    QList<QStringList> threadRefs;  // per generated message: its References
    QRandomGenerator rng{20240611}; // a fixed source: only the kill points vary

    QStringList importArgs() const { return {QStringLiteral("import"), mboxPath, maildirRoot}; }

    static QDateTime moment(int i) { return QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i * 3607LL); }

    // mboxrd: a line that reads "From " after any number of '>' gets one more.
    void appendToMbox(const QByteArray &raw, const QDateTime &received)
    {
        mbox += "From importer@example.com " +
                QLocale::c().toString(received, QStringLiteral("ddd MMM d HH:mm:ss yyyy")).toLatin1() + '\n';
        for (qsizetype p = 0; p < raw.size();) {
            const qsizetype nl = raw.indexOf('\n', p);
            const qsizetype end = nl < 0 ? raw.size() : nl + 1;
            const QByteArrayView line(raw.constData() + p, end - p);
            qsizetype q = 0;
            while (q < line.size() && line.at(q) == '>')
                ++q;
            if (line.sliced(q).startsWith("From "))
                mbox += '>';
            mbox += line;
            p = end;
        }
        mbox += '\n'; // the raw text ends with one; the blank line belongs to the mbox
    }

    bool writeToMaildir(const QString &folder, const QString &fileName, const QByteArray &raw, bool isNew,
                        const QDateTime &received)
    {
        const QString dir = maildirRoot + u'/' + folder;
        for (const char *sub : {"cur", "new", "tmp"})
            QDir().mkpath(dir + u'/' + QLatin1String(sub));
        QFile f(dir + (isNew ? QStringLiteral("/new/") : QStringLiteral("/cur/")) + fileName);
        // Flushed first: a later write would move the time again.
        return f.open(QIODevice::WriteOnly) && f.write(raw) == raw.size() && f.flush() &&
               f.setFileTime(received, QFileDevice::FileModificationTime);
    }

    // A message of its own: subject, sender, date, threading, structure, size and line
    // endings vary with i.
    QByteArray generate(int i, Expected *e)
    {
        const QByteArray n = QByteArray::number(i);
        QByteArray h;
        e->messageId = QStringLiteral("kill-%1@import.test").arg(i);
        h += "Message-ID: <" + e->messageId.toLatin1() + ">\n";
        switch (i % 4) {
        case 0: e->fromAddress = QStringLiteral("sender%1@example.com").arg(i % 97); break;
        case 1: e->fromAddress = QStringLiteral("first.last%1@example.org").arg(i % 89); break;
        case 2: e->fromAddress = QStringLiteral("jurgen%1@example.de").arg(i % 83); break;
        default: e->fromAddress = QStringLiteral("user%1@example.net").arg(i % 79); break;
        }
        const QByteArray from = e->fromAddress.toLatin1();
        switch (i % 4) {
        case 0: h += "From: Sender " + n + " <" + from + ">\n"; break;
        case 1: h += "From: \"Last, First\" <" + from + ">\n"; break;
        case 2: h += "From: " + qEncode(QStringLiteral("Jürgen Müller")) + " <" + from + ">\n"; break;
        default: h += "From: " + from + "\n"; break;
        }
        h += "To: me@example.com\n";
        if (i % 6 == 1)
            h += "Cc: \"Team, All\" <team@example.com>, other@example.com\n";
        switch (i % 7) {
        case 0: e->subject = QStringLiteral("Quarterly report %1: figures and notes").arg(i); break;
        case 1: e->subject = QStringLiteral("Grüße aus Köln %1").arg(i); break;
        case 2: e->subject = QStringLiteral("שלום עולם %1").arg(i); break;
        case 3: e->subject = QStringLiteral("会议纪要 %1").arg(i); break;
        case 4: e->subject = QStringLiteral("Café déjà vu %1").arg(i); break;
        case 5: e->subject = QStringLiteral("Résumé %1").arg(i); break;
        default:
            e->subject = QStringLiteral("A long subject %1 that goes on and on about the budget review and the "
                                        "travel plans of the whole team for the next quarter")
                             .arg(i);
            break;
        }
        switch (i % 7) {
        case 1: h += "Subject: " + qEncode(e->subject) + "\n"; break;
        case 2:
        case 3: h += "Subject: =?UTF-8?B?" + e->subject.toUtf8().toBase64() + "?=\n"; break;
        case 4: h += "Subject: " + e->subject.toUtf8() + "\n"; break; // raw 8-bit UTF-8
        case 5: h += "Subject: =?ISO-8859-1?Q?R=E9sum=E9_" + n + "?=\n"; break;
        case 6: { // folded at a space
            const QByteArray s = e->subject.toLatin1();
            const qsizetype cut = s.indexOf(' ', 40);
            h += "Subject: " + s.left(cut) + "\n" + s.mid(cut) + "\n";
            break;
        }
        default: h += "Subject: " + e->subject.toUtf8() + "\n"; break;
        }
        const QDateTime when = moment(i);
        e->dateMs = when.toMSecsSinceEpoch();
        if (i % 23 != 0) { // else none: the date is when the source received it
            static const int kOffsets[] = {0, -7 * 3600, 5 * 3600 + 1800, 3600};
            const int offset = kOffsets[i % 4];
            const QDateTime local = when.toOffsetFromUtc(offset);
            const int m = qAbs(offset) / 60;
            h += "Date: " + QLocale::c().toString(local, QStringLiteral("ddd, d MMM yyyy HH:mm:ss ")).toLatin1() +
                 (offset < 0 ? '-' : '+') + QByteArray::number(m / 60).rightJustified(2, '0') +
                 QByteArray::number(m % 60).rightJustified(2, '0') + "\n";
        }
        QStringList refs;
        if (i % 4 != 0 && i > 0) {
            const int parent = i - 1 - int(rng.bounded(qMin(i, 30)));
            refs = threadRefs.at(parent).mid(qMax(0, int(threadRefs.at(parent).size()) - 9));
            refs << QStringLiteral("kill-%1@import.test").arg(parent);
            h += "In-Reply-To: <" + refs.last().toLatin1() + ">\nReferences:";
            for (const QString &r : refs)
                h += " <" + r.toLatin1() + ">";
            h += "\n";
        }
        threadRefs.append(refs);
        h += "MIME-Version: 1.0\n";

        e->token = QStringLiteral("ktok%1q").arg(i);
        QByteArray text = "Hello,\n\n" + prose(rng, 3 + int(rng.bounded(40))) + "Reference " + e->token.toLatin1() +
                          " for the records.\n";
        if (i % 13 == 0)
            text += "From the desk of the editor: a line an mbox must escape.\n";
        if (i % 17 == 0)
            text += ">From a quoted line, escaped once more in an mbox.\n";
        if (i % 500 == 0)
            text += prose(rng, 3000); // a hundred kilobytes and more
        text += "\n-- \nSent from the import test\n";

        QByteArray body;
        if (i % 19 == 4) {
            h += "Content-Type: text/html; charset=utf-8\n";
            body = "<html><body><p>" + text.replace("\n", "<br>\n") + "</p></body></html>\n";
        } else if (i % 5 == 1) {
            h += "Content-Type: multipart/alternative; boundary=\"alt-" + n + "\"\n";
            body = "--alt-" + n + "\nContent-Type: text/plain; charset=utf-8\n\n" + text + "--alt-" + n +
                   "\nContent-Type: text/html; charset=utf-8\n\n<p>" + text + "</p>\n--alt-" + n + "--\n";
        } else if (i % 7 == 2) {
            QByteArray blob(200 + int(rng.bounded(12000)), Qt::Uninitialized);
            for (char &c : blob)
                c = char(rng.bounded(256));
            QByteArray b64 = blob.toBase64();
            QByteArray folded;
            for (qsizetype p = 0; p < b64.size(); p += 76)
                folded += b64.mid(p, 76) + '\n';
            h += "Content-Type: multipart/mixed; boundary=\"mix-" + n + "\"\n";
            body = "This is a multi-part message in MIME format.\n--mix-" + n +
                   "\nContent-Type: text/plain; charset=utf-8\n\n" + text + "--mix-" + n +
                   "\nContent-Type: application/octet-stream; name=\"data-" + n +
                   ".bin\"\nContent-Disposition: attachment; filename=\"data-" + n +
                   ".bin\"\nContent-Transfer-Encoding: base64\n\n" + folded + "--mix-" + n + "--\n";
        } else if (i % 9 == 3) {
            h += "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n";
            body = "Gr=C3=BC=C3=9Fe, a soft=\n break and " + text;
        } else {
            h += "Content-Type: text/plain; charset=utf-8\n";
            body = text;
        }
        QByteArray raw = h + "\n" + body;
        if (i % 11 == 0)
            raw.replace("\n", "\r\n");
        return raw;
    }

    bool build(const QString &root)
    {
        mboxPath = root + QStringLiteral("/Lists.mbox");
        maildirRoot = root + QStringLiteral("/maildir");
        const QStringList corpus =
            QDir(test::dataPath(QStringLiteral("mime"))).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
        if (corpus.isEmpty())
            return false;
        int nextCorpus = 0;
        for (int i = 0; i < kGenerated; ++i) {
            Expected e;
            const QByteArray raw = generate(i, &e);
            const QDateTime received = moment(i).addSecs(60);
            if (i % 23 == 0)
                e.dateMs = received.toMSecsSinceEpoch();
            const bool read = i % 3 == 0, starred = i % 10 == 0, answered = i % 14 == 0;
            quint32 flags = (read ? quint32(store::Read) : 0u) | (starred ? quint32(store::Starred) : 0u) |
                            (answered ? quint32(store::Answered) : 0u);
            QByteArray stored = raw;
            if (i % 10 < 6) {
                // mbox writers keep the flags in the header block.
                const QByteArray eol = i % 11 == 0 ? "\r\n" : "\n";
                QByteArray status;
                if (read)
                    status += "Status: RO" + eol;
                if (starred || answered)
                    status += QByteArray("X-Status: ") + (starred ? "F" : "") + (answered ? "A" : "") + eol;
                stored = status + raw;
                appendToMbox(stored, received);
                e.folders = {QStringLiteral("Lists")};
            } else {
                const bool isNew = i % 6 == 5;
                if (isNew)
                    flags = 0;
                QString name = QStringLiteral("%1.M%2P77.importtest").arg(1700000000 + i).arg(i);
                if (!isNew)
                    name += QStringLiteral(":2,") + (starred ? QStringLiteral("F") : QString()) +
                            (answered ? QStringLiteral("R") : QString()) + (read ? QStringLiteral("S") : QString());
                const QString folder = i % 10 == 9 ? QStringLiteral("Archive") : QStringLiteral("Inbox");
                if (!writeToMaildir(folder, name, raw, isNew, received))
                    return false;
                e.folders = {folder};
            }
            e.flags = flags;
            e.raw = stored;
            expected.emplace(remoteIdOf(stored), std::move(e));

            // The tricky shapes, spread through the mbox, and each once more in the Maildir:
            // one message in two folders.
            if (nextCorpus < corpus.size() && i % (kGenerated / int(corpus.size())) == 7) {
                const QString file = corpus.at(nextCorpus++);
                QByteArray c = test::readFile(test::dataPath(QStringLiteral("mime/") + file));
                if (!c.endsWith('\n'))
                    c += '\n'; // as the mbox gives it back: the same message, read either way
                const QDateTime when = moment(100000 + nextCorpus);
                appendToMbox(c, when);
                if (!writeToMaildir(
                        QStringLiteral("Archive"),
                        QStringLiteral("%1.M%2P78.importtest:2,").arg(1800000000 + nextCorpus).arg(nextCorpus), c,
                        false, when))
                    return false;
                const mime::ParsedMessage parsed = mime::parseMessage(c);
                Expected t;
                t.raw = c;
                t.messageId = parsed.messageId;
                t.subject = parsed.subject;
                t.fromAddress = parsed.from.isEmpty() ? QString() : parsed.from.first().address;
                t.dateMs = parsed.date ? parsed.date->toMSecsSinceEpoch() : when.toMSecsSinceEpoch();
                t.folders = {QStringLiteral("Lists"), QStringLiteral("Archive")};
                expected.emplace(remoteIdOf(c), std::move(t));
            }
        }
        if (nextCorpus != corpus.size())
            return false;
        QFile f(mboxPath);
        return f.open(QIODevice::WriteOnly) && f.write(mbox) == mbox.size();
    }
};

// Where the store and the source part, in words (empty: the store holds the source).
QString differences(const ExpectedSet &source, const StoredSet &stored)
{
    QStringList out;
    auto folders = [](const std::set<QString> &s) { return QStringList(s.begin(), s.end()).join(u','); };
    for (const auto &[id, e] : source) {
        const auto it = stored.find(id);
        if (it == stored.end()) {
            out << QStringLiteral("missing %1 '%2'").arg(e.messageId, e.subject.left(60));
            continue;
        }
        const Stored &s = it->second;
        if (s.messageId != e.messageId || s.subject != e.subject || s.fromAddress != e.fromAddress ||
            s.dateMs != e.dateMs || s.folders != e.folders)
            out << QStringLiteral("%1: source [%2 '%3' %4 %5 %6] store [%7 '%8' %9 %10 %11]")
                       .arg(id.left(20), e.messageId, e.subject.left(60), e.fromAddress)
                       .arg(e.dateMs)
                       .arg(folders(e.folders), s.messageId, s.subject.left(60), s.fromAddress)
                       .arg(s.dateMs)
                       .arg(folders(s.folders));
        else if (e.flags && (s.flags & (store::Read | store::Starred | store::Answered)) != *e.flags)
            out << QStringLiteral("%1 (%2): flags %3, the source has %4")
                       .arg(id.left(20), e.messageId)
                       .arg(s.flags)
                       .arg(*e.flags);
    }
    for (const auto &[id, s] : stored)
        if (!source.count(id))
            out << QStringLiteral("extra %1 '%2' '%3'").arg(id, s.messageId, s.subject.left(60));
    if (out.size() > 8)
        out = out.mid(0, 8) << QStringLiteral("... %1 differences").arg(out.size());
    return out.join(u'\n');
}

// Where two stores part (empty: they hold the same messages the same way).
QString differences(const StoredSet &expected, const StoredSet &stored)
{
    QStringList out;
    for (const auto &[id, e] : expected) {
        const auto it = stored.find(id);
        if (it == stored.end())
            out << QStringLiteral("missing %1 '%2'").arg(e.messageId, e.subject.left(60));
        else if (!(it->second == e))
            out << QStringLiteral("%1: thread '%2' flags %3, not thread '%4' flags %5")
                       .arg(e.messageId, it->second.threadKey)
                       .arg(it->second.flags)
                       .arg(e.threadKey)
                       .arg(e.flags);
    }
    for (const auto &[id, s] : stored)
        if (!expected.count(id))
            out << QStringLiteral("extra %1 '%2'").arg(s.messageId, s.subject.left(60));
    if (out.size() > 8)
        out = out.mid(0, 8) << QStringLiteral("... %1 differences").arg(out.size());
    return out.join(u'\n');
}

// Every stored raw text is the source's, byte for byte, and every generated message is found
// by the word only it holds, as itself (the search index points at the right rows).
QString contentProblems(const QString &path, const ExpectedSet &source, const StoredSet &stored)
{
    QStringList out{QStringLiteral("cannot open %1").arg(path)};
    readOnly(path, [&](QSqlDatabase &db) {
        out.clear();
        QSqlQuery q(db);
        int bodies = 0;
        q.exec(QStringLiteral("SELECT m.remote_id, b.raw FROM messages m JOIN bodies b ON b.message_id = m.id"));
        while (q.next()) {
            ++bodies;
            const auto it = source.find(q.value(0).toString());
            if (it != source.end() && qUncompress(q.value(1).toByteArray()) != it->second.raw)
                out << QStringLiteral("the raw text of %1 differs from the source").arg(it->second.messageId);
        }
        if (bodies != int(source.size()))
            out << QStringLiteral("%1 raw texts for %2 messages").arg(bodies).arg(source.size());
        QSqlQuery match(db);
        match.prepare(QStringLiteral("SELECT rowid FROM message_fts WHERE message_fts MATCH ?"));
        for (const auto &[id, e] : source) {
            if (e.token.isEmpty())
                continue;
            match.addBindValue(e.token);
            QList<qint64> hits;
            if (match.exec())
                while (match.next())
                    hits << match.value(0).toLongLong();
            const auto s = stored.find(id);
            if (s == stored.end() || hits != QList<qint64>{s->second.id})
                out << QStringLiteral("searching %1 finds %2 messages, not %3")
                           .arg(e.token)
                           .arg(hits.size())
                           .arg(e.messageId);
        }
    });
    if (out.size() > 8)
        out = out.mid(0, 8) << QStringLiteral("... %1 problems").arg(out.size());
    return out.join(u'\n');
}

// Counts a store's messages while a run writes it, on a read-only connection of its own.
class StoreWatch
{
public:
    explicit StoreWatch(QString path) : m_path(std::move(path)) {}
    ~StoreWatch()
    {
        m_query.reset();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(kName);
    }
    qint64 count()
    {
        if (!m_query) {
            if (!QFileInfo::exists(m_path))
                return 0;
            m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kName);
            m_db.setDatabaseName(m_path);
            m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=1000"));
            if (!m_db.open())
                return 0;
            m_query = std::make_unique<QSqlQuery>(m_db);
        }
        // No table yet (the schema is being made): nothing stored.
        qint64 n = 0;
        if (m_query->exec(QStringLiteral("SELECT count(*) FROM messages")) && m_query->next())
            n = m_query->value(0).toLongLong();
        m_query->finish(); // ends the read: a reader left open would hold the writer's checkpoints back
        return n;
    }

private:
    static inline const QString kName = QStringLiteral("importkill-watch");
    QString m_path;
    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_query;
};

quint32 killSeed()
{
    bool ok = false;
    const quint32 fromEnv = qEnvironmentVariable("EM_IMPORTKILL_SEED").toUInt(&ok);
    return ok ? fromEnv : QRandomGenerator::global()->generate();
}

TEST(ImportKill, KilledTwentyTimesAtRandomThenRunToTheEndTheStoreHoldsTheSourceOnce)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Source source;
    QElapsedTimer timer;
    timer.start();
    ASSERT_TRUE(source.build(dir.filePath(QStringLiteral("source"))));
    const ExpectedSet &expected = source.expected;
    const int twoFolders = int(
        std::count_if(expected.begin(), expected.end(), [](const auto &e) { return e.second.folders.size() == 2; }));
    std::printf("source: %zu messages (%d in two folders), mbox %lld KB, written in %lld ms\n", expected.size(),
                twoFolders, qint64(source.mbox.size() / 1024), timer.restart());

    // An import never killed, in a store of its own: how long a run takes, and what the
    // killed store must end up equal to.
    const QString referencePath = dir.filePath(QStringLiteral("reference.sqlite"));
    auto reference = test::startEmailctl(referencePath, source.importArgs());
    ASSERT_TRUE(test::waitForExit(*reference, 600000));
    const qint64 fullMs = timer.restart();
    ASSERT_EQ(reference->exitCode(), 0) << reference->readAllStandardError().constData();
    const QString summary = QString::fromUtf8(reference->readAllStandardOutput());
    EXPECT_TRUE(summary.startsWith(QStringLiteral("imported: %1, duplicates: 0,").arg(expected.size() + twoFolders)))
        << summary;
    const StoreView referenceView = readStore(referencePath);
    ASSERT_EQ(differences(expected, referenceView.messages), QString());
    // Run again, it adds nothing; how long re-reading all of it takes.
    auto rerun = test::startEmailctl(referencePath, source.importArgs());
    ASSERT_TRUE(test::waitForExit(*rerun, 600000));
    const qint64 rerunMs = timer.restart();
    ASSERT_EQ(rerun->exitCode(), 0) << rerun->readAllStandardError().constData();
    const QString rerunSummary = QString::fromUtf8(rerun->readAllStandardOutput());
    EXPECT_TRUE(
        rerunSummary.startsWith(QStringLiteral("imported: 0, duplicates: %1,").arg(expected.size() + twoFolders)))
        << rerunSummary;

    const quint32 seed = killSeed();
    std::printf("uninterrupted import: %lld ms, again: %lld ms; kill seed %u (EM_IMPORTKILL_SEED=%u repeats the kill "
                "points)\n",
                fullMs, rerunMs, seed, seed);
    QRandomGenerator rng(seed);

    // Where the kills land. A restarted import first re-reads what is stored, then adds the
    // rest a batch (one transaction) at a time; a batch is written once the next one has been
    // read. Kills spread over whole runs would fill the store within a few and spend the rest
    // on runs with nothing left to add. So, while mail is left, a quarter land anywhere before
    // the run starts to add (start-up, creating the schema, re-reading) and the rest from two
    // batches before this run's first commit to one after, and within a batch of a commit
    // seen. When that commit comes is predicted from the runs measured above, and the
    // prediction is corrected by what each run is seen to do (a shared machine is not as fast
    // as it was a minute ago).
    const double batchMs = double(fullMs) * 512 / double(expected.size());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    int kills = 0, completed = 0, killsWithMailLeft = 0, killsAfterAdding = 0;
    double pace = 1;                        // observed over predicted
    double nothingLeftMs = double(rerunMs); // how long a run with nothing to add takes now
    StoreView before = readStore(path);
    for (int round = 0; kills < kKills && round < 5 * kKills; ++round) {
        const double stored = double(before.messages.size()) / double(expected.size());
        const double firstCommit = stored * double(rerunMs) + 2 * batchMs; // predicted
        enum { BeforeAdding, Adding, NothingLeft } aim;
        double delay;
        if (stored >= 1) {
            aim = NothingLeft;
            delay = rng.bounded(nothingLeftMs * 1.1);
        } else if (rng.bounded(4) == 0) {
            aim = BeforeAdding;
            delay = rng.bounded(pace * (firstCommit - batchMs));
        } else {
            aim = Adding;
            delay = qMax(0.0, pace * (firstCommit + rng.bounded(3 * batchMs) - 2 * batchMs));
        }
        auto run = test::startEmailctl(path, source.importArgs());
        QElapsedTimer runTimer;
        runTimer.start();
        qint64 committedAt = -1; // when this run's first commit was seen
        {
            StoreWatch watch(path);
            ASSERT_TRUE(QTest::qWaitFor(
                [&] {
                    if (committedAt < 0 && watch.count() > qint64(before.messages.size())) {
                        committedAt = runTimer.elapsed();
                        // Within the next batch at the latest: one kill adds a batch or two,
                        // not the rest of the source, whatever the estimate said.
                        if (aim != NothingLeft)
                            delay = qMin(delay, double(committedAt) + rng.bounded(pace * batchMs));
                    }
                    return run->state() == QProcess::NotRunning || runTimer.elapsed() >= qint64(delay);
                },
                600000));
        }
        if (aim != NothingLeft)
            pace = committedAt >= 0 ? double(committedAt) / firstCommit
                                    : qMax(pace, double(runTimer.elapsed()) / firstCommit); // later than this
        if (run->state() == QProcess::NotRunning) {
            if (aim == NothingLeft)
                nothingLeftMs = double(runTimer.elapsed());
            ++completed; // it got there first
            ASSERT_EQ(run->exitCode(), 0) << run->readAllStandardError().constData();
            before = readStore(path);
            continue;
        }
        run->kill(); // SIGKILL
        ASSERT_TRUE(test::waitForExit(*run, 10000));
        if (run->exitStatus() == QProcess::NormalExit) {
            ++completed; // it ended just as the kill went out: not a kill
            before = readStore(path);
            continue;
        }
        ++kills;
        QElapsedTimer checkTimer;
        checkTimer.start();
        // The store as the kill left it, before anything opens it for writing.
        ASSERT_EQ(test::storeProblems(path), QString()) << "after kill " << kills << " at " << int(delay) << " ms";
        const StoreView now = readStore(path);
        EXPECT_EQ(now.sameContent, 0) << "after kill " << kills;
        EXPECT_EQ(now.sameMessageId, 0) << "after kill " << kills;
        for (const auto &[id, s] : now.messages)
            ASSERT_TRUE(expected.count(id)) << "after kill " << kills << ": a message not in the source: " << s.subject;
        for (const auto &[id, s] : before.messages)
            ASSERT_TRUE(now.messages.count(id)) << "after kill " << kills << ": lost " << s.subject;
        if (before.messages.size() < expected.size()) {
            ++killsWithMailLeft;
            if (now.messages.size() > before.messages.size())
                ++killsAfterAdding;
        }
        static const char *const kAims[] = {"before adding", "adding", "nothing left"};
        std::printf("kill %2d at %5d ms (%s): %zu messages stored, checked in %lld ms\n", kills, int(delay), kAims[aim],
                    now.messages.size(), qint64(checkTimer.elapsed()));
        before = now;
    }
    std::printf("kills: %d (%d with mail left to add, %d of them after adding some), runs that finished first: %d, "
                "%lld ms\n",
                kills, killsWithMailLeft, killsAfterAdding, completed, qint64(timer.restart()));
    ASSERT_GE(kills, kKills);
    // Kills of runs with nothing left to add test little: the aim above must mostly work (it
    // did 18 to 20 times in 20 in trials on a busy machine; the bound leaves room for worse).
    EXPECT_GE(killsWithMailLeft, kKills / 4);

    auto last = test::startEmailctl(path, source.importArgs());
    ASSERT_TRUE(test::waitForExit(*last, 600000));
    ASSERT_EQ(last->exitCode(), 0) << last->readAllStandardError().constData();
    EXPECT_EQ(test::storeProblems(path), QString());
    const StoreView done = readStore(path);
    EXPECT_EQ(done.sameContent, 0);
    EXPECT_EQ(done.sameMessageId, 0);
    EXPECT_EQ(differences(expected, done.messages), QString());
    // Equal to the import that was never killed: threads, flags, every row.
    EXPECT_EQ(differences(referenceView.messages, done.messages), QString());
    EXPECT_EQ(done.tableRows, referenceView.tableRows);
    EXPECT_EQ(contentProblems(path, expected, done.messages), QString());

    // Importing the same source again adds nothing.
    auto again = test::startEmailctl(path, source.importArgs());
    ASSERT_TRUE(test::waitForExit(*again, 600000));
    ASSERT_EQ(again->exitCode(), 0) << again->readAllStandardError().constData();
    const QString againSummary = QString::fromUtf8(again->readAllStandardOutput());
    EXPECT_TRUE(
        againSummary.startsWith(QStringLiteral("imported: 0, duplicates: %1,").arg(expected.size() + twoFolders)))
        << againSummary;
    const StoreView after = readStore(path);
    EXPECT_EQ(differences(done.messages, after.messages), QString());
    EXPECT_EQ(after.tableRows, done.tableRows);
    EXPECT_EQ(test::storeProblems(path), QString());
    std::printf("final run, checks and the run again: %lld ms\n", timer.restart());
}

} // namespace
