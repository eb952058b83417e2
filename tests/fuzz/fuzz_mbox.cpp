// Fuzzes mbox splitting: MboxReader reads every message of the input (From_ lines, >From
// unescaping, Status/X-Status/X-Mozilla-Status flags), and each message is hashed as the
// importer does to find duplicates. Then a round trip: the input, split at NUL bytes into
// messages, is written the way an mboxrd writer writes it and must read back message for
// message. MboxReader maps a file by path, so each mbox is written to one file in a
// temporary directory of this process, rewritten for every input and removed at exit.
// Input: an mbox file. Seeds: tests/data/mbox.

#include "fuzzsupport.h"

#include "import/mboxreader.h"
#include "ingest/recordbuilder.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace em;

namespace {

// The file every input is written to, in a folder made on first use and held for the
// process's lifetime (deleted, with the file, by the exit-time destructor).
const QString &inputPath()
{
    static const QTemporaryDir dir;
    static const QString path = [] {
        if (!dir.isValid()) {
            std::fprintf(stderr, "fuzz_mbox: cannot create a temporary directory: %s\n", qPrintable(dir.errorString()));
            std::abort();
        }
        return dir.filePath(QStringLiteral("input.mbox"));
    }();
    return path;
}

void writeFile(const char *data, qint64 size)
{
    QFile file(inputPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data, size) != size) {
        std::fprintf(stderr, "fuzz_mbox: cannot write %s\n", qPrintable(inputPath()));
        std::abort();
    }
}

void readAll(size_t size)
{
    import::MboxReader reader;
    if (!reader.open(inputPath()))
        return;
    EM_FUZZ_CHECK(reader.size() == qint64(size));
    import::MboxMessage message;
    qint64 count = 0;
    qint64 position = reader.position();
    while (reader.next(&message)) {
        EM_FUZZ_CHECK(!message.raw.isEmpty());
        EM_FUZZ_CHECK(message.raw.size() <= qint64(size));
        EM_FUZZ_CHECK(reader.position() > position && reader.position() <= reader.size());
        position = reader.position();
        (void)ingest::contentHash(message.raw);
        ++count;
    }
    EM_FUZZ_CHECK(count <= qint64(size) / 5); // each message needs a From_ line of its own
    EM_FUZZ_CHECK(!reader.next(&message));    // the end stays the end
}

// mboxrd: every line that matches ^>*From gets one more >, a message that does not end in a
// line break gets one, and a blank line follows each message.
QByteArray escapeFromLines(const QByteArray &message)
{
    QByteArray out;
    qsizetype p = 0;
    while (p < message.size()) {
        const qsizetype nl = message.indexOf('\n', p);
        const qsizetype end = nl < 0 ? message.size() : nl + 1;
        const QByteArrayView line(message.constData() + p, end - p);
        qsizetype q = 0;
        while (q < line.size() && line.at(q) == '>')
            ++q;
        if (line.sliced(q).startsWith("From "))
            out += '>';
        out += line;
        p = end;
    }
    if (!out.endsWith('\n'))
        out += '\n';
    return out;
}

void checkRoundTrip(const QByteArray &input)
{
    QList<QByteArray> messages;
    QByteArray mbox;
    for (const QByteArray &m : input.split('\0')) {
        if (m.trimmed().isEmpty())
            continue; // blank lines between messages are the mbox's, not a message
        messages.append(m.endsWith('\n') ? m : m + '\n');
        mbox += "From sender@example.org Mon Jan  1 00:00:00 2024\n" + escapeFromLines(m) + '\n';
    }
    writeFile(mbox.constData(), mbox.size());
    import::MboxReader reader;
    const Status opened = reader.open(inputPath());
    EM_FUZZ_CHECK(opened.ok());
    import::MboxMessage read;
    for (const QByteArray &m : std::as_const(messages)) {
        EM_FUZZ_CHECK(reader.next(&read));
        EM_FUZZ_CHECK(read.raw == m);
        EM_FUZZ_CHECK(read.receivedMs == 1704067200000); // 2024-01-01T00:00:00Z
    }
    EM_FUZZ_CHECK(!reader.next(&read));
    EM_FUZZ_CHECK(!reader.truncated());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    writeFile(reinterpret_cast<const char *>(data), qint64(size));
    EM_FUZZ_CHECK(import::looksLikeMbox(inputPath()) == (size >= 5 && std::memcmp(data, "From ", 5) == 0));
    readAll(size);
    checkRoundTrip(fuzz::bytes(data, size));
    return 0;
}
