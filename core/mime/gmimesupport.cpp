#include "gmimesupport.h"

#include <libxml/parser.h>

#include <mutex>

namespace em::mime {

void ensureLibrariesInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] {
        g_mime_init();
        xmlInitParser();
    });
}

QByteArray decodedContent(GMimePart *part)
{
    GMimeDataWrapper *wrapper = g_mime_part_get_content(part);
    if (!wrapper)
        return {};
    GPtr<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(wrapper, stream.get());
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
    return QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
}

qint64 decodedSize(GMimePart *part)
{
    GMimeDataWrapper *wrapper = g_mime_part_get_content(part);
    if (!wrapper)
        return 0;
    GPtr<GMimeStream> counter(g_mime_stream_null_new());
    g_mime_data_wrapper_write_to_stream(wrapper, counter.get());
    return qint64(GMIME_STREAM_NULL(counter.get())->written);
}

QByteArray serialize(GMimeObject *object)
{
    GPtr<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_object_write_to_stream(object, nullptr, stream.get());
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
    return QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
}

qint64 serializedSize(GMimeObject *object)
{
    GPtr<GMimeStream> counter(g_mime_stream_null_new());
    g_mime_object_write_to_stream(object, nullptr, counter.get());
    return qint64(GMIME_STREAM_NULL(counter.get())->written);
}

} // namespace em::mime
