#include "cli.h"

#include "util/paths.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace emailctl {

int parseCommand(QCommandLineParser &parser, const Context &ctx, const QString &description, const QString &usageSuffix)
{
    parser.setApplicationDescription(description);
    parser.addOption(
        {QStringLiteral("store"),
         QCoreApplication::translate("emailctl", "The mail store file (default: %1).").arg(em::defaultStorePath()),
         QStringLiteral("FILE")});
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(ctx.args)) {
        ctx.err << "emailctl: " << parser.errorText() << "\n";
        ctx.err << QCoreApplication::translate("emailctl", "Try '%1 --help'.").arg(ctx.args.value(0)) << "\n";
        return Usage;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        const QString argv0 = QCoreApplication::arguments().value(0);
        if (!argv0.isEmpty())
            text.replace(text.indexOf(argv0), argv0.size(), ctx.args.value(0));
        if (!usageSuffix.isEmpty())
            text.replace(QLatin1String("[options]"), QLatin1String("[options] ") + usageSuffix);
        ctx.out << text;
        return Ok;
    }
    return -1;
}

QString storePath(const QCommandLineParser &parser)
{
    const QString s = parser.value(QStringLiteral("store"));
    return s.isEmpty() ? em::defaultStorePath() : s;
}

QString takeSubcommand(const Context &ctx, QStringList *rest)
{
    *rest = ctx.args;
    for (int i = 1; i < rest->size(); ++i) {
        const QString &a = rest->at(i);
        if (a == QLatin1String("--store")) {
            ++i;
            continue;
        }
        if (a.startsWith(u'-'))
            continue;
        QString sub = a;
        rest->removeAt(i);
        (*rest)[0] += u' ' + sub;
        return sub;
    }
    return {};
}

void waitUntil(const std::function<bool()> &done)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(20);
    if (!done())
        loop.exec();
}

} // namespace emailctl
