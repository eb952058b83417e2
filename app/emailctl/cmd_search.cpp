#include "cli.h"

#include "store/storereader.h"
#include "store/types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace emailctl {

int runSearch(const Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("QUERY"), QCoreApplication::translate("emailctl", "the search"),
                                 QStringLiteral("QUERY..."));
    parser.addOption({QStringLiteral("limit"), QCoreApplication::translate("emailctl", "At most N results (50)."),
                      QStringLiteral("N"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("emailctl", "Print JSON.")});
    // "-word" is a negated search term, not an option: move every argument that is not one of
    // this command's options behind "--" so that the parser leaves it alone, in order.
    Context own = ctx;
    {
        QStringList options = {ctx.args.value(0)}, terms;
        const QStringList withValue = {QStringLiteral("--store"), QStringLiteral("--limit")};
        bool rest = false;
        for (qsizetype i = 1; i < ctx.args.size(); ++i) {
            const QString &a = ctx.args.at(i);
            if (rest || a == QLatin1String("--")) {
                if (rest)
                    terms.append(a);
                rest = true;
            } else if (withValue.contains(a) && i + 1 < ctx.args.size()) {
                options << a << ctx.args.at(++i);
            } else if (a.startsWith(QLatin1String("--")) || a == QLatin1String("-h")) {
                options << a; // --json, --help, --store=FILE, or an unknown option to report
            } else {
                terms << a;
            }
        }
        // cppcheck-suppress [unreadVariable, redundantAssignment] ; it is read: `own` is parsed below
        own.args = options + QStringList{QStringLiteral("--")} + terms;
    }
    if (int code = parseCommand(parser, own,
                                QCoreApplication::translate(
                                    "emailctl",
                                    "Search the mail store, newest first. Words match by prefix; \"quoted phrases\"; "
                                    "from: to: cc: subject: has:attachment is:unread is:read is:starred in:FOLDER "
                                    "before:YYYY-MM-DD after:YYYY-MM-DD OR, and - to negate."));
        code >= 0)
        return code;
    const QString query = parser.positionalArguments().join(u' ');
    if (query.trimmed().isEmpty()) {
        ctx.err << "emailctl search: " << QCoreApplication::translate("emailctl", "give a QUERY") << "\n";
        return Usage;
    }
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1) {
        ctx.err << "emailctl search: " << QCoreApplication::translate("emailctl", "--limit takes a positive number")
                << "\n";
        return Usage;
    }
    auto reader = em::store::StoreReader::open(storePath(parser));
    if (!reader) {
        ctx.err << "emailctl search: " << reader.error() << "\n";
        return Failure;
    }
    auto results = reader.value()->search(query, limit);
    if (!results) {
        ctx.err << "emailctl search: " << results.error() << "\n";
        return Failure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &m : results.value()) {
            array.append(QJsonObject{
                {QStringLiteral("id"), m.id},
                {QStringLiteral("account_id"), m.accountId},
                {QStringLiteral("date"),
                 m.dateMs ? QJsonValue(QDateTime::fromMSecsSinceEpoch(m.dateMs, Qt::UTC).toString(Qt::ISODate))
                          : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("from"),
                 QJsonObject{{QStringLiteral("name"), m.fromName}, {QStringLiteral("address"), m.fromAddress}}},
                {QStringLiteral("subject"), m.subject},
                {QStringLiteral("snippet"), m.snippet},
                {QStringLiteral("thread"), m.threadKey},
                {QStringLiteral("read"), bool(m.flags & em::store::Read)},
                {QStringLiteral("starred"), bool(m.flags & em::store::Starred)},
                {QStringLiteral("has_attachment"), bool(m.flags & em::store::HasAttachments)},
            });
        }
        ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const auto &m : results.value()) {
        const QString date = m.dateMs
                                 ? QDateTime::fromMSecsSinceEpoch(m.dateMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                 : QStringLiteral("----------------");
        const QString from = m.fromName.isEmpty() ? m.fromAddress : m.fromName;
        ctx.out << QString::number(m.id).rightJustified(7) << "  " << date << "  " << from.left(28).leftJustified(28)
                << "  " << m.subject << "\n";
    }
    if (results.value().isEmpty())
        ctx.err << QCoreApplication::translate("emailctl", "No messages match.") << "\n";
    return Ok;
}

} // namespace emailctl
