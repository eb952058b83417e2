#pragma once

#include "settings/providerconfig.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace em::auth {

// What the keychain holds for one account. Never written anywhere else.
struct TokenSet
{
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt; // UTC
    QStringList scopes;

    // True when the access token is missing or expires within `marginSeconds`.
    bool needsRefresh(int marginSeconds = 60) const;
    QByteArray toJson() const;
    static std::optional<TokenSet> fromJson(const QByteArray &json);
};

// The keychain key of an account's tokens: one entry per account.
QString accountTokenKey(settings::Provider provider, const QString &address);

} // namespace em::auth
