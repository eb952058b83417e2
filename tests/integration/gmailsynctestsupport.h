#pragma once

#include "auth/accesstokensource.h"
#include "authtestsupport.h"
#include "mime/mimeparser.h"
#include "net/httpclient.h"
#include "providers/gmail/gmailsync.h"
#include "store/mailstore.h"
#include "store/storereader.h"

#include <QEventLoop>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <map>
#include <set>

namespace em::test {

// What a store holds of one synced message, or what the emulator holds: comparable.
struct MessageView
{
    QString threadId;
    std::set<QString> labels; // folder labels (no UNREAD, no CHAT)
    bool read = false, starred = false, draft = false;
    QString subject, messageId, fromAddress;
    bool operator==(const MessageView &o) const
    {
        return threadId == o.threadId && labels == o.labels && read == o.read && starred == o.starred &&
               draft == o.draft && subject == o.subject && messageId == o.messageId && fromAddress == o.fromAddress;
    }
};
using MailboxView = std::map<QString, MessageView>; // by remote id

// The emulator's mailbox as the client should see it.
inline MailboxView viewOf(sandbox::Mailbox &mailbox)
{
    MailboxView out;
    for (const sandbox::StoredMessage &m : mailbox.messages()) {
        MessageView v;
        v.threadId = m.threadId;
        for (const QString &l : m.labels)
            if (l != QLatin1String("UNREAD") && l != QLatin1String("CHAT"))
                v.labels.insert(l);
        v.read = !m.labels.contains(QStringLiteral("UNREAD"));
        v.starred = m.labels.contains(QStringLiteral("STARRED"));
        v.draft = m.labels.contains(QStringLiteral("DRAFT"));
        const mime::ParsedMessage parsed = mime::parseMessage(m.raw);
        v.subject = parsed.subject;
        v.messageId = parsed.messageId;
        v.fromAddress = parsed.from.isEmpty() ? QString() : parsed.from.first().address;
        out.emplace(m.id, v);
    }
    return out;
}

// The emulator's mailbox as a Graph client should see it: hidden folders left out.
inline MailboxView graphView(sandbox::Mailbox &mailbox)
{
    MailboxView out;
    for (const sandbox::StoredMessage &m : mailbox.messages()) {
        MessageView v;
        v.threadId = m.threadId;
        bool hidden = false;
        for (const QString &l : m.labels) {
            if (l == QLatin1String("UNREAD") || l == QLatin1String("FLAGGED") || l == QLatin1String("DRAFT"))
                continue;
            const sandbox::Label *folder = mailbox.label(l);
            // A folder is hidden when it or a parent is.
            for (const sandbox::Label *f = folder; f; f = f->parentId.isEmpty() ? nullptr : mailbox.label(f->parentId))
                hidden = hidden || f->hidden;
            v.labels.insert(l);
        }
        if (hidden)
            continue;
        v.read = !m.labels.contains(QStringLiteral("UNREAD"));
        v.starred = m.labels.contains(QStringLiteral("FLAGGED"));
        v.draft = m.labels.contains(QStringLiteral("DRAFT"));
        const mime::ParsedMessage parsed = mime::parseMessage(m.raw);
        v.subject = parsed.subject;
        v.messageId = parsed.messageId;
        v.fromAddress = parsed.from.isEmpty() ? QString() : parsed.from.first().address;
        out.emplace(m.id, v);
    }
    return out;
}

// The store's copy of one account, read on a connection of its own.
inline MailboxView viewOf(const QString &storePath, qint64 accountId, int *duplicates = nullptr)
{
    MailboxView out;
    const QString name = QStringLiteral("view-%1").arg(accountId);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(storePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT m.remote_id, m.thread_key, m.flags, m.subject, m.message_id, "
                                     "m.from_address, f.remote_id FROM messages m LEFT JOIN message_folders mf ON "
                                     "mf.message_id = m.id LEFT JOIN folders f ON f.id = mf.folder_id "
                                     "WHERE m.account_id = ?"));
            q.addBindValue(accountId);
            q.exec();
            while (q.next()) {
                MessageView &v = out[q.value(0).toString()];
                v.threadId = q.value(1).toString();
                const quint32 flags = quint32(q.value(2).toLongLong());
                v.read = flags & store::MessageFlag::Read;
                v.starred = flags & store::MessageFlag::Starred;
                v.draft = flags & store::MessageFlag::Draft;
                v.subject = q.value(3).toString();
                v.messageId = q.value(4).toString();
                v.fromAddress = q.value(5).toString();
                if (!q.value(6).isNull())
                    v.labels.insert(q.value(6).toString());
            }
            if (duplicates) {
                QSqlQuery d(db);
                d.prepare(
                    QStringLiteral("SELECT count(*) - count(DISTINCT remote_id) FROM messages WHERE account_id = ?"));
                d.addBindValue(accountId);
                *duplicates = d.exec() && d.next() ? d.value(0).toInt() : -1;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

// Where two views differ, in words (empty: equal).
inline QString differences(const MailboxView &server, const MailboxView &local)
{
    QStringList out;
    auto labels = [](const std::set<QString> &s) { return QStringList(s.begin(), s.end()).join(u','); };
    for (const auto &[id, v] : server) {
        const auto it = local.find(id);
        if (it == local.end()) {
            out << QStringLiteral("missing %1").arg(id);
            continue;
        }
        const MessageView &l = it->second;
        if (!(v == l))
            out << QStringLiteral("%1: server [%2 r%3 s%4 t=%5 '%6'] local [%7 r%8 s%9 t=%10 '%11']")
                       .arg(id, labels(v.labels))
                       .arg(v.read)
                       .arg(v.starred)
                       .arg(v.threadId, v.subject, labels(l.labels))
                       .arg(l.read)
                       .arg(l.starred)
                       .arg(l.threadId, l.subject);
    }
    for (const auto &[id, l] : local)
        if (!server.count(id))
            out << QStringLiteral("extra %1").arg(id);
    if (out.size() > 8)
        out = out.mid(0, 8) << QStringLiteral("... %1 differences").arg(out.size());
    return out.join(u'\n');
}

// Runs the event loop until a sync reports its end (or the time is up). A QEventLoop, not
// QTest::qWaitFor, which sleeps 10 ms between passes: a chain of requests made one after
// another would be paced by the test instead of by the client.
inline std::optional<sync::SyncReport> waitForReport(sync::AccountSync &sync, int timeoutMs)
{
    std::optional<sync::SyncReport> report;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&sync, &sync::AccountSync::finished, &loop, [&](const sync::SyncReport &r) {
        report = r;
        loop.quit();
    });
    timeout.start(timeoutMs);
    sync.start();
    if (!report)
        loop.exec();
    return report;
}

// Runs one sync to its end; a run that does not end in time is reported as failed.
inline sync::SyncReport runToEnd(sync::AccountSync &sync, int timeoutMs)
{
    if (std::optional<sync::SyncReport> report = waitForReport(sync, timeoutMs))
        return *report;
    sync::SyncReport timedOut;
    timedOut.outcome = sync::SyncReport::Outcome::Failed;
    timedOut.error = QStringLiteral("the sync did not finish in time");
    return timedOut;
}

// One provider's account connected against the in-process emulator, with a store: what
// the Gmail and the Graph sync fixtures share.
struct SyncFixtureBase : AuthFixtureBase
{
    SyncFixtureBase(sandbox::SandboxOptions options, settings::Provider provider)
        : AuthFixtureBase(std::move(options)), accountProvider(provider)
    {}

    static sandbox::SandboxOptions options(int messages, quint64 seed = 7)
    {
        sandbox::SandboxOptions o;
        o.seed = seed;
        o.messagesPerMailbox = messages;
        return o;
    }

    QString address() const { return user(accountProvider); }
    sandbox::Mailbox &mailbox() { return *sandbox.mailbox(address()); }
    QString storePath() const { return dir.filePath(QStringLiteral("mail.sqlite")); }
    qint64 count(const QString &sql) { return countRows(storePath(), sql, accountId); }

    // Signs in, stores the tokens, opens the store and adds the account to it.
    Status openAccount()
    {
        if (!started)
            return Status::failure(QStringLiteral("the emulator did not start"));
        const Result<auth::AuthorizedAccount> a = signIn(config(accountProvider), address());
        if (!a)
            return Status::failure(a.error());
        if (Status s = storeTokens(accountProvider, address(), a.value().tokens); !s)
            return s;
        auto opened = store::MailStore::open(storePath());
        if (!opened)
            return Status::failure(opened.error());
        store = std::move(opened).value();
        const QString kind =
            accountProvider == settings::Provider::Google ? QStringLiteral("google") : QStringLiteral("microsoft");
        const Result<qint64> id = store->ensureAccount(kind, address(), QString());
        if (!id)
            return Status::failure(id.error());
        accountId = id.value();
        return {};
    }
    // A fresh token source for the account, as a new sync needs.
    auth::AccessTokenSource *newTokenSource()
    {
        tokens = std::make_unique<auth::AccessTokenSource>(config(accountProvider), address(), &keychain, &nam);
        return tokens.get();
    }

    const settings::Provider accountProvider;
    QTemporaryDir dir;
    std::unique_ptr<store::MailStore> store;
    qint64 accountId = 0;
    std::unique_ptr<auth::AccessTokenSource> tokens;
};

// A Gmail account connected against the in-process emulator, with a store and its sync.
struct GmailSyncFixture : SyncFixtureBase
{
    explicit GmailSyncFixture(sandbox::SandboxOptions options)
        : SyncFixtureBase(std::move(options), settings::Provider::Google)
    {}

    // Signs in, stores the tokens, opens the store and makes the sync.
    Status connectAccount(gmail::GmailSync::Options options = testOptions())
    {
        if (Status s = openAccount(); !s)
            return s;
        makeSync(options);
        return {};
    }

    void makeSync(gmail::GmailSync::Options options = testOptions())
    {
        sync.reset();
        sync = std::make_unique<gmail::GmailSync>(*store, accountId, newTokenSource(), &nam,
                                                  config(accountProvider).apiBase(), options);
        sync->http().setRetryPolicy({6, 20, 400});
    }

    static gmail::GmailSync::Options testOptions()
    {
        gmail::GmailSync::Options o;
        o.prefetch = 0;
        return o;
    }

    sync::SyncReport runSync(int timeoutMs = 120000) { return runToEnd(*sync, timeoutMs); }

    QString storeDifferences(int *duplicates = nullptr)
    {
        return differences(viewOf(mailbox()), viewOf(storePath(), accountId, duplicates));
    }

    std::unique_ptr<gmail::GmailSync> sync;
};

} // namespace em::test
