#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace em::sandbox {

struct StoredMessage;

// How Gmail renders a stored message: the Message resource in each format, built from
// the raw MIME with GMime.
QString base64Url(const QByteArray &data);
// Accepts base64url and standard base64, padded or not; ok false on other characters.
QByteArray fromBase64Any(const QString &text, bool *ok);

// format: "minimal", "metadata", "full" or "raw"; metadataHeaders filters "metadata".
QJsonObject gmailMessage(const StoredMessage &message, const QString &format, const QStringList &metadataHeaders);
// The decoded bytes of the part an attachment id names; found false when there is none.
QByteArray gmailAttachment(const StoredMessage &message, const QString &attachmentId, bool *found);
// Gmail's snippet: the start of the text, whitespace collapsed, HTML-escaped.
QString gmailSnippet(const QByteArray &raw);

} // namespace em::sandbox
