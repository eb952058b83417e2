#include "htmltotext.h"

#include "gmimesupport.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <QRegularExpression>
#include <QStringBuilder>
#include <iterator>
#include <vector>

namespace em::mime {

namespace {

bool nameIs(const xmlNode *node, const char *name)
{
    return node->name && xmlStrcasecmp(node->name, reinterpret_cast<const xmlChar *>(name)) == 0;
}

bool isSkipped(const xmlNode *node)
{
    for (const char *n : {"script", "style", "head", "title", "noscript", "template", "object", "iframe", "svg"})
        if (nameIs(node, n))
            return true;
    return false;
}

bool isBlock(const xmlNode *node)
{
    for (const char *n :
         {"p",  "div",     "h1",         "h2",       "h3",     "h4",      "h5",      "h6",     "ul",     "ol",   "li",
          "tr", "table",   "blockquote", "pre",      "hr",     "section", "article", "header", "footer", "dl",   "dt",
          "dd", "address", "form",       "fieldset", "center", "nav",     "aside",   "main",   "figure", "tbody"})
        if (nameIs(node, n))
            return true;
    return false;
}

class TextWriter
{
public:
    void text(const QString &s, bool preformatted)
    {
        for (QChar c : s) {
            if (preformatted) {
                if (c == u'\n')
                    newline();
                else
                    put(c);
            } else if (c.isSpace() && c != QChar(0xA0)) {
                m_pendingSpace = !m_out.isEmpty() && !m_out.endsWith(u'\n');
            } else {
                put(c);
            }
        }
    }
    void newline()
    {
        m_pendingSpace = false;
        if (m_out.isEmpty())
            return;
        int trailing = 0;
        for (qsizetype i = m_out.size() - 1; i >= 0 && m_out.at(i) == u'\n'; --i)
            ++trailing;
        if (trailing < 2)
            m_out.append(u'\n');
    }
    void blockBreak()
    {
        if (!m_out.isEmpty() && !m_out.endsWith(u'\n'))
            newline();
    }
    void cellBreak() { m_pendingSpace = !m_out.isEmpty() && !m_out.endsWith(u'\n'); }
    void raw(const QString &s)
    {
        m_pendingSpace = false;
        m_out.append(s);
    }
    QString result() const { return m_out.trimmed(); }

private:
    void put(QChar c)
    {
        if (m_pendingSpace)
            m_out.append(u' ');
        m_pendingSpace = false;
        m_out.append(c == QChar(0xA0) ? QChar(u' ') : c);
    }
    QString m_out;
    bool m_pendingSpace = false;
};

// Where the closing tag </name> (ASCII blanks allowed before the >) ends, looking from
// `from`; -1 when there is none.
qsizetype closingTagEnd(const QString &html, QLatin1String name, qsizetype from)
{
    for (qsizetype at = html.indexOf(QLatin1String("</"), from); at >= 0;
         at = html.indexOf(QLatin1String("</"), at + 2)) {
        if (QStringView(html).mid(at + 2, name.size()).compare(name, Qt::CaseInsensitive) != 0)
            continue;
        qsizetype p = at + 2 + name.size();
        while (p < html.size() && (html.at(p) == u' ' || (html.at(p) >= u'\t' && html.at(p) <= u'\r')))
            ++p; // ASCII blanks: \s of the expression this replaces
        if (p < html.size() && html.at(p) == u'>')
            return p + 1;
    }
    return -1;
}

// Drops <script>, <style> and <head> elements with what they hold. A scan, not the regular
// expression <(script|style|head)\b.*?</\1\s*> it replaces: that looked for a closing tag
// from every opening one, quadratic in mail full of unclosed <script> (64 KB took seconds, a
// megabyte minutes; tests/fuzz/regressions/htmltotext). Once one element has no closing tag,
// no later one of that name has either: the scan stops looking for it.
QString removeHiddenElements(const QString &html)
{
    static const QLatin1String names[] = {QLatin1String("script"), QLatin1String("style"), QLatin1String("head")};
    bool unclosed[std::size(names)] = {};
    QString out;
    qsizetype copied = 0;
    for (qsizetype at = html.indexOf(u'<'); at >= 0;) {
        qsizetype end = -1;
        for (size_t k = 0; k < std::size(names) && end < 0; ++k) {
            const qsizetype after = at + 1 + names[k].size();
            if (unclosed[k] ||
                QStringView(html).mid(at + 1, names[k].size()).compare(names[k], Qt::CaseInsensitive) != 0)
                continue;
            const char16_t next = after < html.size() ? html.at(after).unicode() : u' ';
            if ((next >= u'a' && next <= u'z') || (next >= u'A' && next <= u'Z') || (next >= u'0' && next <= u'9') ||
                next == u'_')
                continue; // <scripts>, <header>: another name (\b in the expression, ASCII words)
            end = closingTagEnd(html, names[k], after);
            unclosed[k] = end < 0;
        }
        if (end < 0) {
            at = html.indexOf(u'<', at + 1);
            continue;
        }
        out += QStringView(html).mid(copied, at - copied);
        copied = end;
        at = html.indexOf(u'<', end);
    }
    if (copied == 0)
        return html;
    out += QStringView(html).mid(copied);
    return out;
}

// When libxml2 gives up (it stops at 256 levels of nesting, as hostile mail may have),
// the text still matters for the snippet and the index: drop the tags crudely.
QString stripTags(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString text = removeHiddenElements(html);
    text.replace(tag, QStringLiteral(" "));
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "))
        .replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text.simplified();
}

} // namespace

QString htmlToText(const QString &html)
{
    if (html.isEmpty())
        return {};
    ensureLibrariesInitialized();
    const QByteArray utf8 = html.toUtf8();
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                        HTML_PARSE_NOIMPLIED | HTML_PARSE_COMPACT;
    htmlDocPtr doc =
        htmlReadMemory(utf8.constData(), int(qMin<qsizetype>(utf8.size(), INT_MAX)), nullptr, "UTF-8", options);
    if (!doc)
        return stripTags(html);

    TextWriter out;
    // Iterative walk: hostile mail nests thousands of levels deep.
    struct Frame
    {
        xmlNode *node;
        bool leaving;
    };
    std::vector<Frame> stack;
    int preDepth = 0;
    std::vector<xmlNode *> top;
    for (xmlNode *n = doc->children; n; n = n->next)
        top.push_back(n);
    for (auto it = top.rbegin(); it != top.rend(); ++it)
        stack.push_back({*it, false});

    while (!stack.empty()) {
        Frame f = stack.back();
        stack.pop_back();
        xmlNode *node = f.node;
        if (f.leaving) {
            if (nameIs(node, "pre"))
                --preDepth;
            if (isBlock(node))
                out.blockBreak();
            continue;
        }
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            out.text(QString::fromUtf8(reinterpret_cast<const char *>(node->content)), preDepth > 0);
            continue;
        }
        if (node->type != XML_ELEMENT_NODE && node->type != XML_DOCUMENT_NODE && node->type != XML_HTML_DOCUMENT_NODE)
            continue;
        if (node->type == XML_ELEMENT_NODE) {
            if (isSkipped(node))
                continue;
            if (nameIs(node, "br")) {
                out.newline();
                continue;
            }
            if (nameIs(node, "img")) {
                xmlChar *alt = xmlGetProp(node, reinterpret_cast<const xmlChar *>("alt"));
                if (alt) {
                    out.text(QString::fromUtf8(reinterpret_cast<const char *>(alt)), false);
                    xmlFree(alt);
                }
                continue;
            }
            if (isBlock(node))
                out.blockBreak();
            if (nameIs(node, "li"))
                out.raw(QStringLiteral("• "));
            if (nameIs(node, "td") || nameIs(node, "th"))
                out.cellBreak();
            if (nameIs(node, "pre"))
                ++preDepth;
            stack.push_back({node, true});
        }
        std::vector<xmlNode *> children;
        for (xmlNode *c = node->children; c; c = c->next)
            children.push_back(c);
        for (auto it = children.rbegin(); it != children.rend(); ++it)
            stack.push_back({*it, false});
    }
    xmlFreeDoc(doc);
    const QString text = out.result();
    return text.isEmpty() ? stripTags(html) : text;
}

} // namespace em::mime
