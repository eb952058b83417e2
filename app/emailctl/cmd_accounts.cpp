// emailctl accounts list|connect|reauth|disconnect.
#include "accountsupport.h"
#include "cli.h"

#include "accounts/connectjob.h"
#include "accounts/disconnectjob.h"
#include "auth/keychain.h"
#include "settings/providersettings.h"
#include "store/mailstore.h"
#include "store/storereader.h"
#include "util/paths.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QProcess>

namespace emailctl {

namespace {

using em::settings::Provider;

QString tr(const char *text)
{
    return QCoreApplication::translate("emailctl", text);
}

QString stateText(const em::store::AccountRow &a)
{
    switch (a.state) {
    case em::store::AccountState::Connected: return tr("connected");
    case em::store::AccountState::ReauthRequired: return tr("re-authorization required");
    case em::store::AccountState::Error: return tr("error");
    case em::store::AccountState::Disconnected: return tr("disconnected");
    }
    return {};
}

int runList(const Context &ctx)
{
    QCommandLineParser parser;
    if (int code = parseCommand(parser, ctx, tr("List the accounts with their state and last sync.")); code >= 0)
        return code;
    const auto rows = listAccounts(parser);
    if (!rows) {
        ctx.err << "emailctl accounts list: " << rows.error() << "\n";
        return Failure;
    }
    if (rows.value().isEmpty()) {
        ctx.out << tr("No accounts. Connect one with 'emailctl accounts connect google|microsoft'.") << "\n";
        return Ok;
    }
    ctx.out << tr("ADDRESS").leftJustified(34) << tr("PROVIDER").leftJustified(11) << tr("STATE").leftJustified(28)
            << tr("LAST SYNC") << "\n";
    for (const auto &a : rows.value()) {
        ctx.out << a.address.leftJustified(33) << u' ' << a.provider.leftJustified(10) << u' '
                << stateText(a).leftJustified(27) << u' '
                << (a.lastSyncMs ? QDateTime::fromMSecsSinceEpoch(a.lastSyncMs).toString(Qt::ISODate) : tr("never"))
                << "\n";
        if (!a.stateDetail.isEmpty() && a.state != em::store::AccountState::Connected)
            ctx.out << "    " << a.stateDetail << "\n";
    }
    return Ok;
}

// Prints the sign-in address, opens the browser when there is a desktop, and waits.
int runSignIn(const Context &ctx, const QCommandLineParser &parser, Services &services, Provider provider,
              const QString &expectedAddress, const QString &cmd)
{
    em::accounts::ConnectJob job(services.view(), provider);
    job.setExpectedAddress(expectedAddress);
    bool ok = false;
    if (parser.isSet(QStringLiteral("timeout"))) {
        const int seconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || seconds <= 0) {
            ctx.err << cmd << ": " << tr("--timeout takes a number of seconds") << "\n";
            return Usage;
        }
        job.setTimeout(seconds);
    }
    const bool mayOpen = !parser.isSet(QStringLiteral("no-browser")) &&
                         (qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY"));
    QObject::connect(&job, &em::accounts::ConnectJob::authorizationUrlReady, [&](const QUrl &url) {
        ctx.out << tr("Sign in with %1 in your browser. If it does not open, open this address:")
                       .arg(em::settings::providerDisplayName(provider))
                << "\n\n  " << url.toString(QUrl::FullyEncoded) << "\n\n"
                << tr("Waiting for the browser… (Ctrl+C to cancel)") << "\n";
        ctx.out.flush();
        if (mayOpen && !QProcess::startDetached(QStringLiteral("xdg-open"), {url.toString(QUrl::FullyEncoded)}))
            ctx.err << cmd << ": " << tr("could not open a browser; open the address above yourself") << "\n";
    });
    std::optional<em::Result<em::store::AccountRow>> result;
    QObject::connect(&job, &em::accounts::ConnectJob::finished,
                     [&](const em::Result<em::store::AccountRow> &r) { result = r; });
    job.start();
    waitUntil([&] { return result.has_value(); });
    if (!result->ok()) {
        ctx.err << cmd << ": " << result->error() << "\n";
        return Failure;
    }
    ctx.out << tr("Connected %1 (%2).").arg(result->value().address, result->value().provider) << "\n";
    return Ok;
}

void addSignInOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("no-browser"), tr("Only print the sign-in address; do not open a browser.")},
        {QStringLiteral("timeout"), tr("Give up after SECONDS (default: the sign-in timeout setting, 300)."),
         QStringLiteral("SECONDS")},
    });
}

int runConnect(const Context &ctx)
{
    const QString cmd = QStringLiteral("emailctl accounts connect");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("provider"), tr("google or microsoft"));
    addSignInOptions(parser);
    if (int code = parseCommand(parser, ctx, tr("Connect an account: sign in with the provider in the browser."),
                                QStringLiteral("PROVIDER"));
        code >= 0)
        return code;
    const QStringList pos = parser.positionalArguments();
    const std::optional<Provider> provider = pos.size() == 1 ? em::settings::providerFromId(pos.first()) : std::nullopt;
    if (!provider) {
        ctx.err << cmd << ": " << tr("name one provider: google or microsoft") << "\n";
        return Usage;
    }
    Services services;
    if (int code = openStore(services, parser, ctx, cmd); code >= 0)
        return code;
    return runSignIn(ctx, parser, services, *provider, {}, cmd);
}

int runReauth(const Context &ctx)
{
    const QString cmd = QStringLiteral("emailctl accounts reauth");
    QCommandLineParser parser;
    addAccountArguments(parser, tr("The account to sign in again."));
    addSignInOptions(parser);
    if (int code =
            parseCommand(parser, ctx, tr("Sign in again to an account that needs it."), QStringLiteral("ADDRESS"));
        code >= 0)
        return code;
    Services services;
    em::store::AccountRow account;
    if (int code = openAccount(parser, ctx, cmd, services, &account); code >= 0)
        return code;
    return runSignIn(ctx, parser, services, *em::settings::providerFromId(account.provider), account.address, cmd);
}

int runDisconnect(const Context &ctx)
{
    const QString cmd = QStringLiteral("emailctl accounts disconnect");
    QCommandLineParser parser;
    addAccountArguments(parser, tr("The account to disconnect."));
    parser.addOption({QStringLiteral("delete-data"), tr("Also delete the account's mail stored on this computer.")});
    if (int code = parseCommand(parser, ctx,
                                tr("Disconnect an account: revoke access, delete its keychain entry, and keep "
                                   "(or with --delete-data delete) its local mail."),
                                QStringLiteral("ADDRESS"));
        code >= 0)
        return code;
    Services services;
    em::store::AccountRow account;
    if (int code = openAccount(parser, ctx, cmd, services, &account); code >= 0)
        return code;
    em::accounts::DisconnectJob job(services.view(), account, parser.isSet(QStringLiteral("delete-data")));
    std::optional<em::Result<QString>> result;
    QObject::connect(&job, &em::accounts::DisconnectJob::finished, [&](const em::Result<QString> &r) { result = r; });
    job.start();
    waitUntil([&] { return result.has_value(); });
    if (!result->ok()) {
        ctx.err << cmd << ": " << result->error() << "\n";
        return Failure;
    }
    if (!result->value().isEmpty())
        ctx.err << cmd << ": " << tr("warning: %1").arg(result->value()) << "\n";
    ctx.out << (parser.isSet(QStringLiteral("delete-data"))
                    ? tr("Disconnected %1 and deleted its local mail.").arg(account.address)
                    : tr("Disconnected %1; its local mail is kept.").arg(account.address))
            << "\n";
    return Ok;
}

} // namespace

int runAccounts(const Context &ctx)
{
    QStringList rest;
    const QString sub = takeSubcommand(ctx, &rest);
    Context subctx{rest, ctx.out, ctx.err, ctx.stdoutIsTerminal};
    if (sub == QLatin1String("list"))
        return runList(subctx);
    if (sub == QLatin1String("connect"))
        return runConnect(subctx);
    if (sub == QLatin1String("reauth"))
        return runReauth(subctx);
    if (sub == QLatin1String("disconnect"))
        return runDisconnect(subctx);
    if (ctx.args.contains(QLatin1String("--help")) || ctx.args.contains(QLatin1String("-h"))) {
        ctx.out << tr("Usage: emailctl accounts list|connect|reauth|disconnect [options]\n"
                      "Run 'emailctl accounts connect --help' for the options of a subcommand.\n");
        return Ok;
    }
    ctx.err << "emailctl accounts: " << tr("expected list, connect, reauth or disconnect") << "\n";
    return Usage;
}

} // namespace emailctl
