// email-manager-sandbox: the provider emulator as a program, for the demo and end-to-end tests.
#include "sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

using namespace em::sandbox;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("email-manager-sandbox"));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("A local emulator of Google's and Microsoft's mail endpoints (OAuth, "
                                               "Gmail API v1, Microsoft Graph v1.0) on 127.0.0.1."));
    p.addHelpOption();
    const QList<QCommandLineOption> options = {
        {QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0: any free port)."), QStringLiteral("N"),
         QStringLiteral("0")},
        {QStringLiteral("seed"), QStringLiteral("Seed of the generated mailboxes."), QStringLiteral("N"),
         QStringLiteral("1")},
        {QStringLiteral("messages"), QStringLiteral("Messages per mailbox."), QStringLiteral("N"),
         QStringLiteral("50")},
        {QStringLiteral("mailbox"), QStringLiteral("Load every mailbox from an mbox file or Maildir folder."),
         QStringLiteral("PATH")},
        {QStringLiteral("users"), QStringLiteral("Users as address:google|microsoft, comma-separated."),
         QStringLiteral("LIST")},
        {QStringLiteral("token-lifetime"), QStringLiteral("Access token lifetime in seconds."), QStringLiteral("S"),
         QStringLiteral("3600")},
        {QStringLiteral("gmail-quota"), QStringLiteral("Gmail units per user per minute."), QStringLiteral("N"),
         QStringLiteral("15000")},
        {QStringLiteral("graph-requests"), QStringLiteral("Graph requests per mailbox per 10 minutes."),
         QStringLiteral("N"), QStringLiteral("10000")},
        {QStringLiteral("graph-concurrency"), QStringLiteral("Graph concurrent requests per mailbox."),
         QStringLiteral("N"), QStringLiteral("4")},
        {QStringLiteral("latency"), QStringLiteral("Added latency in milliseconds."), QStringLiteral("MS"),
         QStringLiteral("0")},
        {QStringLiteral("rate-500"), QStringLiteral("Share of API answers replaced by 500."), QStringLiteral("R"),
         QStringLiteral("0")},
        {QStringLiteral("rate-503"), QStringLiteral("Share of API answers replaced by 503."), QStringLiteral("R"),
         QStringLiteral("0")},
        {QStringLiteral("rate-reset"), QStringLiteral("Share of API connections reset."), QStringLiteral("R"),
         QStringLiteral("0")},
        {QStringLiteral("rate-truncate"), QStringLiteral("Share of API bodies cut short."), QStringLiteral("R"),
         QStringLiteral("0")},
        {QStringLiteral("rate-garble"), QStringLiteral("Share of Graph delta entries with unreadable properties."),
         QStringLiteral("R"), QStringLiteral("0")},
        {QStringLiteral("google-client"), QStringLiteral("Register a Google desktop client (repeatable)."),
         QStringLiteral("ID:SECRET")},
        {QStringLiteral("microsoft-client"),
         QStringLiteral("Register a Microsoft client; without :SECRET a public client (repeatable)."),
         QStringLiteral("ID[:SECRET]")},
        {QStringLiteral("config-json"), QStringLiteral("Also write the client configuration to FILE."),
         QStringLiteral("FILE")},
    };
    p.addOptions(options);
    p.process(app);

    auto number = [&](const char *name) {
        bool ok = false;
        const double v = p.value(QLatin1String(name)).toDouble(&ok);
        if (!ok || v < 0) {
            std::fprintf(stderr, "email-manager-sandbox: --%s takes a non-negative number\n", name);
            std::exit(2);
        }
        return v;
    };
    SandboxOptions o;
    o.seed = quint64(number("seed"));
    o.messagesPerMailbox = int(number("messages"));
    o.mailboxSource = p.value(QStringLiteral("mailbox"));
    o.accessTokenLifetimeSeconds = int(number("token-lifetime"));
    o.limits.gmailUnitsPerMinute = int(number("gmail-quota"));
    o.limits.graphRequestsPer10Minutes = int(number("graph-requests"));
    o.limits.graphConcurrency = int(number("graph-concurrency"));
    o.limits.latencyMs = int(number("latency"));
    o.limits.rate500 = number("rate-500");
    o.limits.rate503 = number("rate-503");
    o.limits.rateReset = number("rate-reset");
    o.limits.rateTruncate = number("rate-truncate");
    o.limits.rateGarble = number("rate-garble");
    for (const QString &spec : p.value(QStringLiteral("users")).split(u',', Qt::SkipEmptyParts)) {
        const QString provider = spec.section(u':', 1).trimmed().toLower();
        if (provider != QLatin1String("google") && provider != QLatin1String("microsoft")) {
            std::fprintf(stderr, "email-manager-sandbox: --users takes address:google or address:microsoft\n");
            return 2;
        }
        o.users.append({spec.section(u':', 0, 0).trimmed(),
                        provider == QLatin1String("google") ? Provider::Google : Provider::Microsoft,
                        {}});
    }

    for (const QString &spec : p.values(QStringLiteral("google-client"))) {
        if (!spec.contains(u':') || spec.section(u':', 0, 0).isEmpty()) {
            std::fprintf(stderr, "email-manager-sandbox: --google-client takes ID:SECRET\n");
            return 2;
        }
        o.extraClients.append({spec.section(u':', 0, 0), spec.section(u':', 1), Provider::Google, false});
    }
    for (const QString &spec : p.values(QStringLiteral("microsoft-client"))) {
        const QString secret = spec.section(u':', 1);
        o.extraClients.append({spec.section(u':', 0, 0), secret, Provider::Microsoft, secret.isEmpty()});
    }

    Sandbox sandbox(o);
    const quint16 port = quint16(number("port"));
    if (!sandbox.start(port)) {
        std::fprintf(stderr, "email-manager-sandbox: cannot listen on 127.0.0.1:%u\n", port);
        return 1;
    }
    const QByteArray config = QJsonDocument(sandbox.clientConfig()).toJson(QJsonDocument::Indented);
    if (p.isSet(QStringLiteral("config-json"))) {
        QFile f(p.value(QStringLiteral("config-json")));
        if (!f.open(QIODevice::WriteOnly) || f.write(config) != config.size()) {
            std::fprintf(stderr, "email-manager-sandbox: cannot write %s\n", qPrintable(f.fileName()));
            return 1;
        }
    }
    std::fprintf(stdout, "%s", config.constData());
    std::fflush(stdout);
    return app.exec();
}
