#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QFile>

namespace em::import {

struct MboxMessage
{
    QByteArray raw;        // the message with its From_ line removed and >From unescaped
    quint32 flags = 0;     // from Status:, X-Status: and X-Mozilla-Status:
    qint64 receivedMs = 0; // the date of the From_ line
};

// Reads an mbox file (mboxo or mboxrd) one message at a time from a memory map.
// A message cut short at the end of the file is not returned; truncated() says so.
class MboxReader
{
public:
    Status open(const QString &path);
    bool next(MboxMessage *out);
    bool truncated() const { return m_truncated; }
    qint64 position() const { return m_pos; }
    qint64 size() const { return m_size; }

private:
    QFile m_file;
    const char *m_data = nullptr;
    qint64 m_size = 0;
    qint64 m_pos = 0;
    bool m_truncated = false;
};

// The flags an mbox writer left in the header block.
quint32 mboxHeaderFlags(const QByteArray &raw);
// mboxrd and mboxo: one level of > is removed from lines matching ^>+From .
QByteArray unescapeFromLines(QByteArrayView body);
// Whether the start of a file looks like an mbox.
bool looksLikeMbox(const QString &path);

} // namespace em::import
