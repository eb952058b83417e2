// emailctl provider set|show|unset: the OAuth clients an administrator configures.
#include "cli.h"

#include "auth/keychain.h"
#include "settings/providersettings.h"
#include "util/paths.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <cstring>

namespace emailctl {

namespace {

using em::settings::Provider;
using em::settings::ProviderConfig;
using em::settings::Scope;

QString tr(const char *text)
{
    return QCoreApplication::translate("emailctl", text);
}

// One trailing line end is the terminal's or the file editor's, not the secret's.
QString chompSecret(QByteArray bytes)
{
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

std::optional<Provider> providerArgument(const QCommandLineParser &parser, const Context &ctx, const QString &cmd)
{
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1 || !em::settings::providerFromId(pos.first())) {
        ctx.err << cmd << ": " << tr("name one provider: google or microsoft") << "\n";
        return std::nullopt;
    }
    return em::settings::providerFromId(pos.first());
}

struct UrlOption
{
    const char *name;
    QString ProviderConfig::*field;
    const char *help;
};
const UrlOption kUrlOptions[] = {
    {"auth-url", &ProviderConfig::authUrl, QT_TRANSLATE_NOOP("emailctl", "Authorization endpoint URL.")},
    {"token-url", &ProviderConfig::tokenUrl, QT_TRANSLATE_NOOP("emailctl", "Token endpoint URL.")},
    {"revoke-url", &ProviderConfig::revokeUrl, QT_TRANSLATE_NOOP("emailctl", "Revocation endpoint URL.")},
    {"api-url", &ProviderConfig::apiUrl, QT_TRANSLATE_NOOP("emailctl", "API base URL (Gmail or Graph).")},
};

// The provider's part of a JSON file: Google Cloud Console's downloaded client file
// ({"installed": {...}}), the emulator's --config-json file ({"google": {...}, ...}), or a
// flat object with the same keys.
em::Result<QJsonObject> providerJson(const QString &path, Provider provider)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return em::Result<QJsonObject>::failure(tr("cannot read %1: %2").arg(path, f.errorString()));
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(f.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError || root.isEmpty())
        return em::Result<QJsonObject>::failure(tr("%1 is not a JSON object: %2").arg(path, error.errorString()));
    if (root.value(em::settings::providerId(provider)).isObject())
        return root.value(em::settings::providerId(provider)).toObject();
    if (provider == Provider::Google && root.value(QStringLiteral("installed")).isObject())
        return root.value(QStringLiteral("installed")).toObject();
    if (root.contains(QStringLiteral("client_id")) && !root.contains(QStringLiteral("installed")))
        return root;
    return em::Result<QJsonObject>::failure(
        tr("%1 holds no %2 client").arg(path, em::settings::providerDisplayName(provider)));
}

int runSet(const Context &ctx)
{
    const QString cmd = QStringLiteral("emailctl provider set");
    // A secret in argv shows in `ps` and in shell history.
    for (const QString &a : ctx.args)
        if (a == QLatin1String("--client-secret") || a.startsWith(QLatin1String("--client-secret="))) {
            ctx.err << cmd << ": "
                    << tr("the client secret is never accepted on the command line (it would show in the process "
                          "list and the shell history); use --client-secret-stdin or --client-secret-file FILE")
                    << "\n";
            return Usage;
        }
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("provider"), tr("google or microsoft"));
    parser.addOptions({
        {QStringLiteral("client-id"), tr("The OAuth client ID."), QStringLiteral("ID")},
        {QStringLiteral("client-secret-stdin"), tr("Read the client secret from standard input.")},
        {QStringLiteral("client-secret-file"), tr("Read the client secret from FILE."), QStringLiteral("FILE")},
        {QStringLiteral("tenant"), tr("Microsoft tenant: common, organizations, consumers or a tenant ID."),
         QStringLiteral("T")},
        {QStringLiteral("redirect-host"), tr("Host announced in the redirect URI: 127.0.0.1 or localhost."),
         QStringLiteral("H")},
        {QStringLiteral("from-json"),
         tr("Take the client (id, secret, endpoints) from a JSON file: the client file downloaded from Google "
            "Cloud Console, or the emulator's configuration. Other options override it."),
         QStringLiteral("FILE")},
        {QStringLiteral("system"), tr("Write the settings for every user of this computer (needs root).")},
        {QStringLiteral("lock"), tr("With --system: users cannot change these settings.")},
        {QStringLiteral("unlock"), tr("With --system: let users change these settings again.")},
    });
    for (const UrlOption &o : kUrlOptions)
        parser.addOption({QLatin1String(o.name), tr(o.help), QStringLiteral("URL")});
    if (int code = parseCommand(parser, ctx, tr("Set the OAuth client of a provider."), QStringLiteral("PROVIDER"));
        code >= 0)
        return code;
    const std::optional<Provider> provider = providerArgument(parser, ctx, cmd);
    if (!provider)
        return Usage;
    const Scope scope = parser.isSet(QStringLiteral("system")) ? Scope::System : Scope::User;
    if ((parser.isSet(QStringLiteral("lock")) || parser.isSet(QStringLiteral("unlock"))) && scope != Scope::System) {
        ctx.err << cmd << ": " << tr("--lock and --unlock only apply to --system settings") << "\n";
        return Usage;
    }
    if (parser.isSet(QStringLiteral("lock")) && parser.isSet(QStringLiteral("unlock"))) {
        ctx.err << cmd << ": " << tr("use either --lock or --unlock") << "\n";
        return Usage;
    }
    if (parser.isSet(QStringLiteral("client-secret-stdin")) && parser.isSet(QStringLiteral("client-secret-file"))) {
        ctx.err << cmd << ": " << tr("use either --client-secret-stdin or --client-secret-file") << "\n";
        return Usage;
    }
    const QString host = parser.value(QStringLiteral("redirect-host"));
    if (!host.isEmpty() && !em::settings::redirectHostWarning(host).isEmpty()) {
        ctx.err << cmd << ": " << em::settings::redirectHostWarning(host) << "\n";
        return Usage;
    }

    em::settings::ProviderSettings settings(em::defaultUserSettingsPath(), em::defaultSystemSettingsPath());
    ProviderConfig config = settings.stored(scope, *provider);
    const QString previousClientId = config.clientId;
    std::optional<QString> secret;
    if (parser.isSet(QStringLiteral("from-json"))) {
        const em::Result<QJsonObject> json = providerJson(parser.value(QStringLiteral("from-json")), *provider);
        if (!json) {
            ctx.err << cmd << ": " << json.error() << "\n";
            return Failure;
        }
        const QJsonObject &o = json.value();
        auto take = [&o](QString &field, std::initializer_list<const char *> keys) {
            for (const char *k : keys)
                if (o.value(QLatin1String(k)).isString())
                    field = o.value(QLatin1String(k)).toString();
        };
        take(config.clientId, {"client_id"});
        take(config.tenant, {"tenant"});
        take(config.authUrl, {"auth_url", "auth_uri"});
        take(config.tokenUrl, {"token_url", "token_uri"});
        take(config.revokeUrl, {"revoke_url", "revoke_uri"});
        take(config.apiUrl, {"api_url"});
        if (o.value(QStringLiteral("client_secret")).isString())
            secret = o.value(QStringLiteral("client_secret")).toString();
        // Google's file names its public endpoints: the defaults serve them (in their
        // current versions), so only other hosts are kept as overrides.
        for (const char *which : {"auth", "token"}) {
            QString &url = std::strcmp(which, "auth") == 0 ? config.authUrl : config.tokenUrl;
            if (QUrl(url).host() == QUrl(ProviderConfig::defaultUrl(*provider, which)).host())
                url.clear();
        }
    }
    if (parser.isSet(QStringLiteral("client-id")))
        config.clientId = parser.value(QStringLiteral("client-id"));
    if (parser.isSet(QStringLiteral("tenant")))
        config.tenant = parser.value(QStringLiteral("tenant"));
    if (parser.isSet(QStringLiteral("redirect-host")))
        config.redirectHost = host;
    for (const UrlOption &o : kUrlOptions)
        if (parser.isSet(QLatin1String(o.name)))
            config.*o.field = parser.value(QLatin1String(o.name));

    if (parser.isSet(QStringLiteral("client-secret-stdin"))) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            ctx.err << cmd << ": " << tr("cannot read standard input") << "\n";
            return Failure;
        }
        secret = chompSecret(in.readAll());
    } else if (parser.isSet(QStringLiteral("client-secret-file"))) {
        QFile in(parser.value(QStringLiteral("client-secret-file")));
        if (!in.open(QIODevice::ReadOnly)) {
            ctx.err << cmd << ": " << tr("cannot read %1: %2").arg(in.fileName(), in.errorString()) << "\n";
            return Failure;
        }
        secret = chompSecret(in.readAll());
    }

    // Warn, never block: the administrator may know better.
    QStringList warnings;
    if (parser.isSet(QStringLiteral("client-id")) || parser.isSet(QStringLiteral("from-json")))
        warnings << em::settings::clientIdWarning(*provider, config.clientId);
    if (secret)
        warnings << em::settings::clientSecretWarning(*provider, *secret);
    if (parser.isSet(QStringLiteral("tenant")))
        warnings << em::settings::tenantWarning(config.tenant);
    for (const UrlOption &o : kUrlOptions)
        if (parser.isSet(QLatin1String(o.name)))
            warnings << em::settings::urlWarning(config.*o.field);
    for (const QString &w : warnings)
        if (!w.isEmpty())
            ctx.err << cmd << ": " << tr("warning: %1").arg(w) << "\n";

    if (scope == Scope::User && settings.isLocked(*provider)) {
        ctx.err << cmd << ": "
                << tr("the %1 settings are managed by your administrator and cannot be changed")
                       .arg(em::settings::providerDisplayName(*provider))
                << "\n";
        return Failure;
    }
    // A secret belongs to its client id: a new id without a new secret drops the old one.
    const bool clientChanged = config.clientId.trimmed() != previousClientId;
    if (clientChanged && !secret && !previousClientId.isEmpty()) {
        secret = QString();
        ctx.err << cmd << ": " << tr("warning: the client ID changed, so the previous client secret was removed")
                << "\n";
    }
    if (secret && scope == Scope::System) {
        config.clientSecret = *secret;
    } else if (secret) {
        // The keychain first: if it is unavailable nothing is written at all.
        em::auth::Keychain keychain(em::keychainService());
        const QString key = em::settings::clientSecretKey(*provider);
        const em::Status s = secret->isEmpty() ? em::auth::removeBlocking(keychain, key)
                                               : em::auth::writeBlocking(keychain, key, secret->toUtf8());
        if (!s) {
            ctx.err << cmd << ": " << s.error() << "\n";
            return Failure;
        }
    }
    std::optional<bool> lock;
    if (parser.isSet(QStringLiteral("lock")) || parser.isSet(QStringLiteral("unlock")))
        lock = parser.isSet(QStringLiteral("lock"));
    if (em::Status s = settings.save(scope, config, lock); !s) {
        ctx.err << cmd << ": " << s.error() << "\n";
        return Failure;
    }
    ctx.out << tr("%1 settings saved (%2).")
                   .arg(em::settings::providerDisplayName(*provider),
                        scope == Scope::System ? settings.systemFile() : settings.userFile())
            << "\n";
    return Ok;
}

int runShow(const Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("provider"), tr("google or microsoft (default: both)"));
    if (int code = parseCommand(parser, ctx,
                                tr("Show the provider settings in effect and where they come from "
                                   "(never the secret)."),
                                QStringLiteral("[PROVIDER]"));
        code >= 0)
        return code;
    QList<Provider> providers{Provider::Google, Provider::Microsoft};
    if (!parser.positionalArguments().isEmpty()) {
        const std::optional<Provider> p = providerArgument(parser, ctx, QStringLiteral("emailctl provider show"));
        if (!p)
            return Usage;
        providers = {*p};
    }
    em::settings::ProviderSettings settings(em::defaultUserSettingsPath(), em::defaultSystemSettingsPath());
    em::auth::Keychain keychain(em::keychainService());
    for (Provider provider : providers) {
        em::settings::EffectiveProvider e = settings.effective(provider);
        const ProviderConfig system = settings.stored(Scope::System, provider);
        const ProviderConfig user = settings.stored(Scope::User, provider);
        auto source = [&](QString ProviderConfig::*field) {
            if (!(e.config.*field).isEmpty() && e.config.*field == user.*field && !e.locked)
                return tr("user");
            if (!(e.config.*field).isEmpty())
                return tr("system");
            return tr("default");
        };
        auto line = [&](const QString &label, const QString &value, const QString &from) {
            ctx.out << "  " << QString(label + u':').leftJustified(16) << value;
            if (!from.isEmpty())
                ctx.out << "  (" << from << ")";
            ctx.out << "\n";
        };
        ctx.out << em::settings::providerId(provider) << "\n";
        line(tr("client id"), e.config.clientId.isEmpty() ? tr("not set") : e.config.clientId,
             e.config.clientId.isEmpty() ? QString() : (e.clientFromUser ? tr("user") : tr("system")));
        QString secret;
        if (e.clientFromUser && !e.locked) {
            const auto r = em::auth::readBlocking(keychain, em::settings::clientSecretKey(provider));
            secret = !r ? tr("unknown: %1").arg(r.error()) : (r.value() ? tr("set (keychain)") : tr("not set"));
            if (r && r.value())
                e.config.clientSecret = QString::fromUtf8(*r.value()); // only to judge completeness below
        } else {
            secret = system.clientSecret.isEmpty() ? tr("not set") : tr("set (system file)");
        }
        line(tr("client secret"), secret, {});
        if (provider == Provider::Microsoft) {
            line(tr("tenant"), e.config.effectiveTenant(), source(&ProviderConfig::tenant));
            line(tr("redirect host"), e.config.effectiveRedirectHost(), source(&ProviderConfig::redirectHost));
        }
        line(tr("auth url"), e.config.authorizationEndpoint().toString(), source(&ProviderConfig::authUrl));
        line(tr("token url"), e.config.tokenEndpoint().toString(), source(&ProviderConfig::tokenUrl));
        if (provider == Provider::Google || !e.config.revokeUrl.isEmpty())
            line(tr("revoke url"), e.config.revocationEndpoint().toString(), source(&ProviderConfig::revokeUrl));
        line(tr("api url"), e.config.apiBase().toString(), source(&ProviderConfig::apiUrl));
        line(tr("scopes"), e.config.scopes().join(u' '), {});
        line(tr("locked"), e.locked ? tr("yes, managed by the administrator") : tr("no"), {});
        if (!e.config.hasCredentials())
            line(tr("status"), e.config.missingCredentials(), {});
    }
    return Ok;
}

int runUnset(const Context &ctx)
{
    const QString cmd = QStringLiteral("emailctl provider unset");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("provider"), tr("google or microsoft"));
    parser.addOption({QStringLiteral("system"), tr("Remove the settings for every user (needs root).")});
    if (int code =
            parseCommand(parser, ctx, tr("Remove a provider's settings of one scope."), QStringLiteral("PROVIDER"));
        code >= 0)
        return code;
    const std::optional<Provider> provider = providerArgument(parser, ctx, cmd);
    if (!provider)
        return Usage;
    const Scope scope = parser.isSet(QStringLiteral("system")) ? Scope::System : Scope::User;
    em::settings::ProviderSettings settings(em::defaultUserSettingsPath(), em::defaultSystemSettingsPath());
    if (em::Status s = settings.unset(scope, *provider); !s) {
        ctx.err << cmd << ": " << s.error() << "\n";
        return Failure;
    }
    if (scope == Scope::User) {
        em::auth::Keychain keychain(em::keychainService());
        if (em::Status s = em::auth::removeBlocking(keychain, em::settings::clientSecretKey(*provider)); !s) {
            ctx.err << cmd << ": " << s.error() << "\n";
            return Failure;
        }
    }
    ctx.out << tr("%1 settings removed.").arg(em::settings::providerDisplayName(*provider)) << "\n";
    return Ok;
}

} // namespace

int runProvider(const Context &ctx)
{
    QStringList rest;
    const QString sub = takeSubcommand(ctx, &rest);
    Context subctx{rest, ctx.out, ctx.err, ctx.stdoutIsTerminal};
    if (sub == QLatin1String("set"))
        return runSet(subctx);
    if (sub == QLatin1String("show"))
        return runShow(subctx);
    if (sub == QLatin1String("unset"))
        return runUnset(subctx);
    if (ctx.args.contains(QLatin1String("--help")) || ctx.args.contains(QLatin1String("-h"))) {
        ctx.out << tr("Usage: emailctl provider set|show|unset [options]\n"
                      "Run 'emailctl provider set --help' for the options of a subcommand.\n");
        return Ok;
    }
    ctx.err << "emailctl provider: " << tr("expected set, show or unset") << "\n";
    return Usage;
}

} // namespace emailctl
