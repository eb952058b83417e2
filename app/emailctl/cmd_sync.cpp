// emailctl sync [ADDRESS]: one complete sync, with progress and what changed.
#include "accountsupport.h"
#include "cli.h"

#include "accounts/syncfactory.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace emailctl {

namespace {

// tr(source, comment, n) as lupdate reads it, so that %n messages get plural forms.
QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("emailctl", text, comment, n);
}

QString summary(const em::sync::SyncReport &r)
{
    QStringList parts;
    parts << tr("%n new", nullptr, r.added) << tr("%n changed", nullptr, r.updated)
          << tr("%n removed", nullptr, r.removed);
    if (r.bodies)
        parts << tr("%n bodies downloaded", nullptr, r.bodies);
    if (r.actionsReplayed)
        parts << tr("%n of your changes sent", nullptr, r.actionsReplayed);
    if (r.actionsDropped)
        parts << tr("%n changes dropped (the messages were gone)", nullptr, r.actionsDropped);
    if (r.malformed)
        parts << tr("%n unreadable messages kept and flagged", nullptr, r.malformed);
    return parts.join(QStringLiteral(", "));
}

} // namespace

int syncAccounts(const Context &ctx, Services &services, const QList<em::store::AccountRow> &accounts, int prefetch,
                 bool quiet, const QString &cmd)
{
    em::accounts::SyncFactory factory(services.view());
    em::gmail::GmailSync::Options options;
    options.prefetch = prefetch;
    factory.setGmailOptions(options);
    em::graph::GraphSync::Options graphOptions;
    graphOptions.prefetch = prefetch;
    factory.setGraphOptions(graphOptions);
    bool loaded = false;
    factory.load(&factory, [&] { loaded = true; });
    waitUntil([&] { return loaded; });

    int code = Ok;
    for (const em::store::AccountRow &account : accounts) {
        QString why;
        std::unique_ptr<em::sync::AccountSync> sync = factory.create(account, &why);
        if (!sync) {
            ctx.err << cmd << ": " << account.address << ": " << why << "\n";
            code = Failure;
            continue;
        }
        em::sync::SyncProgress::Phase lastPhase = em::sync::SyncProgress::Phase::Actions;
        bool first = true;
        QElapsedTimer sinceLine;
        sinceLine.start();
        QObject::connect(sync.get(), &em::sync::AccountSync::progress, [&](const em::sync::SyncProgress &p) {
            if (quiet)
                return;
            // A line when the phase changes, else at most one a second (a log stays short).
            if (!first && p.phase == lastPhase && sinceLine.elapsed() < 1000)
                return;
            first = false;
            lastPhase = p.phase;
            sinceLine.restart();
            ctx.out << account.address << ": " << em::sync::phaseName(p.phase);
            if (p.total > 0)
                ctx.out << " " << tr("%1 of %2").arg(p.done).arg(p.total);
            ctx.out << "\n";
            ctx.out.flush();
        });
        std::optional<em::sync::SyncReport> report;
        QObject::connect(sync.get(), &em::sync::AccountSync::finished,
                         [&](const em::sync::SyncReport &r) { report = r; });
        sync->start();
        waitUntil([&] { return report.has_value(); });
        if (report->inStep()) {
            ctx.out << account.address << ": " << tr("in step") << " (" << summary(*report) << ")\n";
        } else {
            ctx.err << cmd << ": " << account.address << ": " << report->error << "\n";
            if (!quiet)
                ctx.out << account.address << ": " << tr("not in step") << " (" << summary(*report) << ")\n";
            code = Failure;
        }
        // Changes the server refused for good are the user's to know about.
        for (const QString &refused : std::as_const(report->refused))
            ctx.err << cmd << ": " << account.address << ": " << refused << "\n";
        if (!report->refused.isEmpty())
            code = Failure;
    }
    return code;
}

int runSync(const Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("address"), tr("The account to sync; all accounts when left out."),
                                 QStringLiteral("[ADDRESS]"));
    parser.addOption({QStringLiteral("provider"), tr("google or microsoft, when the address has both."),
                      QStringLiteral("PROVIDER")});
    parser.addOption({QStringLiteral("prefetch"), tr("Download the bodies of the newest N messages (default 50)."),
                      QStringLiteral("N"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("quiet"), tr("Print only the outcome.")});
    if (int code = parseCommand(parser, ctx,
                                tr("Sync accounts now: send queued changes, then fetch what changed on the server. "
                                   "Exits 0 only when every account is in step."));
        code >= 0)
        return code;
    const QString cmd = QStringLiteral("emailctl sync");
    bool ok = false;
    const int prefetch = parser.value(QStringLiteral("prefetch")).toInt(&ok);
    if (!ok || prefetch < 0) {
        ctx.err << cmd << ": " << tr("--prefetch takes a number") << "\n";
        return Usage;
    }
    QList<em::store::AccountRow> accounts;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() > 1) {
        ctx.err << cmd << ": " << tr("name at most one account") << "\n";
        return Usage;
    }
    if (pos.size() == 1) {
        const std::optional<em::store::AccountRow> a = findAccount(pos.first(), parser, ctx, cmd);
        if (!a)
            return Failure;
        accounts.append(*a);
    } else {
        const auto rows = listAccounts(parser);
        if (!rows) {
            ctx.err << cmd << ": " << rows.error() << "\n";
            return Failure;
        }
        for (const em::store::AccountRow &a : rows.value())
            if (a.state != em::store::AccountState::Disconnected && a.provider != QLatin1String("local"))
                accounts.append(a);
        if (accounts.isEmpty()) {
            ctx.out << tr("No accounts to sync. Connect one with 'emailctl accounts connect google|microsoft'.")
                    << "\n";
            return Ok;
        }
    }
    Services services;
    if (int code = openStore(services, parser, ctx, cmd); code >= 0)
        return code;
    return syncAccounts(ctx, services, accounts, prefetch, parser.isSet(QStringLiteral("quiet")), cmd);
}

} // namespace emailctl
