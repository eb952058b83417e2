#include "textindex.h"

#include <QList>

namespace em::store {

namespace {
bool isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF)       // Hiragana, Katakana
           || (c >= 0x3400 && c <= 0x4DBF)    // CJK Extension A
           || (c >= 0x4E00 && c <= 0x9FFF)    // CJK Unified Ideographs
           || (c >= 0xF900 && c <= 0xFAFF)    // Compatibility Ideographs
           || (c >= 0x20000 && c <= 0x2FA1F); // Extensions B.. and supplement
}
} // namespace

QString normalizeForIndex(const QString &text)
{
    bool any = false;
    for (QChar c : text) {
        if (isCjk(c.unicode()) || c.isSurrogate()) {
            any = true;
            break;
        }
    }
    if (!any)
        return text;
    QString out;
    out.reserve(text.size() * 2);
    const auto points = text.toUcs4();
    bool lastWasCjk = false;
    for (char32_t c : points) {
        const bool cjk = isCjk(c);
        if (cjk || lastWasCjk)
            out.append(u' ');
        if (QChar::requiresSurrogates(c)) {
            out.append(QChar(QChar::highSurrogate(c)));
            out.append(QChar(QChar::lowSurrogate(c)));
        } else {
            out.append(QChar(char16_t(c)));
        }
        lastWasCjk = cjk;
    }
    return out;
}

bool containsWordCharacter(const QString &text)
{
    for (char32_t c : text.toUcs4())
        if (QChar::isLetterOrNumber(c))
            return true;
    return false;
}

} // namespace em::store
