#include "tokenset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace em::auth {

bool TokenSet::needsRefresh(int marginSeconds) const
{
    return accessToken.isEmpty() || !expiresAt.isValid() ||
           expiresAt <= QDateTime::currentDateTimeUtc().addSecs(marginSeconds);
}

QByteArray TokenSet::toJson() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("access_token"), accessToken},
                                     {QStringLiteral("refresh_token"), refreshToken},
                                     {QStringLiteral("expires_at"), expiresAt.toSecsSinceEpoch()},
                                     {QStringLiteral("scope"), scopes.join(u' ')}})
        .toJson(QJsonDocument::Compact);
}

std::optional<TokenSet> TokenSet::fromJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    TokenSet t;
    t.accessToken = o.value(QStringLiteral("access_token")).toString();
    t.refreshToken = o.value(QStringLiteral("refresh_token")).toString();
    t.expiresAt = QDateTime::fromSecsSinceEpoch(qint64(o.value(QStringLiteral("expires_at")).toDouble()), Qt::UTC);
    t.scopes = o.value(QStringLiteral("scope")).toString().split(u' ', Qt::SkipEmptyParts);
    if (t.accessToken.isEmpty() && t.refreshToken.isEmpty())
        return std::nullopt;
    return t;
}

QString accountTokenKey(settings::Provider provider, const QString &address)
{
    return QStringLiteral("account/%1/%2").arg(settings::providerId(provider), address.toLower());
}

} // namespace em::auth
