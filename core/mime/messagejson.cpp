#include "messagejson.h"

#include <QJsonArray>

namespace em::mime {

namespace {

QJsonArray addresses(const AddressList &list)
{
    QJsonArray out;
    for (const Address &a : list)
        out.append(QJsonObject{{QStringLiteral("name"), a.name}, {QStringLiteral("address"), a.address}});
    return out;
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue orNull(const std::optional<QString> &s)
{
    return s ? QJsonValue(*s) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject toJson(const ParsedMessage &m)
{
    QJsonArray attachments;
    for (const Attachment &a : m.attachments) {
        attachments.append(QJsonObject{{QStringLiteral("filename"), a.filename},
                                       {QStringLiteral("mime_type"), a.mimeType},
                                       {QStringLiteral("size"), a.size},
                                       {QStringLiteral("content_id"), orNull(a.contentId)},
                                       {QStringLiteral("inline"), a.isInline}});
    }
    return QJsonObject{
        {QStringLiteral("subject"), m.subject},
        {QStringLiteral("from"), addresses(m.from)},
        {QStringLiteral("to"), addresses(m.to)},
        {QStringLiteral("cc"), addresses(m.cc)},
        {QStringLiteral("reply_to"), addresses(m.replyTo)},
        {QStringLiteral("date"),
         m.date ? QJsonValue(m.date->toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("message_id"), orNull(m.messageId)},
        {QStringLiteral("in_reply_to"), orNull(m.inReplyTo)},
        {QStringLiteral("references"), QJsonArray::fromStringList(m.references)},
        {QStringLiteral("text"), orNull(m.text)},
        {QStringLiteral("html"), orNull(m.html)},
        {QStringLiteral("attachments"), attachments},
    };
}

} // namespace em::mime
