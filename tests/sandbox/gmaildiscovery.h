#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace em::sandbox {

// One method of the discovery document, with its path template split into segments.
struct DiscoveryMethod
{
    QString id; // "gmail.users.messages.get"
    QByteArray httpMethod;
    QStringList segments; // "gmail","v1","users","{userId}",...
    QJsonObject json;
    bool upload = false; // has mediaUpload
};

// The Gmail discovery document: the contract the emulator answers to. Loaded once.
class GmailDiscovery
{
public:
    GmailDiscovery();
    bool loaded() const { return !m_methods.isEmpty(); }

    // The method for an HTTP method and a path relative to the root ("gmail/v1/users/me/...");
    // fills the path parameters. pathKnown tells whether any method has that path.
    const DiscoveryMethod *find(const QByteArray &httpMethod, const QString &path, QHash<QString, QString> *params,
                                bool *pathKnown) const;
    // Checks the query against the method's parameters; returns Google's error message or empty.
    QString checkQuery(const DiscoveryMethod &method, const QUrlQuery &query) const;
    // Checks a JSON body against the method's request schema; returns an error message or empty.
    QString checkBody(const DiscoveryMethod &method, const QJsonObject &body) const;
    QString checkValue(const QJsonValue &value, const QJsonObject &schema, const QString &path) const;

private:
    QList<DiscoveryMethod> m_methods;
    QJsonObject m_schemas;
    QJsonObject m_globalParameters;
};

// Partial responses: applies a "fields" selector ("id,payload/headers,messages(id)") to a
// JSON object. False when the selector cannot be parsed.
bool applyFieldMask(const QString &fields, QJsonObject &object);

} // namespace em::sandbox
