#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace em::mime {

struct Address
{
    QString name;
    QString address;
    bool operator==(const Address &o) const { return name == o.name && address == o.address; }
    // "Name <addr>" or "addr" for display and indexing.
    QString display() const;
};
using AddressList = QList<Address>;

struct Attachment
{
    QString filename;
    QString mimeType;
    qint64 size = 0; // decoded bytes
    QString contentId;
    bool isInline = false;
    QByteArray data; // decoded content; filled only when the parser is asked to keep it
};

// A message as read from its RFC 822 form: every header decoded to UTF-8.
struct ParsedMessage
{
    QString subject;
    AddressList from, to, cc, bcc, replyTo;
    std::optional<QDateTime> date; // carries the sender's UTC offset
    QString messageId;             // without angle brackets; empty when absent
    QString inReplyTo;
    QStringList references;
    std::optional<QString> text;
    std::optional<QString> html;
    QList<Attachment> attachments;
    bool broken = false; // the MIME structure could not be read; headers are best effort
};

struct OutgoingAttachment
{
    QString filename;
    QString mimeType;
    QByteArray data;
    QString contentId; // set for inline images referenced as cid: from the HTML
};

// What the composer hands to the builder.
struct OutgoingMessage
{
    Address from;
    AddressList to, cc, bcc;
    QString subject;
    QString text;
    QString html; // optional alternative
    QList<OutgoingAttachment> attachments;
    QString inReplyTo;
    QStringList references;
    QDateTime date;    // now when invalid
    QString messageId; // generated when empty
};

QString addressListDisplay(const AddressList &list);

} // namespace em::mime
