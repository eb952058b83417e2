// Account lookup and the services account commands share.
#include "accountsupport.h"

#include "store/storereader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace emailctl {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("emailctl", text);
}
} // namespace

int openStore(Services &s, const QCommandLineParser &parser, const Context &ctx, const QString &cmd)
{
    auto store = em::store::MailStore::open(storePath(parser));
    if (!store) {
        ctx.err << cmd << ": " << store.error() << "\n";
        return Failure;
    }
    s.store = std::move(store).value();
    return -1;
}

em::Result<QList<em::store::AccountRow>> listAccounts(const QCommandLineParser &parser)
{
    if (!QFileInfo::exists(storePath(parser)))
        return QList<em::store::AccountRow>();
    auto reader = em::store::StoreReader::open(storePath(parser));
    if (!reader)
        return em::Result<QList<em::store::AccountRow>>::failure(reader.error());
    return reader.value()->accounts();
}

std::optional<em::store::AccountRow> findAccount(const QCommandLineParser &parser, const Context &ctx,
                                                 const QString &cmd)
{
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1) {
        ctx.err << cmd << ": " << tr("name one account address") << "\n";
        return std::nullopt;
    }
    return findAccount(pos.first(), parser, ctx, cmd);
}

std::optional<em::store::AccountRow> findAccount(const QString &address, const QCommandLineParser &parser,
                                                 const Context &ctx, const QString &cmd)
{
    const QStringList pos{address};
    const auto rows = listAccounts(parser);
    if (!rows) {
        ctx.err << cmd << ": " << rows.error() << "\n";
        return std::nullopt;
    }
    QList<em::store::AccountRow> matches;
    for (const auto &a : rows.value())
        if (a.address.compare(pos.first(), Qt::CaseInsensitive) == 0 &&
            (!parser.isSet(QStringLiteral("provider")) || a.provider == parser.value(QStringLiteral("provider"))))
            matches.append(a);
    if (matches.size() == 1)
        return matches.first();
    ctx.err << cmd << ": "
            << (matches.isEmpty() ? tr("no account %1 (see 'emailctl accounts list')").arg(pos.first())
                                  : tr("%1 is connected with more than one provider: add --provider").arg(pos.first()))
            << "\n";
    return std::nullopt;
}

void addAccountArguments(QCommandLineParser &parser, const QString &what)
{
    parser.addPositionalArgument(QStringLiteral("address"), what);
    parser.addOption({QStringLiteral("provider"), tr("google or microsoft, when the address has both."),
                      QStringLiteral("PROVIDER")});
}

int openAccount(const QCommandLineParser &parser, const Context &ctx, const QString &cmd, Services &services,
                em::store::AccountRow *account)
{
    const std::optional<em::store::AccountRow> found = findAccount(parser, ctx, cmd);
    if (!found)
        return Failure;
    *account = *found;
    return openStore(services, parser, ctx, cmd);
}

} // namespace emailctl
