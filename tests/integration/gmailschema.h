#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace em::test {

// Test oracle: checks JSON responses against the response schemas of the Gmail discovery
// document, strictly (no property the schema does not define; 64-bit integers as strings).
class GmailSchema
{
public:
    GmailSchema();
    bool loaded() const { return !m_schemas.isEmpty(); }
    // Problems of a method's response ("gmail.users.messages.get"); empty when it conforms.
    QStringList check(const QString &methodId, const QJsonObject &response) const;
    // Problems of a value against a named schema ("Message").
    QStringList checkSchema(const QString &schemaName, const QJsonValue &value) const;
    // The $ref of a method's response schema; empty when the method returns nothing.
    QString responseSchema(const QString &methodId) const;

private:
    void checkValue(const QJsonValue &value, const QJsonObject &schema, const QString &path, QStringList &out) const;

    QJsonObject m_schemas;
    QHash<QString, QString> m_responses; // method id -> schema name
};

} // namespace em::test
