// Fuzzes the decoders of Microsoft Graph v1.0 JSON answers, the $batch answer decoder and
// the store records made from them.
// Input: byte 0 picks the decoder ('0'..'6', or any byte modulo 7), the rest is the answer:
//   0 message  1 delta page  2 folder page  3 folder  4 error body
//   5 $batch answer for the ids "1".."20" (+ each message body, as GraphSync reads them)
//   6 an ISO 8601 date and time (plain text)

#include "fuzzsupport.h"

#include "providers/graph/graphbatch.h"
#include "providers/graph/graphjson.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>

using namespace em;

namespace {

void checkRecord(const graph::Message &m)
{
    const store::MessageRecord r = graph::recordFromMessage(m);
    EM_FUZZ_CHECK(r.remoteId == m.id);
    EM_FUZZ_CHECK(m.unreadable.isEmpty() == !(r.flags & store::Broken));
    EM_FUZZ_CHECK(!(r.flags & store::HeadersPending) == !(r.flags & store::Broken));
    (void)graph::unreadableFlags(m);
}

QStringList batchIds()
{
    QStringList ids;
    for (int i = 1; i <= graph::kMaxBatchRequests; ++i)
        ids.append(QString::number(i));
    return ids;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray json = fuzz::bytes(data + 1, size - 1);
    switch (fuzz::pick(data[0], 7)) {
    case 0:
        if (const auto m = graph::decodeMessage(json)) {
            EM_FUZZ_CHECK(!m.value().id.isEmpty());
            checkRecord(m.value());
        }
        break;
    case 1:
        if (const auto page = graph::decodeDeltaPage(json)) {
            // Documented: exactly one link on success.
            EM_FUZZ_CHECK(page.value().nextLink.isEmpty() != page.value().deltaLink.isEmpty());
            for (const graph::Message &m : page.value().messages) {
                EM_FUZZ_CHECK(!m.id.isEmpty());
                if (!m.removed)
                    checkRecord(m);
            }
        }
        break;
    case 2:
        if (const auto page = graph::decodeFolderPage(json)) {
            for (const graph::Folder &f : page.value().folders)
                EM_FUZZ_CHECK(!f.id.isEmpty() && f.totalItemCount >= 0 && f.unreadItemCount >= 0);
        }
        break;
    case 3:
        if (const auto f = graph::decodeFolder(json))
            EM_FUZZ_CHECK(!f.value().id.isEmpty() && f.value().childFolderCount >= 0);
        break;
    case 4: (void)graph::decodeError(json); break;
    case 5: {
        static const QStringList ids = batchIds();
        const auto answers = graph::decodeBatch(json, ids);
        if (!answers)
            break;
        // GraphClient reads answers.value().at(k) for every request it sent.
        EM_FUZZ_CHECK(answers.value().size() == ids.size());
        for (const graph::BatchAnswer &a : answers.value()) {
            EM_FUZZ_CHECK(a.status == 0 || (a.status >= 100 && a.status <= 999));
            if (a.status >= 200 && a.status < 300) {
                const QJsonDocument body = QJsonDocument::fromJson(a.body);
                if (body.isObject())
                    checkRecord(graph::messageFromJson(body.object()));
            } else if (a.status != 0) {
                (void)graph::decodeError(a.body);
            }
        }
        break;
    }
    case 6: {
        const qint64 ms = graph::parseDateTime(QString::fromUtf8(json));
        if (ms == 0)
            break;
        // What was read reads the same when written back in UTC (years 1 to 9999 only: the
        // format has four digits for the year).
        const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
        if (utc.date().year() >= 1 && utc.date().year() <= 9999)
            EM_FUZZ_CHECK(graph::parseDateTime(utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"))) == ms);
        break;
    }
    }
    return 0;
}
