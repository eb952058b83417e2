#include "charset.h"

#include <gmime/gmime.h>

#include <cerrno>

namespace em::mime {

namespace {

bool isValidUtf8(const QByteArray &bytes)
{
    return g_utf8_validate(bytes.constData(), bytes.size(), nullptr);
}

// Labels that are routinely used for a superset in real mail (as the WHATWG encoding
// standard maps them).
QByteArray widen(QByteArray label)
{
    label = label.trimmed().toLower();
    if (label == "gb2312" || label == "gbk" || label == "x-gbk" || label == "euc-cn" || label == "cp936")
        return "GB18030";
    if (label == "iso-8859-1" || label == "latin1" || label == "iso_8859-1" || label == "l1")
        return "WINDOWS-1252";
    if (label == "iso-8859-8-i")
        return "ISO-8859-8";
    if (label == "ks_c_5601-1987" || label == "euc-kr")
        return "CP949";
    if (label == "shift_jis" || label == "sjis" || label == "x-sjis")
        return "CP932";
    if (label == "big5")
        return "BIG5-HKSCS";
    return label;
}

// Converts with iconv, replacing each undecodable byte with U+FFFD instead of giving up on
// the whole text: one bad byte in a long GB18030 mail must not garble the rest. Fails only
// when the charset is unknown, or when most of the text does not decode (a lying label).
bool convert(const QByteArray &bytes, const char *from, QString *out)
{
    GIConv cd = g_iconv_open("UTF-8", from);
    if (cd == reinterpret_cast<GIConv>(-1))
        return false;
    QByteArray utf8;
    utf8.reserve(bytes.size() * 2 + 16);
    gchar *in = const_cast<gchar *>(bytes.constData());
    gsize inLeft = gsize(bytes.size());
    qsizetype bad = 0;
    char buffer[4096];
    while (inLeft > 0) {
        gchar *outPtr = buffer;
        gsize outLeft = sizeof buffer;
        const gsize r = g_iconv(cd, &in, &inLeft, &outPtr, &outLeft);
        utf8.append(buffer, qsizetype(sizeof buffer - outLeft));
        if (r != gsize(-1))
            break;
        if (errno == E2BIG)
            continue;
        // EILSEQ or a truncated sequence at the end: skip one byte and mark it.
        utf8.append("\xEF\xBF\xBD");
        ++in;
        --inLeft;
        ++bad;
        g_iconv(cd, nullptr, nullptr, nullptr, nullptr); // reset the shift state
    }
    g_iconv_close(cd);
    if (bad > 0 && bad * 4 > bytes.size())
        return false;
    *out = QString::fromUtf8(utf8);
    return true;
}

} // namespace

QString decodeCharset(const QByteArray &bytes, const QByteArray &charset)
{
    QByteArray label = widen(charset);
    // 8-bit text labelled ASCII is, in practice, UTF-8 when it validates as such.
    if (label == "us-ascii" || label == "ascii" || label == "ansi_x3.4-1968")
        label = isValidUtf8(bytes) ? QByteArray() : QByteArray("WINDOWS-1252");
    if (label.isEmpty() || label == "utf-8" || label == "utf8") {
        if (isValidUtf8(bytes) || !label.isEmpty())
            return QString::fromUtf8(bytes); // invalid sequences of a declared UTF-8 become U+FFFD
    } else {
        QString out;
        const char *iconvName = g_mime_charset_iconv_name(label.constData());
        if (convert(bytes, iconvName ? iconvName : label.constData(), &out))
            return out;
        if (isValidUtf8(bytes))
            return QString::fromUtf8(bytes);
    }
    QString out;
    if (convert(bytes, "WINDOWS-1252", &out))
        return out;
    return QString::fromLatin1(bytes);
}

} // namespace em::mime
