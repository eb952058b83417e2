// emailctl: the command line of Email Manager (import, search, inspect, administer).
#include "cli.h"
#include "util/crashsafety.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <cstdio>
#include <unistd.h>

namespace {

struct Command
{
    const char *name;
    int (*run)(const emailctl::Context &);
    const char *summary;
};

const Command kCommands[] = {
    {"import", emailctl::runImport, QT_TRANSLATE_NOOP("emailctl", "Import mbox files and Maildir folders")},
    {"search", emailctl::runSearch, QT_TRANSLATE_NOOP("emailctl", "Search the mail store")},
    {"show-mime", emailctl::runShowMime, QT_TRANSLATE_NOOP("emailctl", "Show the parsed structure of a message file")},
    {"stats", emailctl::runStats, QT_TRANSLATE_NOOP("emailctl", "Count messages per account and folder")},
    {"provider", emailctl::runProvider,
     QT_TRANSLATE_NOOP("emailctl", "Set, show or unset the OAuth client of Google or Microsoft")},
    {"accounts", emailctl::runAccounts,
     QT_TRANSLATE_NOOP("emailctl", "List, connect, re-authorize and disconnect accounts")},
    {"sync", emailctl::runSync, QT_TRANSLATE_NOOP("emailctl", "Sync accounts now and report what changed")},
    {"mark", emailctl::runMark, QT_TRANSLATE_NOOP("emailctl", "Mark messages read, unread, starred or unstarred")},
    {"move", emailctl::runMove, QT_TRANSLATE_NOOP("emailctl", "Move messages to a folder or label, or archive them")},
    {"trash", emailctl::runTrash, QT_TRANSLATE_NOOP("emailctl", "Move messages to the Trash, or out of it")},
};

QString generalHelp()
{
    QString text = QCoreApplication::translate("emailctl", "Usage: emailctl [--store FILE] COMMAND [options]\n\n"
                                                           "Commands:\n");
    for (const Command &c : kCommands)
        text +=
            QStringLiteral("  %1  %2\n")
                .arg(QString::fromLatin1(c.name).leftJustified(10), QCoreApplication::translate("emailctl", c.summary));
    text += QCoreApplication::translate("emailctl", "\nRun 'emailctl COMMAND --help' for the options of a command.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything reads a token or a secret.
    em::util::forbidCoreDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("email-manager"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EM_VERSION));
    // Library chatter (a line per request while syncing) is for the log, not for a
    // command's output; QT_LOGGING_RULES still turns it on.
    QLoggingCategory::setFilterRules(
        QStringLiteral("emailmanager.*.debug=false\nemailmanager.*.info=false\nemailmanager.*.warning=false"));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("email-manager"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments();

    // Global options may stand before the command; they are handed on to it.
    QStringList globals;
    int i = 1;
    for (; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!a.startsWith(u'-'))
            break;
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            out << generalHelp();
            return emailctl::Ok;
        }
        if (a == QLatin1String("--version")) {
            out << "emailctl " << QCoreApplication::applicationVersion() << "\n";
            return emailctl::Ok;
        }
        if (a == QLatin1String("--store") && i + 1 < args.size()) {
            globals << a << args.at(i + 1);
            ++i;
        } else if (a.startsWith(QLatin1String("--store="))) {
            globals << a;
        } else {
            err << "emailctl: " << QCoreApplication::translate("emailctl", "unknown option %1").arg(a) << "\n";
            err << generalHelp();
            return emailctl::Usage;
        }
    }
    if (i >= args.size()) {
        err << generalHelp();
        return emailctl::Usage;
    }
    const QString &command = args.at(i);
    for (const Command &c : kCommands) {
        if (command == QLatin1String(c.name)) {
            QStringList sub = {QStringLiteral("emailctl ") + command};
            sub += globals;
            sub += args.mid(i + 1);
            emailctl::Context ctx{sub, out, err, bool(isatty(STDOUT_FILENO))};
            const int code = c.run(ctx);
            out.flush();
            err.flush();
            return code;
        }
    }
    err << "emailctl: " << QCoreApplication::translate("emailctl", "unknown command '%1'").arg(command) << "\n";
    err << generalHelp();
    return emailctl::Usage;
}
