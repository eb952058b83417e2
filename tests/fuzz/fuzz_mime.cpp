// Fuzzes MIME parsing (GMime underneath) and what the application does next with a parsed
// message: the ingest record (body text, HTML to text, snippet, content hash) and the JSON
// form with attachment bytes kept (emailctl show-mime --json, saving attachments).
// Input: raw RFC 822 bytes. Seeds: tests/data/mime.

#include "fuzzsupport.h"

#include "ingest/recordbuilder.h"
#include "mime/messagejson.h"
#include "mime/mimeparser.h"

#include <QJsonDocument>

using namespace em;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ingest::RawMessage message;
    message.raw = fuzz::bytes(data, size);
    const store::MessageRecord record = ingest::buildRecord(message);
    EM_FUZZ_CHECK(record.rawSize == qint64(size));
    EM_FUZZ_CHECK(record.snippet.size() <= 200);
    EM_FUZZ_CHECK(!record.bodyText.isValidUtf16() || record.snippet.isValidUtf16());
    EM_FUZZ_CHECK(record.bodyText.size() <= 256 * 1024);

    mime::ParseOptions keep;
    keep.keepAttachmentData = true;
    const mime::ParsedMessage parsed = mime::parseMessage(message.raw, keep);
    // A date is a moment (sorting, the list's date column), or absent when there is none.
    EM_FUZZ_CHECK(!parsed.date || parsed.date->isValid());
    const QByteArray json = QJsonDocument(mime::toJson(parsed)).toJson(QJsonDocument::Compact);
    EM_FUZZ_CHECK(!json.isEmpty());
    // Counting the decoded bytes (the store's attachment list) and decoding them (saving)
    // must agree, part for part.
    EM_FUZZ_CHECK(record.attachments.size() == parsed.attachments.size());
    for (qsizetype i = 0; i < parsed.attachments.size(); ++i) {
        EM_FUZZ_CHECK(parsed.attachments.at(i).size == parsed.attachments.at(i).data.size());
        EM_FUZZ_CHECK(record.attachments.at(i).size == parsed.attachments.at(i).size);
    }
    return 0;
}
