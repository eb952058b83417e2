#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace em::test {

// A small validator for Graph JSON against the CSDL types the emulator promises
// (tests/sandbox/api/graph-v1.0-mail-types.xml): every property must be declared on the
// type or a base type (or be an annotation), with a value of the declared type.
class GraphSchema
{
public:
    bool load(const QString &path, QString *error = nullptr);
    bool isLoaded() const { return !m_types.isEmpty(); }
    // The problems found in an instance of the type ("message", "mailFolder", ...);
    // empty when it conforms. "@odata.type" on the value selects a derived type.
    QStringList validate(const QJsonObject &value, const QString &type) const;

private:
    struct Property
    {
        QString type;
        bool nullable = true;
    };
    struct Type
    {
        QString base;
        QHash<QString, Property> properties;
    };

    const Property *property(const QString &type, const QString &name) const;
    bool derivesFrom(const QString &type, const QString &base) const;
    void check(const QJsonValue &value, const QString &type, bool nullable, const QString &where,
               QStringList *problems) const;
    void checkObject(const QJsonObject &value, QString type, const QString &where, QStringList *problems) const;

    QHash<QString, Type> m_types; // by unqualified name
};

} // namespace em::test
