#include "cli.h"

#include "store/storereader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace emailctl {

int runStats(const Context &ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("emailctl", "Print JSON.")});
    if (int code = parseCommand(parser, ctx,
                                QCoreApplication::translate("emailctl", "Count messages per account and folder."));
        code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        ctx.err << "emailctl stats: " << QCoreApplication::translate("emailctl", "takes no arguments") << "\n";
        return Usage;
    }
    auto reader = em::store::StoreReader::open(storePath(parser));
    if (!reader) {
        ctx.err << "emailctl stats: " << reader.error() << "\n";
        return Failure;
    }
    auto stats = reader.value()->stats();
    if (!stats) {
        ctx.err << "emailctl stats: " << stats.error() << "\n";
        return Failure;
    }
    const em::store::StoreStats &s = stats.value();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray accounts;
        for (const auto &a : s.accounts) {
            QJsonArray folders;
            for (const auto &f : a.folders)
                folders.append(QJsonObject{{QStringLiteral("name"), f.path},
                                           {QStringLiteral("kind"), em::store::folderKindName(f.kind)},
                                           {QStringLiteral("messages"), f.messages},
                                           {QStringLiteral("unread"), f.unread}});
            accounts.append(QJsonObject{{QStringLiteral("address"), a.address},
                                        {QStringLiteral("provider"), a.provider},
                                        {QStringLiteral("messages"), a.messages},
                                        {QStringLiteral("unread"), a.unread},
                                        {QStringLiteral("folders"), folders}});
        }
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("accounts"), accounts},
                                             {QStringLiteral("store_bytes"), s.storeBytes}})
                       .toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const auto &a : s.accounts) {
        ctx.out << QCoreApplication::translate("emailctl", "%1 (%2): %3 messages, %4 unread")
                       .arg(a.address, a.provider)
                       .arg(a.messages)
                       .arg(a.unread)
                << "\n";
        for (const auto &f : a.folders)
            ctx.out << "  " << f.path.leftJustified(30) << " " << QString::number(f.messages).rightJustified(8) << " "
                    << QString::number(f.unread).rightJustified(8) << " unread\n";
    }
    ctx.out << QCoreApplication::translate("emailctl", "Store: %1 bytes").arg(s.storeBytes) << "\n";
    return Ok;
}

} // namespace emailctl
