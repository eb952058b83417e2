#include "readertext.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace em::ui::readertext {

namespace {

constexpr qsizetype kMaxFileNameChars = 80;

int quoteDepth(const QString &line)
{
    int depth = 0;
    for (QChar c : line) {
        if (c == u'>')
            ++depth;
        else if (c != u' ' || depth == 0)
            break;
    }
    return depth;
}

// Escaped text with its web and mail addresses made links.
QString linkified(const QString &line)
{
    static const QRegularExpression address(QStringLiteral(R"((?:https?://|mailto:|www\.)[^\s<>"']+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype done = 0;
    QRegularExpressionMatchIterator it = address.globalMatch(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QString target = match.captured();
        // Sentence punctuation after an address is not part of it; nor is a closing
        // bracket that opened before it: "(see https://example.com/a)."
        while (!target.isEmpty()) {
            const QChar last = target.back();
            if (QStringLiteral(".,;:!?").contains(last) || (last == u')' && target.count(u')') > target.count(u'(')) ||
                (last == u']' && target.count(u']') > target.count(u'[')))
                target.chop(1);
            else
                break;
        }
        const bool www = target.startsWith(QLatin1String("www."), Qt::CaseInsensitive);
        const QUrl url(www ? QStringLiteral("https://") + target : target, QUrl::TolerantMode);
        const bool mail = url.scheme() == QLatin1String("mailto");
        if (!url.isValid() || (mail ? url.path().isEmpty() : url.host().isEmpty()))
            continue; // "https://" alone: left as text
        out += line.mid(done, match.capturedStart() - done).toHtmlEscaped();
        out += QLatin1String("<a href=\"") + QString::fromLatin1(url.toEncoded()).toHtmlEscaped() +
               QLatin1String("\">") + target.toHtmlEscaped() + QLatin1String("</a>");
        done = match.capturedStart() + target.size();
    }
    out += line.mid(done).toHtmlEscaped();
    return out;
}

} // namespace

bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

// Untrusted text (a name, a subject) inside a first-strong isolate: whatever direction it
// has, and whatever bidi controls it holds, it cannot reorder the text around it. Its own
// isolate controls go (a stray PDI would end ours early); line breaks become spaces.
QString isolated(const QString &text)
{
    QString clean;
    clean.reserve(text.size() + 2);
    clean += QChar(0x2068); // FSI
    for (QChar c : text) {
        if (c.unicode() >= 0x2066 && c.unicode() <= 0x2069)
            continue;
        clean += c.category() == QChar::Other_Control ? QChar(u' ') : c;
    }
    clean += QChar(0x2069); // PDI
    return clean;
}

QString displayFileName(const QString &name)
{
    QString clean;
    clean.reserve(name.size());
    for (QChar c : name) {
        if (c.category() == QChar::Other_Control || isBidiControl(c.unicode()))
            continue;
        clean += c;
    }
    clean = clean.simplified();
    if (clean.isEmpty())
        return QCoreApplication::translate("em::ui::MessageView", "Unnamed attachment");
    if (clean.size() <= kMaxFileNameChars)
        return clean;
    // The start names it, the end has the extension: the middle goes.
    qsizetype head = kMaxFileNameChars * 2 / 3;
    qsizetype tail = kMaxFileNameChars - head - 1;
    if (clean.at(head - 1).isHighSurrogate())
        --head;
    if (clean.at(clean.size() - tail).isLowSurrogate())
        --tail;
    return clean.left(head) + QChar(0x2026) + clean.right(tail);
}

QString plainTextToHtml(const QString &text)
{
    // Readable on light and dark backgrounds alike.
    static const QLatin1String colours[] = {QLatin1String("#1a5fb4"), QLatin1String("#26a269"),
                                            QLatin1String("#c64600")};
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
    const QStringList lines = normalized.split(u'\n');
    QString html;
    html.reserve(normalized.size() + lines.size() * 64);
    for (const QString &line : lines) {
        if (line.isEmpty()) {
            // How Qt itself keeps an empty paragraph through HTML.
            html += QLatin1String("<p style=\"margin:0; -qt-paragraph-type:empty;\"><br /></p>");
            continue;
        }
        const int depth = qMin(quoteDepth(line), 3);
        html += QLatin1String("<p style=\"margin:0; white-space:pre-wrap;");
        if (depth > 0)
            html += QLatin1String(" color:") + colours[depth - 1] + u';';
        html += QLatin1String("\">") + linkified(line) + QLatin1String("</p>");
    }
    return html;
}

} // namespace em::ui::readertext
