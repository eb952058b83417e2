#pragma once

#include <gmime/gmime.h>

#include <QByteArray>
#include <QString>

#include <memory>

namespace em::mime {

// GMime and libxml2 need one process-wide initialisation before any use from any thread.
void ensureLibrariesInitialized();

struct GObjectDeleter
{
    void operator()(gpointer p) const
    {
        if (p)
            g_object_unref(p);
    }
};
template <typename T>
using GPtr = std::unique_ptr<T, GObjectDeleter>;

struct GFreeDeleter
{
    void operator()(gpointer p) const { g_free(p); }
};
using GCharPtr = std::unique_ptr<char, GFreeDeleter>;

inline QString fromUtf8(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

// Decoded bytes of a leaf part (transfer encoding undone), optionally only counted.
QByteArray decodedContent(GMimePart *part);
qint64 decodedSize(GMimePart *part);
// Serialised bytes of any object (a nested message, say).
QByteArray serialize(GMimeObject *object);
qint64 serializedSize(GMimeObject *object);

} // namespace em::mime
