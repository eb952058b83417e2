#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace emailctl {

enum Exit { Ok = 0, Failure = 1, Usage = 2 };

// What every command gets: its own arguments and the streams to write to.
struct Context
{
    QStringList args; // argv[0] replaced by "emailctl COMMAND", global options kept
    QTextStream &out;
    QTextStream &err;
    bool stdoutIsTerminal = false;
};

// Parses a command's arguments (adding --store and --help); on --help prints and returns
// Ok, on bad usage prints the error and returns Usage; otherwise returns -1.
int parseCommand(QCommandLineParser &parser, const Context &ctx, const QString &description,
                 const QString &usageSuffix = {});
QString storePath(const QCommandLineParser &parser);

// "emailctl provider set ..." : takes the first argument that is not an option (nor the
// value of --store) out of ctx.args and returns it; the remaining Context is the
// subcommand's ("emailctl provider set" as argv[0]). Empty when there is none.
QString takeSubcommand(const Context &ctx, QStringList *rest);
// Runs the event loop until `done` returns true (for asynchronous core jobs).
void waitUntil(const std::function<bool()> &done);

int runImport(const Context &ctx);
int runSearch(const Context &ctx);
int runShowMime(const Context &ctx);
int runStats(const Context &ctx);
int runProvider(const Context &ctx);
int runAccounts(const Context &ctx);
int runSync(const Context &ctx);
int runMark(const Context &ctx);
int runMove(const Context &ctx);
int runTrash(const Context &ctx);

} // namespace emailctl
