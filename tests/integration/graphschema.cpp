#include "graphschema.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace em::test {

namespace {
QString unqualified(const QString &name)
{
    return name.startsWith(QLatin1String("graph.")) ? name.mid(6) : name;
}
} // namespace

bool GraphSchema::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot open %1").arg(path);
        return false;
    }
    QByteArray xml = file.readAll();
    // The file may hold bare type declarations without one root: give it one.
    if (xml.startsWith("<?xml"))
        xml = xml.mid(xml.indexOf("?>") + 2);
    QXmlStreamReader reader("<Schema>" + xml + "</Schema>");
    QString current;
    int depth = 0, typeDepth = -1;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            const QString element = reader.name().toString();
            const auto attrs = reader.attributes();
            if (element == QLatin1String("EntityType") || element == QLatin1String("ComplexType")) {
                current = attrs.value(QLatin1String("Name")).toString();
                m_types[current].base = unqualified(attrs.value(QLatin1String("BaseType")).toString());
                typeDepth = depth;
            } else if (!current.isEmpty() && depth == typeDepth + 1 &&
                       (element == QLatin1String("Property") || element == QLatin1String("NavigationProperty"))) {
                Property p;
                p.type = attrs.value(QLatin1String("Type")).toString();
                p.nullable = attrs.value(QLatin1String("Nullable")) != QLatin1String("false");
                m_types[current].properties.insert(attrs.value(QLatin1String("Name")).toString(), p);
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == typeDepth) {
                current.clear();
                typeDepth = -1;
            }
            --depth;
        }
    }
    if (reader.hasError()) {
        if (error)
            *error = reader.errorString();
        m_types.clear();
        return false;
    }
    // graph.entity lives in the full schema, not in this extract: its one property is id.
    if (!m_types.contains(QStringLiteral("entity")))
        m_types[QStringLiteral("entity")].properties.insert(QStringLiteral("id"),
                                                            {QStringLiteral("Edm.String"), false});
    return !m_types.isEmpty();
}

const GraphSchema::Property *GraphSchema::property(const QString &type, const QString &name) const
{
    QString t = type;
    for (int guard = 0; !t.isEmpty() && guard < 16; ++guard) {
        const auto it = m_types.constFind(t);
        if (it == m_types.cend())
            return nullptr;
        const auto p = it->properties.constFind(name);
        if (p != it->properties.cend())
            return &p.value();
        t = it->base;
    }
    return nullptr;
}

bool GraphSchema::derivesFrom(const QString &type, const QString &base) const
{
    QString t = type;
    for (int guard = 0; !t.isEmpty() && guard < 16; ++guard) {
        if (t == base)
            return true;
        t = m_types.value(t).base;
    }
    return false;
}

void GraphSchema::check(const QJsonValue &value, const QString &type, bool nullable, const QString &where,
                        QStringList *problems) const
{
    auto fail = [&](const QString &why) { problems->append(QStringLiteral("%1: %2").arg(where, why)); };
    if (value.isNull()) {
        if (!nullable)
            fail(QStringLiteral("null for a non-nullable %1").arg(type));
        return;
    }
    if (type.startsWith(QLatin1String("Collection("))) {
        if (!value.isArray())
            return fail(QStringLiteral("not an array for %1").arg(type));
        const QString inner = type.mid(11, type.size() - 12);
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i)
            check(array.at(i), inner, true, QStringLiteral("%1[%2]").arg(where).arg(i), problems);
        return;
    }
    if (type == QLatin1String("Edm.String")) {
        if (!value.isString())
            fail(QStringLiteral("not a string"));
    } else if (type == QLatin1String("Edm.Boolean")) {
        if (!value.isBool())
            fail(QStringLiteral("not a boolean"));
    } else if (type == QLatin1String("Edm.Int32") || type == QLatin1String("Edm.Int64")) {
        const double d = value.toDouble();
        const double limit = type == QLatin1String("Edm.Int32") ? 2147483647.0 : 9007199254740992.0;
        if (!value.isDouble() || d != double(qint64(d)) || d > limit || d < -limit - 1)
            fail(QStringLiteral("not an %1").arg(type));
    } else if (type == QLatin1String("Edm.DateTimeOffset")) {
        static const QRegularExpression iso(
            QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"));
        if (!value.isString() || !iso.match(value.toString()).hasMatch())
            fail(QStringLiteral("not an ISO 8601 date-time with offset"));
    } else if (type == QLatin1String("Edm.Binary")) {
        static const QRegularExpression b64(QStringLiteral("^[A-Za-z0-9+/=_-]*$"));
        if (!value.isString() || !b64.match(value.toString()).hasMatch())
            fail(QStringLiteral("not base64"));
    } else if (type.startsWith(QLatin1String("Edm."))) {
        fail(QStringLiteral("unsupported type %1 in the validator").arg(type));
    } else if (m_types.contains(unqualified(type))) {
        if (!value.isObject())
            return fail(QStringLiteral("not an object for %1").arg(type));
        checkObject(value.toObject(), unqualified(type), where, problems);
    } else if (!value.isString()) {
        // Enumerations (importance, bodyType, followupFlagStatus, ...) are not in the extract.
        fail(QStringLiteral("not an enumeration member (string) for %1").arg(type));
    }
}

void GraphSchema::checkObject(const QJsonObject &value, QString type, const QString &where, QStringList *problems) const
{
    const QString odataType = value.value(QLatin1String("@odata.type")).toString();
    if (!odataType.isEmpty()) {
        const QString named = odataType.section(u'.', -1);
        if (!derivesFrom(named, type))
            problems->append(QStringLiteral("%1: @odata.type %2 is not a %3").arg(where, odataType, type));
        else
            type = named;
    }
    for (auto it = value.begin(); it != value.end(); ++it) {
        const QString name = it.key();
        if (name.startsWith(u'@') || name.contains(QLatin1String("@odata.")))
            continue; // instance and property annotations
        const Property *p = property(type, name);
        if (!p) {
            problems->append(QStringLiteral("%1.%2: not declared on %3").arg(where, name, type));
            continue;
        }
        check(it.value(), p->type, p->nullable, where + u'.' + name, problems);
    }
}

QStringList GraphSchema::validate(const QJsonObject &value, const QString &type) const
{
    QStringList problems;
    if (!m_types.contains(type))
        return {QStringLiteral("unknown type %1").arg(type)};
    checkObject(value, type, type, &problems);
    return problems;
}

} // namespace em::test
