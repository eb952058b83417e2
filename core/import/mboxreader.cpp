#include "mboxreader.h"

#include "store/types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <cstring>

namespace em::import {

namespace {

bool startsWith(const char *p, qint64 avail, const char *prefix)
{
    const qint64 n = qint64(std::strlen(prefix));
    return avail >= n && std::memcmp(p, prefix, size_t(n)) == 0;
}

// "From sender@example.com Mon Jan  1 00:00:00 2024" -> that moment, or 0.
qint64 fromLineDate(QByteArrayView line)
{
    const QList<QByteArray> words = line.toByteArray().simplified().split(' ');
    if (words.size() < 7)
        return 0;
    const QByteArray text = words.mid(words.size() - 5).join(' ');
    const QDateTime dt = QLocale::c().toDateTime(QString::fromLatin1(text), QStringLiteral("ddd MMM d HH:mm:ss yyyy"));
    return dt.isValid() ? QDateTime(dt.date(), dt.time(), Qt::UTC).toMSecsSinceEpoch() : 0;
}

} // namespace

bool looksLikeMbox(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(5) == "From ";
}

Status MboxReader::open(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return Status::failure(
            QCoreApplication::translate("Import", "Cannot read %1: %2").arg(path, m_file.errorString()));
    m_size = m_file.size();
    m_pos = 0;
    m_truncated = false;
    if (m_size == 0)
        return {};
    m_data = reinterpret_cast<const char *>(m_file.map(0, m_size));
    if (!m_data)
        return Status::failure(
            QCoreApplication::translate("Import", "Cannot read %1: %2").arg(path, m_file.errorString()));
    if (!startsWith(m_data, m_size, "From "))
        return Status::failure(QCoreApplication::translate("Import", "%1 is not an mbox file").arg(path));
    return {};
}

bool MboxReader::next(MboxMessage *out)
{
    while (m_pos < m_size) {
        // At a From_ line: skip it, remembering its date.
        const char *base = m_data;
        const char *lineEnd = static_cast<const char *>(std::memchr(base + m_pos, '\n', size_t(m_size - m_pos)));
        if (!lineEnd) {
            m_truncated = true;
            m_pos = m_size;
            return false;
        }
        const qint64 fromLineLength = lineEnd - (base + m_pos);
        const qint64 received = fromLineDate(QByteArrayView(base + m_pos, fromLineLength));
        const qint64 start = lineEnd - base + 1;
        // The message runs to the next line that starts with "From ".
        qint64 end = m_size;
        for (qint64 p = start; p < m_size;) {
            const char *nl = static_cast<const char *>(std::memchr(base + p, '\n', size_t(m_size - p)));
            if (!nl)
                break;
            p = nl - base + 1;
            if (startsWith(base + p, m_size - p, "From ")) {
                end = p;
                break;
            }
        }
        const bool last = end == m_size;
        m_pos = end;
        QByteArrayView body(base + start, end - start);
        // A writer killed mid-message leaves no final newline, or not even a whole header.
        const bool headerEnded = body.startsWith("\n") || body.startsWith("\r\n") || body.indexOf("\n\n") >= 0 ||
                                 body.indexOf("\r\n\r\n") >= 0;
        if (last && (!body.endsWith('\n') || !headerEnded)) {
            m_truncated = true;
            return false;
        }
        if (body.trimmed().isEmpty())
            continue;
        // The blank line that separates messages belongs to the mbox, not the message.
        if (body.endsWith("\n\n"))
            body.chop(1);
        else if (body.endsWith("\r\n\r\n"))
            body.chop(2);
        out->raw = unescapeFromLines(body);
        out->flags = mboxHeaderFlags(out->raw);
        out->receivedMs = received;
        return true;
    }
    return false;
}

QByteArray unescapeFromLines(QByteArrayView body)
{
    if (body.indexOf(">From ") < 0)
        return body.toByteArray();
    QByteArray out;
    out.reserve(body.size());
    qsizetype p = 0;
    while (p < body.size()) {
        qsizetype nl = body.indexOf('\n', p);
        const qsizetype end = nl < 0 ? body.size() : nl + 1;
        QByteArrayView line = body.sliced(p, end - p);
        qsizetype q = 0;
        while (q < line.size() && line.at(q) == '>')
            ++q;
        if (q > 0 && line.sliced(q).startsWith("From "))
            line = line.sliced(1);
        out.append(line.data(), line.size());
        p = end;
    }
    return out;
}

quint32 mboxHeaderFlags(const QByteArray &raw)
{
    qsizetype headerEnd = raw.size();
    for (const char *blank : {"\n\n", "\r\n\r\n"}) {
        const qsizetype at = raw.indexOf(blank);
        if (at >= 0 && at < headerEnd)
            headerEnd = at;
    }
    quint32 flags = 0;
    qsizetype p = 0;
    while (p < headerEnd) {
        qsizetype nl = raw.indexOf('\n', p);
        if (nl < 0 || nl > headerEnd)
            nl = headerEnd;
        const QByteArrayView line(raw.constData() + p, nl - p);
        auto value = [&](const char *name) -> QByteArray {
            const qsizetype n = qsizetype(std::strlen(name));
            if (line.size() > n && qstrnicmp(line.data(), name, n) == 0)
                return line.sliced(n).toByteArray().trimmed();
            return {};
        };
        if (const QByteArray status = value("Status:"); !status.isEmpty()) {
            if (status.contains('R'))
                flags |= store::Read;
        } else if (const QByteArray x = value("X-Status:"); !x.isEmpty()) {
            if (x.contains('F'))
                flags |= store::Starred;
            if (x.contains('A'))
                flags |= store::Answered;
            if (x.contains('D'))
                flags |= store::Deleted;
            if (x.contains('T'))
                flags |= store::Draft;
        } else if (const QByteArray moz = value("X-Mozilla-Status:"); !moz.isEmpty()) {
            bool ok = false;
            const uint bits = moz.toUInt(&ok, 16);
            if (ok) {
                if (bits & 0x0001)
                    flags |= store::Read;
                if (bits & 0x0002)
                    flags |= store::Answered;
                if (bits & 0x0004)
                    flags |= store::Starred;
                if (bits & 0x0008)
                    flags |= store::Deleted;
            }
        }
        p = nl + 1;
    }
    return flags;
}

} // namespace em::import
