#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

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

int runImport(const Context &ctx);
int runSearch(const Context &ctx);
int runShowMime(const Context &ctx);
int runStats(const Context &ctx);

} // namespace emailctl
