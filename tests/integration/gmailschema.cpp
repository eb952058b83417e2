#include "gmailschema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace em::test {

namespace {

void collect(const QJsonObject &resource, QHash<QString, QString> &out)
{
    const QJsonObject methods = resource.value(QStringLiteral("methods")).toObject();
    for (auto it = methods.begin(); it != methods.end(); ++it) {
        const QJsonObject m = it.value().toObject();
        out.insert(m.value(QStringLiteral("id")).toString(),
                   m.value(QStringLiteral("response")).toObject().value(QStringLiteral("$ref")).toString());
    }
    const QJsonObject resources = resource.value(QStringLiteral("resources")).toObject();
    for (auto it = resources.begin(); it != resources.end(); ++it)
        collect(it.value().toObject(), out);
}

} // namespace

GmailSchema::GmailSchema()
{
    QFile file(QStringLiteral(EM_SANDBOX_API_DIR "/gmail.v1.discovery.json"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    m_schemas = doc.value(QStringLiteral("schemas")).toObject();
    collect(QJsonObject{{QStringLiteral("resources"), doc.value(QStringLiteral("resources"))}}, m_responses);
}

QString GmailSchema::responseSchema(const QString &methodId) const
{
    return m_responses.value(methodId);
}

QStringList GmailSchema::check(const QString &methodId, const QJsonObject &response) const
{
    if (!m_responses.contains(methodId))
        return {QStringLiteral("unknown method %1").arg(methodId)};
    const QString ref = m_responses.value(methodId);
    if (ref.isEmpty())
        return response.isEmpty() ? QStringList() : QStringList{QStringLiteral("%1 returns no body").arg(methodId)};
    return checkSchema(ref, response);
}

QStringList GmailSchema::checkSchema(const QString &schemaName, const QJsonValue &value) const
{
    QStringList out;
    if (!m_schemas.contains(schemaName))
        out.append(QStringLiteral("unknown schema %1").arg(schemaName));
    else
        checkValue(value, QJsonObject{{QStringLiteral("$ref"), schemaName}}, schemaName, out);
    return out;
}

void GmailSchema::checkValue(const QJsonValue &value, const QJsonObject &schemaIn, const QString &path,
                             QStringList &out) const
{
    QJsonObject schema = schemaIn;
    if (schema.contains(QStringLiteral("$ref"))) {
        const QString ref = schema.value(QStringLiteral("$ref")).toString();
        if (!m_schemas.contains(ref)) {
            out.append(QStringLiteral("%1: unknown $ref %2").arg(path, ref));
            return;
        }
        schema = m_schemas.value(ref).toObject();
    }
    const QString type = schema.value(QStringLiteral("type")).toString();
    const QString format = schema.value(QStringLiteral("format")).toString();
    auto fail = [&](const QString &what) { out.append(QStringLiteral("%1: %2").arg(path, what)); };
    if (type == QLatin1String("object")) {
        if (!value.isObject())
            return fail(QStringLiteral("expected an object"));
        const QJsonObject o = value.toObject();
        const QJsonObject props = schema.value(QStringLiteral("properties")).toObject();
        const QJsonObject additional = schema.value(QStringLiteral("additionalProperties")).toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (props.contains(it.key()))
                checkValue(it.value(), props.value(it.key()).toObject(), path + u'.' + it.key(), out);
            else if (!additional.isEmpty())
                checkValue(it.value(), additional, path + u'.' + it.key(), out);
            else
                fail(QStringLiteral("property \"%1\" is not in the schema").arg(it.key()));
        }
        return;
    }
    if (type == QLatin1String("array")) {
        if (!value.isArray())
            return fail(QStringLiteral("expected an array"));
        const QJsonArray a = value.toArray();
        for (int i = 0; i < a.size(); ++i)
            checkValue(a.at(i), schema.value(QStringLiteral("items")).toObject(),
                       QStringLiteral("%1[%2]").arg(path).arg(i), out);
        return;
    }
    if (type == QLatin1String("string")) {
        if (!value.isString())
            return fail(QStringLiteral("expected a string"));
        const QString s = value.toString();
        static const QRegularExpression unsignedRe(QStringLiteral("^[0-9]+$"));
        static const QRegularExpression signedRe(QStringLiteral("^-?[0-9]+$"));
        static const QRegularExpression byteRe(QStringLiteral("^[A-Za-z0-9+/_=-]*$"));
        if (format == QLatin1String("uint64") && !unsignedRe.match(s).hasMatch())
            fail(QStringLiteral("expected a uint64 string, got \"%1\"").arg(s));
        if (format == QLatin1String("int64") && !signedRe.match(s).hasMatch())
            fail(QStringLiteral("expected an int64 string, got \"%1\"").arg(s));
        if (format == QLatin1String("byte") && !byteRe.match(s).hasMatch())
            fail(QStringLiteral("expected base64 bytes"));
        const QJsonArray allowed = schema.value(QStringLiteral("enum")).toArray();
        if (!allowed.isEmpty() && !allowed.contains(value))
            fail(QStringLiteral("\"%1\" is not one of the enum values").arg(s));
        return;
    }
    if (type == QLatin1String("integer")) {
        if (!value.isDouble() || value.toDouble() != double(qint64(value.toDouble())))
            return fail(QStringLiteral("expected an integer"));
        if (format.startsWith(u'u') && value.toDouble() < 0)
            fail(QStringLiteral("expected an unsigned integer"));
        return;
    }
    if (type == QLatin1String("number")) {
        if (!value.isDouble())
            fail(QStringLiteral("expected a number"));
        return;
    }
    if (type == QLatin1String("boolean")) {
        if (!value.isBool())
            fail(QStringLiteral("expected a boolean"));
        return;
    }
    fail(QStringLiteral("schema without a type"));
}

} // namespace em::test
