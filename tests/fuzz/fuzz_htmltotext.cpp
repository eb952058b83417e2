// Fuzzes HTML to text (libxml2's HTML parser underneath) and the snippet made from it.
// Input: the HTML body as UTF-8 (invalid sequences become U+FFFD, as when a part is decoded).

#include "fuzzsupport.h"

#include "ingest/recordbuilder.h"
#include "mime/htmltotext.h"

#include <QString>

using namespace em;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = mime::htmlToText(html);
    // Documented: whitespace collapsed, block structure kept as at most one blank line.
    EM_FUZZ_CHECK(text == text.trimmed());
    EM_FUZZ_CHECK(!text.contains(QLatin1String("\n\n\n")));
    EM_FUZZ_CHECK(!html.isEmpty() || text.isEmpty());
    const QString snippet = ingest::makeSnippet(text);
    EM_FUZZ_CHECK(snippet.size() <= 200);
    EM_FUZZ_CHECK(!text.isValidUtf16() || snippet.isValidUtf16()); // no half of an emoji at the end
    return 0;
}
