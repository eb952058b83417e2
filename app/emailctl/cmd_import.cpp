#include "cli.h"

#include "import/importer.h"
#include "store/mailstore.h"

#include <QCoreApplication>

namespace emailctl {

int runImport(const Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QCoreApplication::translate("emailctl", "mbox files or Maildir folders"),
                                 QStringLiteral("PATH..."));
    if (int code = parseCommand(parser, ctx,
                                QCoreApplication::translate("emailctl",
                                                            "Import mbox files and Maildir folders into Local "
                                                            "Folders. Importing the same mail twice adds nothing."));
        code >= 0)
        return code;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        ctx.err << "emailctl import: " << QCoreApplication::translate("emailctl", "name at least one PATH") << "\n";
        return Usage;
    }
    auto store = em::store::MailStore::open(storePath(parser));
    if (!store) {
        ctx.err << "emailctl import: " << store.error() << "\n";
        return Failure;
    }
    em::import::Importer importer(*store.value());
    auto summary = importer.run(paths, [&](const em::import::ImportProgress &p) {
        if (ctx.stdoutIsTerminal) {
            ctx.out << "\r" << QCoreApplication::translate("emailctl", "%1 messages read…").arg(p.done);
            ctx.out.flush();
        }
    });
    if (ctx.stdoutIsTerminal)
        ctx.out << "\r\x1b[K";
    if (!summary) {
        ctx.err << "emailctl import: " << summary.error() << "\n";
        return Failure;
    }
    const em::import::ImportSummary &s = summary.value();
    for (const QString &problem : s.problems)
        ctx.err << "emailctl import: " << problem << "\n";
    ctx.out << QCoreApplication::translate("emailctl", "imported: %1, duplicates: %2, unparseable: %3")
                   .arg(s.imported)
                   .arg(s.duplicates)
                   .arg(s.unparseable);
    if (s.truncated)
        ctx.out << QCoreApplication::translate("emailctl", ", truncated: %1").arg(s.truncated);
    if (s.unreadable)
        ctx.out << QCoreApplication::translate("emailctl", ", unreadable: %1").arg(s.unreadable);
    ctx.out << "\n";
    return s.unreadable > 0 ? Failure : Ok;
}

} // namespace emailctl
