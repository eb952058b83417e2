#include "graphjson.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

#include <climits>
#include <cmath>

namespace em::graph {

namespace {

// The messages are written out at each call (not through a helper taking a char*) so
// that lupdate files them under the context they are looked up with at run time.
QString notAnObject()
{
    return QCoreApplication::translate("Graph", "Microsoft Graph sent an answer that is not a JSON object.");
}

QString missing(const char *field)
{
    return QCoreApplication::translate("Graph", "Microsoft Graph sent an answer without the field \"%1\".")
        .arg(QLatin1String(field));
}

Result<QJsonObject> parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Result<QJsonObject>::failure(notAnObject());
    return doc.object();
}

QString stringOf(const QJsonValue &v)
{
    return v.isString() ? v.toString() : QString();
}

bool boolOf(const QJsonValue &v)
{
    return v.isBool() && v.toBool();
}

// Edm.Int32 counts: JSON numbers (numeric strings taken too); negative or unreadable is 0.
int countOf(const QJsonValue &v)
{
    double d = 0;
    if (v.isDouble()) {
        d = v.toDouble();
    } else if (v.isString()) {
        bool ok = false;
        d = v.toString().trimmed().toDouble(&ok);
        if (!ok)
            return 0;
    }
    if (!std::isfinite(d) || d <= 0)
        return 0;
    return d >= double(INT_MAX) ? INT_MAX : int(d);
}

QList<QJsonObject> objectsOf(const QJsonValue &v)
{
    QList<QJsonObject> out;
    for (const auto &x : v.toArray())
        if (x.isObject())
            out.append(x.toObject());
    return out;
}

// A recipient {"emailAddress":{"name","address"}}. Graph repeats the address as the name
// when there is none; that name is dropped.
mime::Address addressOf(const QJsonValue &recipient)
{
    const QJsonObject e = recipient.toObject().value(QLatin1String("emailAddress")).toObject();
    mime::Address a;
    a.name = stringOf(e.value(QLatin1String("name"))).trimmed();
    a.address = stringOf(e.value(QLatin1String("address"))).trimmed();
    if (a.name.compare(a.address, Qt::CaseInsensitive) == 0)
        a.name.clear();
    return a;
}

mime::AddressList addressesOf(const QJsonValue &recipients)
{
    mime::AddressList out;
    for (const auto &r : recipients.toArray()) {
        const mime::Address a = addressOf(r);
        if (!a.address.isEmpty() || !a.name.isEmpty())
            out.append(a);
    }
    return out;
}

// Reads a message's properties, noting each one present (and not null, which Graph
// sends for an empty value) with a value it cannot read.
class PropertyReader
{
public:
    PropertyReader(const QJsonObject &o, QStringList *unreadable) : m_o(o), m_unreadable(unreadable) {}

    QString string(const char *key) const
    {
        const QJsonValue v = value(key);
        if (!v.isString() && !v.isNull())
            unreadable(key);
        return stringOf(v);
    }
    bool boolean(const char *key) const
    {
        const QJsonValue v = value(key);
        if (!v.isBool() && !v.isNull())
            unreadable(key);
        return boolOf(v);
    }
    // followupFlag {"flagStatus": "notFlagged" | "complete" | "flagged"}
    bool flagged(const char *key) const
    {
        const QJsonValue v = value(key);
        const QJsonValue status = v.toObject().value(QLatin1String("flagStatus"));
        if ((!v.isObject() && !v.isNull()) || (v.isObject() && !status.isString() && !status.isUndefined()))
            unreadable(key);
        return stringOf(status).compare(QLatin1String("flagged"), Qt::CaseInsensitive) == 0;
    }
    mime::Address address(const char *key) const
    {
        const QJsonValue v = value(key);
        if (!v.isObject() && !v.isNull())
            unreadable(key);
        return addressOf(v);
    }
    mime::AddressList addresses(const char *key) const
    {
        const QJsonValue v = value(key);
        bool allRecipients = v.isArray() || v.isNull();
        for (const auto &r : v.toArray())
            allRecipients = allRecipients && r.toObject().value(QLatin1String("emailAddress")).isObject();
        if (!allRecipients)
            unreadable(key);
        return addressesOf(v);
    }
    qint64 dateTime(const char *key) const
    {
        const QJsonValue v = value(key);
        const qint64 ms = parseDateTime(stringOf(v));
        if (!v.isNull() && ms == 0)
            unreadable(key);
        return ms;
    }

private:
    // A property left out reads as null: only what was selected is sent.
    QJsonValue value(const char *key) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
    }
    void unreadable(const char *key) const { m_unreadable->append(QLatin1String(key)); }

    const QJsonObject &m_o;
    QStringList *m_unreadable;
};

Folder folderFromJson(const QJsonObject &o)
{
    Folder f;
    f.id = stringOf(o.value(QLatin1String("id")));
    f.displayName = stringOf(o.value(QLatin1String("displayName")));
    f.parentFolderId = stringOf(o.value(QLatin1String("parentFolderId")));
    f.childFolderCount = countOf(o.value(QLatin1String("childFolderCount")));
    f.totalItemCount = countOf(o.value(QLatin1String("totalItemCount")));
    f.unreadItemCount = countOf(o.value(QLatin1String("unreadItemCount")));
    f.isHidden = boolOf(o.value(QLatin1String("isHidden")));
    return f;
}

// Two to four ASCII digits from text at pos; -1 when they are not all digits.
int digits(const QString &text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int n = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text.at(pos + i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        n = n * 10 + (c - u'0');
    }
    return n;
}

} // namespace

qint64 parseDateTime(const QString &text)
{
    // yyyy-MM-ddTHH:mm[:ss[.fff...]][Z|+HH:MM|-HH:MM|+HHMM]
    const QString s = text.trimmed();
    const int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
    const int hour = digits(s, 11, 2), minute = digits(s, 14, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || s.at(4) != u'-' || s.at(7) != u'-' ||
        (s.at(10) != u'T' && s.at(10) != u't' && s.at(10) != u' ') || s.at(13) != u':')
        return 0;
    qsizetype pos = 16;
    int second = 0, millis = 0;
    if (pos < s.size() && s.at(pos) == u':') {
        second = digits(s, pos + 1, 2);
        if (second < 0)
            return 0;
        pos += 3;
        if (pos < s.size() && (s.at(pos) == u'.' || s.at(pos) == u',')) {
            ++pos;
            int scale = 100, count = 0;
            for (; pos < s.size() && s.at(pos) >= u'0' && s.at(pos) <= u'9'; ++pos, ++count) {
                millis += (s.at(pos).unicode() - u'0') * scale;
                scale /= 10; // digits past the millisecond add nothing
            }
            if (count == 0)
                return 0;
        }
    }
    int offsetMinutes = 0;
    if (pos < s.size()) {
        const QChar sign = s.at(pos);
        if ((sign == u'Z' || sign == u'z') && pos + 1 == s.size()) {
            // UTC
        } else if (sign == u'+' || sign == u'-') {
            const int oh = digits(s, pos + 1, 2);
            const qsizetype mpos = pos + 3 < s.size() && s.at(pos + 3) == u':' ? pos + 4 : pos + 3;
            const int om = digits(s, mpos, 2);
            if (oh < 0 || om < 0 || oh > 23 || om > 59 || mpos + 2 != s.size())
                return 0;
            offsetMinutes = (oh * 60 + om) * (sign == u'-' ? -1 : 1);
        } else {
            return 0;
        }
    }
    const QDate date(year, month, day);
    if (!date.isValid() || hour > 23 || minute > 59 || second > 60)
        return 0;
    if (second == 60) // a leap second: the last moment of the minute
        second = 59;
    constexpr qint64 unixEpochJulianDay = 2440588;
    const qint64 days = date.toJulianDay() - unixEpochJulianDay;
    const qint64 seconds =
        days * 86400 + qint64(hour) * 3600 + qint64(minute) * 60 + second - qint64(offsetMinutes) * 60;
    return seconds * 1000 + millis;
}

Result<FolderPage> decodeFolderPage(const QByteArray &json)
{
    const auto parsed = parseObject(json);
    if (!parsed)
        return Result<FolderPage>::failure(parsed.error());
    const QJsonObject &o = parsed.value();
    const QJsonValue value = o.value(QLatin1String("value"));
    if (!value.isArray())
        return Result<FolderPage>::failure(missing("value"));
    FolderPage page;
    for (const QJsonObject &f : objectsOf(value)) {
        Folder folder = folderFromJson(f);
        if (!folder.id.isEmpty())
            page.folders.append(folder);
    }
    page.nextLink = stringOf(o.value(QLatin1String("@odata.nextLink")));
    return page;
}

Result<Folder> decodeFolder(const QByteArray &json)
{
    const auto parsed = parseObject(json);
    if (!parsed)
        return Result<Folder>::failure(parsed.error());
    Folder f = folderFromJson(parsed.value());
    if (f.id.isEmpty())
        return Result<Folder>::failure(missing("id"));
    return f;
}

Message messageFromJson(const QJsonObject &o)
{
    Message m;
    m.id = stringOf(o.value(QLatin1String("id")));
    const QJsonValue removed = o.value(QLatin1String("@removed"));
    if (!removed.isUndefined() && !removed.isNull()) {
        m.removed = true;
        m.removedReason = stringOf(removed.toObject().value(QLatin1String("reason")));
        return m;
    }
    const PropertyReader read(o, &m.unreadable);
    m.conversationId = read.string("conversationId");
    m.parentFolderId = read.string("parentFolderId");
    m.subject = read.string("subject");
    m.bodyPreview = read.string("bodyPreview");
    m.internetMessageId = read.string("internetMessageId").trimmed();
    m.isRead = read.boolean("isRead");
    m.isDraft = read.boolean("isDraft");
    m.hasAttachments = read.boolean("hasAttachments");
    m.flagged = read.flagged("flag");
    m.from = read.address("from");
    m.to = read.addresses("toRecipients");
    m.cc = read.addresses("ccRecipients");
    m.bcc = read.addresses("bccRecipients");
    m.receivedMs = read.dateTime("receivedDateTime");
    m.sentMs = read.dateTime("sentDateTime");
    return m;
}

Result<Message> decodeMessage(const QByteArray &json)
{
    const auto parsed = parseObject(json);
    if (!parsed)
        return Result<Message>::failure(parsed.error());
    Message m = messageFromJson(parsed.value());
    if (m.id.isEmpty())
        return Result<Message>::failure(missing("id"));
    return m;
}

Result<DeltaPage> decodeDeltaPage(const QByteArray &json)
{
    const auto parsed = parseObject(json);
    if (!parsed)
        return Result<DeltaPage>::failure(parsed.error());
    const QJsonObject &o = parsed.value();
    const QJsonValue value = o.value(QLatin1String("value"));
    if (!value.isArray())
        return Result<DeltaPage>::failure(missing("value"));
    DeltaPage page;
    page.nextLink = stringOf(o.value(QLatin1String("@odata.nextLink")));
    if (page.nextLink.isEmpty())
        page.deltaLink = stringOf(o.value(QLatin1String("@odata.deltaLink")));
    if (page.nextLink.isEmpty() && page.deltaLink.isEmpty())
        return Result<DeltaPage>::failure(QCoreApplication::translate(
            "Graph", "Microsoft Graph sent a page of changes without a link to the next page or the next sync."));
    for (const QJsonObject &item : objectsOf(value)) {
        Message m = messageFromJson(item);
        if (!m.id.isEmpty())
            page.messages.append(m);
    }
    return page;
}

ApiError decodeError(const QByteArray &json)
{
    ApiError out;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const QJsonValue error = o.value(QLatin1String("error"));
    if (error.isString()) { // the identity platform: {"error":"invalid_grant","error_description":"AADSTS..."}
        out.code = error.toString();
        out.message = stringOf(o.value(QLatin1String("error_description")));
        return out;
    }
    const QJsonObject e = error.toObject();
    out.code = stringOf(e.value(QLatin1String("code")));
    out.message = stringOf(e.value(QLatin1String("message")));
    return out;
}

store::MessageRecord recordFromMessage(const Message &m)
{
    store::MessageRecord r;
    r.remoteId = m.id;
    r.threadKey = m.conversationId;
    QString messageId = m.internetMessageId.trimmed();
    if (messageId.startsWith(u'<') && messageId.endsWith(u'>'))
        messageId = messageId.mid(1, messageId.size() - 2).trimmed();
    r.messageId = messageId;
    r.subject = m.subject;
    r.fromName = m.from.name;
    r.fromAddress = m.from.address;
    r.toList = mime::addressListDisplay(m.to);
    r.ccList = mime::addressListDisplay(m.cc);
    r.bccList = mime::addressListDisplay(m.bcc);
    r.dateMs = m.receivedMs != 0 ? m.receivedMs : m.sentMs;
    r.snippet = m.bodyPreview;
    if (m.isRead)
        r.flags |= store::Read;
    if (m.flagged)
        r.flags |= store::Starred;
    if (m.isDraft)
        r.flags |= store::Draft;
    if (m.hasAttachments)
        r.flags |= store::HasAttachments;
    if (!m.unreadable.isEmpty())
        r.flags |= store::Broken | store::HeadersPending;
    return r;
}

quint32 unreadableFlags(const Message &m)
{
    quint32 flags = 0;
    if (m.unreadable.contains(QLatin1String("isRead")))
        flags |= store::Read;
    if (m.unreadable.contains(QLatin1String("flag")))
        flags |= store::Starred;
    if (m.unreadable.contains(QLatin1String("isDraft")))
        flags |= store::Draft;
    return flags;
}

QString messageSelect()
{
    return QStringLiteral("id,conversationId,parentFolderId,subject,bodyPreview,internetMessageId,isRead,isDraft,flag,"
                          "hasAttachments,from,toRecipients,ccRecipients,bccRecipients,receivedDateTime,sentDateTime");
}

} // namespace em::graph
