#pragma once

#include "accounts/accountservices.h"
#include "auth/keychain.h"
#include "cli.h"
#include "settings/providersettings.h"
#include "store/mailstore.h"
#include "store/types.h"
#include "util/paths.h"
#include "util/result.h"

#include <QNetworkAccessManager>

#include <memory>
#include <optional>

namespace emailctl {

// The services an account command needs, alive for the command.
struct Services
{
    em::settings::ProviderSettings settings{em::defaultUserSettingsPath(), em::defaultSystemSettingsPath()};
    em::auth::Keychain keychain{em::keychainService()};
    QNetworkAccessManager nam;
    std::unique_ptr<em::store::MailStore> store;
    em::accounts::AccountServices view() { return {&settings, &keychain, &nam, store.get()}; }
};

// Opens the store for writing: -1 when open, else the exit code (the error printed).
int openStore(Services &s, const QCommandLineParser &parser, const Context &ctx, const QString &cmd);
// The accounts in the store; none when no store was created yet (a fresh install).
em::Result<QList<em::store::AccountRow>> listAccounts(const QCommandLineParser &parser);
// The stored account named by ADDRESS (and --provider when the address is ambiguous).
std::optional<em::store::AccountRow> findAccount(const QCommandLineParser &parser, const Context &ctx,
                                                 const QString &cmd);
std::optional<em::store::AccountRow> findAccount(const QString &address, const QCommandLineParser &parser,
                                                 const Context &ctx, const QString &cmd);
void addAccountArguments(QCommandLineParser &parser, const QString &what);
// The account named on the command line and the store to change it in: -1 when both are
// there, else the exit code.
int openAccount(const QCommandLineParser &parser, const Context &ctx, const QString &cmd, Services &services,
                em::store::AccountRow *account);

} // namespace emailctl

namespace emailctl {

// Runs one complete sync of each account (replaying queued actions first), printing
// progress and what changed. Ok only when every account ended in step.
int syncAccounts(const Context &ctx, Services &services, const QList<em::store::AccountRow> &accounts, int prefetch,
                 bool quiet, const QString &cmd);

} // namespace emailctl
