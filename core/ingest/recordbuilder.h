#pragma once

#include "mime/message.h"
#include "store/types.h"

#include <QByteArray>

namespace em::ingest {

struct RawMessage
{
    QByteArray raw;
    QList<qint64> folderIds;
    quint32 flags = 0;     // known flags (read, starred...) from the source
    QString remoteId;      // provider id; empty for imported mail (the content hash is used)
    QString threadKey;     // provider thread id when known
    qint64 receivedMs = 0; // when the source received it; the date of mail with no usable Date header
    QString origin;        // where it came from, for reports (file name); never logged with content
};

// Everything the store needs from one raw message: parsed, summarised, hashed and
// compressed. Pure and thread-safe: the ingest pipeline runs it on every core.
store::MessageRecord buildRecord(const RawMessage &message);

// Same-content detection that survives mbox/Maildir line-ending differences.
QByteArray contentHash(const QByteArray &raw);
// A one-line preview of the body.
QString makeSnippet(const QString &text, int maxChars = 200);

} // namespace em::ingest
