#include "gmailjson.h"

#include "mime/mimeparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace em::gmail {

namespace {

// lupdate files a namespace's tr() under the namespace: the same context here.
QString tr(const char *text)
{
    return QCoreApplication::translate("em::gmail", text);
}

Result<QJsonObject> parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Result<QJsonObject>::failure(tr("Gmail sent an answer that is not a JSON object."));
    return doc.object();
}

QString missing(const char *field)
{
    return tr("Gmail sent an answer without the field \"%1\".").arg(QLatin1String(field));
}

QString stringOf(const QJsonValue &v)
{
    return v.isString() ? v.toString() : QString();
}

// Gmail writes 64-bit numbers as decimal strings; plain JSON numbers are taken too.
bool readUnsigned(const QJsonValue &v, quint64 *out)
{
    bool ok = false;
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        const quint64 n = s.toULongLong(&ok);
        ok = ok && !s.startsWith(u'+');
        if (ok)
            *out = n;
    } else if (v.isDouble()) {
        const double d = v.toDouble();
        ok = std::isfinite(d) && d >= 0 && d < 18446744073709551616.0;
        if (ok)
            *out = quint64(d);
    }
    return ok;
}

quint64 unsignedOf(const QJsonValue &v)
{
    quint64 n = 0;
    return readUnsigned(v, &n) ? n : 0;
}

qint64 signedOf(const QJsonValue &v)
{
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        return ok ? n : 0;
    }
    if (v.isDouble()) {
        const double d = v.toDouble();
        return std::isfinite(d) && d > -9.2e18 && d < 9.2e18 ? qint64(d) : 0;
    }
    return 0;
}

QStringList stringsOf(const QJsonValue &v)
{
    QStringList out;
    for (const auto &x : v.toArray())
        if (x.isString())
            out.append(x.toString());
    return out;
}

QList<QJsonObject> objectsOf(const QJsonValue &v)
{
    QList<QJsonObject> out;
    for (const auto &x : v.toArray())
        if (x.isObject())
            out.append(x.toObject());
    return out;
}

// base64url or base64, padded or not, with or without line breaks; false on other characters.
bool decodeBase64Any(const QString &text, QByteArray *out)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c == u' ' || c == u'\t' || c == u'\r' || c == u'\n' || c == u'=')
            continue;
        if ((c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_')
            bytes += char(c);
        else if (c == u'+')
            bytes += '-';
        else if (c == u'/')
            bytes += '_';
        else
            return false;
    }
    if (bytes.size() % 4 == 1)
        return false;
    while (bytes.size() % 4 != 0)
        bytes += '=';
    const auto decoded =
        QByteArray::fromBase64Encoding(bytes, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    *out = decoded.decoded;
    return true;
}

} // namespace

Result<Profile> decodeProfile(const QByteArray &json)
{
    const auto parsed = parseObject(json);
    if (!parsed)
        return Result<Profile>::failure(parsed.error());
    const QJsonObject &o = parsed.value();
    Profile p;
    p.address = stringOf(o.value(QLatin1String("emailAddress")));
    if (p.address.isEmpty())
        return Result<Profile>::failure(missing("emailAddress"));
    if (!readUnsigned(o.value(QLatin1String("historyId")), &p.historyId))
        return Result<Profile>::failure(missing("historyId"));
    p.messagesTotal = signedOf(o.value(QLatin1String("messagesTotal")));
    return p;
}

Result<QList<Label>> decodeLabels(const QByteArray &json)
{
    const auto parsed = parseObject(json);
    if (!parsed)
        return Result<QList<Label>>::failure(parsed.error());
    const QJsonValue labels = parsed.value().value(QLatin1String("labels"));
    // Google leaves out empty lists; anything else than a list is not a labels.list answer.
    if (!labels.isUndefined() && !labels.isArray())
        return Result<QList<Label>>::failure(missing("labels"));
    QList<Label> out;
    for (const QJsonObject &o : objectsOf(labels)) {
        Label l;
        l.id = stringOf(o.value(QLatin1String("id")));
        l.name = stringOf(o.value(QLatin1String("name")));
        if (l.id.isEmpty())
            continue;
        if (l.name.isEmpty())
            l.name = l.id;
        l.system = stringOf(o.value(QLatin1String("type"))) == QLatin1String("system");
        l.hidden = stringOf(o.value(QLatin1String("labelListVisibility"))) == QLatin1String("labelHide");
        const QJsonObject color = o.value(QLatin1String("color")).toObject();
        l.background = stringOf(color.value(QLatin1String("backgroundColor")));
        l.text = stringOf(color.value(QLatin1String("textColor")));
        out.append(l);
    }
    return out;
}

Result<ListPage> decodeListPage(const QByteArray &json)
{
    const auto parsed = parseObject(json);
    if (!parsed)
        return Result<ListPage>::failure(parsed.error());
    const QJsonObject &o = parsed.value();
    ListPage page;
    for (const QJsonObject &m : objectsOf(o.value(QLatin1String("messages")))) {
        const QString id = stringOf(m.value(QLatin1String("id")));
        if (!id.isEmpty())
            page.messages.append({id, stringOf(m.value(QLatin1String("threadId")))});
    }
    page.nextPageToken = stringOf(o.value(QLatin1String("nextPageToken")));
    page.resultSizeEstimate = signedOf(o.value(QLatin1String("resultSizeEstimate")));
    return page;
}

Result<Metadata> decodeMetadata(const QByteArray &json)
{
    const auto parsed = parseObject(json);
    if (!parsed)
        return Result<Metadata>::failure(parsed.error());
    const QJsonObject &o = parsed.value();
    Metadata m;
    m.id = stringOf(o.value(QLatin1String("id")));
    if (m.id.isEmpty())
        return Result<Metadata>::failure(missing("id"));
    m.threadId = stringOf(o.value(QLatin1String("threadId")));
    m.labelIds = stringsOf(o.value(QLatin1String("labelIds")));
    m.historyId = unsignedOf(o.value(QLatin1String("historyId")));
    m.internalDateMs = signedOf(o.value(QLatin1String("internalDate")));
    m.sizeEstimate = signedOf(o.value(QLatin1String("sizeEstimate")));
    m.snippet = decodeHtmlEntities(stringOf(o.value(QLatin1String("snippet"))));
    const QJsonObject payload = o.value(QLatin1String("payload")).toObject();
    for (const QJsonObject &h : objectsOf(payload.value(QLatin1String("headers")))) {
        const QString name = stringOf(h.value(QLatin1String("name")));
        if (!name.isEmpty())
            m.headers.append({name, stringOf(h.value(QLatin1String("value")))});
    }
    return m;
}

Result<Raw> decodeRaw(const QByteArray &json)
{
    const auto parsed = parseObject(json);
    if (!parsed)
        return Result<Raw>::failure(parsed.error());
    const QJsonObject &o = parsed.value();
    Raw r;
    r.id = stringOf(o.value(QLatin1String("id")));
    if (r.id.isEmpty())
        return Result<Raw>::failure(missing("id"));
    const QString raw = stringOf(o.value(QLatin1String("raw")));
    if (raw.isEmpty())
        return Result<Raw>::failure(missing("raw"));
    if (!decodeBase64Any(raw, &r.raw))
        return Result<Raw>::failure(tr("Gmail sent a message whose content is not valid base64."));
    r.threadId = stringOf(o.value(QLatin1String("threadId")));
    r.labelIds = stringsOf(o.value(QLatin1String("labelIds")));
    r.historyId = unsignedOf(o.value(QLatin1String("historyId")));
    r.internalDateMs = signedOf(o.value(QLatin1String("internalDate")));
    return r;
}

Result<HistoryPage> decodeHistoryPage(const QByteArray &json)
{
    const auto parsed = parseObject(json);
    if (!parsed)
        return Result<HistoryPage>::failure(parsed.error());
    const QJsonObject &o = parsed.value();
    HistoryPage page;
    if (!readUnsigned(o.value(QLatin1String("historyId")), &page.historyId))
        return Result<HistoryPage>::failure(missing("historyId"));
    page.nextPageToken = stringOf(o.value(QLatin1String("nextPageToken")));
    static const struct
    {
        const char *key;
        HistoryEvent::Type type;
    } kinds[] = {{"messagesAdded", HistoryEvent::Added},
                 {"messagesDeleted", HistoryEvent::Deleted},
                 {"labelsAdded", HistoryEvent::LabelsAdded},
                 {"labelsRemoved", HistoryEvent::LabelsRemoved}};
    for (const QJsonObject &record : objectsOf(o.value(QLatin1String("history")))) {
        const quint64 id = unsignedOf(record.value(QLatin1String("id")));
        for (const auto &kind : kinds) {
            for (const QJsonObject &item : objectsOf(record.value(QLatin1String(kind.key)))) {
                const QJsonObject message = item.value(QLatin1String("message")).toObject();
                HistoryEvent e;
                e.type = kind.type;
                e.id = id;
                e.messageId = stringOf(message.value(QLatin1String("id")));
                if (e.messageId.isEmpty())
                    continue;
                e.threadId = stringOf(message.value(QLatin1String("threadId")));
                if (kind.type == HistoryEvent::Added)
                    e.labelIds = stringsOf(message.value(QLatin1String("labelIds")));
                else if (kind.type != HistoryEvent::Deleted)
                    e.labelIds = stringsOf(item.value(QLatin1String("labelIds")));
                page.events.append(e);
            }
        }
    }
    return page;
}

ApiError decodeError(const QByteArray &json)
{
    ApiError out;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const QJsonValue error = o.value(QLatin1String("error"));
    if (error.isString()) { // OAuth's form: {"error": "invalid_grant", "error_description": "..."}
        out.reason = error.toString();
        out.message = stringOf(o.value(QLatin1String("error_description")));
        return out;
    }
    const QJsonObject e = error.toObject();
    const qint64 code = signedOf(e.value(QLatin1String("code")));
    out.code = code > 0 && code < 1000 ? int(code) : 0;
    out.message = stringOf(e.value(QLatin1String("message")));
    const QList<QJsonObject> errors = objectsOf(e.value(QLatin1String("errors")));
    if (!errors.isEmpty())
        out.reason = stringOf(errors.first().value(QLatin1String("reason")));
    return out;
}

QString decodeHtmlEntities(const QString &text)
{
    if (!text.contains(u'&'))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype semicolon = text.at(i) == u'&' ? text.indexOf(u';', i + 1) : -1;
        if (semicolon < 0 || semicolon - i > 10) {
            out.append(text.at(i));
            continue;
        }
        const QStringView name = QStringView(text).mid(i + 1, semicolon - i - 1);
        QString replacement;
        if (name == u"amp")
            replacement = QStringLiteral("&");
        else if (name == u"lt")
            replacement = QStringLiteral("<");
        else if (name == u"gt")
            replacement = QStringLiteral(">");
        else if (name == u"quot")
            replacement = QStringLiteral("\"");
        else if (name == u"apos")
            replacement = QStringLiteral("'");
        else if (name.size() > 1 && name.at(0) == u'#') {
            const bool hex = name.at(1) == u'x' || name.at(1) == u'X';
            const QStringView digits = name.mid(hex ? 2 : 1);
            bool ok = !digits.isEmpty();
            for (const QChar c : digits)
                ok = ok && (c.isDigit() || (hex && QStringView(u"abcdefABCDEF").contains(c)));
            const uint code = ok ? digits.toUInt(&ok, hex ? 16 : 10) : 0;
            if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
                const char32_t c = code;
                replacement = QString::fromUcs4(&c, 1);
            }
        }
        if (replacement.isEmpty()) {
            out.append(text.at(i));
            continue;
        }
        out.append(replacement);
        i = semicolon;
    }
    return out;
}

store::MessageRecord recordFromMetadata(const Metadata &m)
{
    // Gmail shows the headers decoded and unfolded; given back as UTF-8 header lines they
    // go through the same parser as imported mail (addresses, ids, dates).
    static const char *const wanted[] = {"From", "To",         "Cc",          "Bcc",       "Subject",
                                         "Date", "Message-ID", "In-Reply-To", "References"};
    QByteArray head;
    for (const auto &[name, value] : m.headers) {
        for (const char *w : wanted) {
            if (name.compare(QLatin1String(w), Qt::CaseInsensitive) != 0)
                continue;
            QByteArray v = value.toUtf8();
            v.replace('\r', ' ').replace('\n', ' ').replace('\0', ' ');
            head += QByteArray(w) + ": " + v.trimmed() + "\r\n";
            break;
        }
    }
    const mime::ParsedMessage parsed = mime::parseMessage(head + "\r\n");
    store::MessageRecord r;
    r.remoteId = m.id;
    r.threadKey = m.threadId;
    r.messageId = parsed.messageId;
    r.inReplyTo = parsed.inReplyTo;
    r.references = parsed.references;
    r.subject = parsed.subject;
    if (!parsed.from.isEmpty()) {
        r.fromName = parsed.from.first().name;
        r.fromAddress = parsed.from.first().address;
    }
    r.toList = mime::addressListDisplay(parsed.to);
    r.ccList = mime::addressListDisplay(parsed.cc);
    r.bccList = mime::addressListDisplay(parsed.bcc);
    r.dateMs = m.internalDateMs;
    if (parsed.date) {
        r.utcOffsetSeconds = parsed.date->offsetFromUtc();
        if (r.dateMs == 0)
            r.dateMs = parsed.date->toMSecsSinceEpoch();
    }
    r.snippet = m.snippet;
    r.size = m.sizeEstimate;
    if (!m.labelIds.contains(QLatin1String("UNREAD")))
        r.flags |= store::Read;
    if (m.labelIds.contains(QLatin1String("STARRED")))
        r.flags |= store::Starred;
    if (m.labelIds.contains(QLatin1String("DRAFT")))
        r.flags |= store::Draft;
    return r;
}

} // namespace em::gmail
