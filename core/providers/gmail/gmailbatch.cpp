#include "gmailbatch.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cctype>

namespace em::gmail {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isWhite(char c)
{
    return isBlank(c) || c == '\r' || c == '\n';
}

// The boundary parameter of a Content-Type, quoted or not; empty when there is none.
QByteArray boundaryOf(const QByteArray &contentType)
{
    const QByteArray lower = contentType.toLower();
    const qsizetype size = contentType.size();
    for (qsizetype at = lower.indexOf("boundary"); at >= 0; at = lower.indexOf("boundary", at + 1)) {
        qsizetype before = at - 1;
        while (before >= 0 && isBlank(lower.at(before)))
            --before;
        if (before < 0 || lower.at(before) != ';')
            continue; // part of another word or value
        qsizetype p = at + 8;
        while (p < size && isBlank(contentType.at(p)))
            ++p;
        if (p >= size || contentType.at(p) != '=')
            continue;
        ++p;
        while (p < size && isBlank(contentType.at(p)))
            ++p;
        QByteArray value;
        if (p < size && contentType.at(p) == '"') {
            for (++p; p < size && contentType.at(p) != '"'; ++p) {
                if (contentType.at(p) == '\\' && p + 1 < size)
                    ++p;
                value += contentType.at(p);
            }
        } else {
            while (p < size && contentType.at(p) != ';' && !isWhite(contentType.at(p)))
                value += contentType.at(p++);
        }
        return value;
    }
    return {};
}

enum class Delimiter { None, Part, Close };

// Finds the delimiter lines of one multipart body: "--boundary" or "--boundary--" at the
// start of a line, followed by nothing but blanks up to the end of the line.
class DelimiterScanner
{
public:
    DelimiterScanner(const QByteArray &body, const QByteArray &boundary) : m_body(body), m_delimiter("--" + boundary) {}

    // The first delimiter line starting at or after from: its position (-1 when none),
    // its kind, and where the line after it starts.
    qsizetype find(qsizetype from, Delimiter *kind, qsizetype *next) const
    {
        for (qsizetype i = m_body.indexOf(m_delimiter, from); i >= 0; i = m_body.indexOf(m_delimiter, i + 1)) {
            if (i > 0 && m_body.at(i - 1) != '\n')
                continue;
            *kind = at(i, next);
            if (*kind != Delimiter::None)
                return i;
        }
        *kind = Delimiter::None;
        return -1;
    }

private:
    Delimiter at(qsizetype p, qsizetype *next) const
    {
        const qsizetype size = m_body.size();
        qsizetype q = p + m_delimiter.size();
        Delimiter kind = Delimiter::Part;
        if (q + 1 < size && m_body.at(q) == '-' && m_body.at(q + 1) == '-') {
            kind = Delimiter::Close;
            q += 2;
        }
        while (q < size && isBlank(m_body.at(q)))
            ++q;
        if (q == size) {
            *next = size;
        } else if (m_body.at(q) == '\n') {
            *next = q + 1;
        } else if (m_body.at(q) == '\r' && (q + 1 == size || m_body.at(q + 1) == '\n')) {
            *next = qMin(q + 2, size);
        } else {
            return Delimiter::None;
        }
        return kind;
    }

    const QByteArray &m_body;
    const QByteArray m_delimiter;
};

// Reads the line at *p (before end), without its line break; false at end.
bool readLine(const QByteArray &text, qsizetype *p, qsizetype end, QByteArray *line)
{
    if (*p >= end)
        return false;
    qsizetype eol = text.indexOf('\n', *p);
    if (eol < 0 || eol >= end)
        eol = end;
    qsizetype stop = eol;
    if (stop > *p && text.at(stop - 1) == '\r')
        --stop;
    *line = text.mid(*p, stop - *p);
    *p = qMin(eol + 1, end);
    return true;
}

// "HTTP/1.1 200 OK" (the reason is optional): the status, or 0.
int statusOf(const QByteArray &line)
{
    if (!line.startsWith("HTTP/"))
        return 0;
    qsizetype p = 5;
    while (p < line.size() && (std::isdigit(uchar(line.at(p))) || line.at(p) == '.'))
        ++p;
    if (p == 5 || p >= line.size() || !isBlank(line.at(p)))
        return 0;
    while (p < line.size() && isBlank(line.at(p)))
        ++p;
    if (p + 3 > line.size() || (p + 3 < line.size() && !isBlank(line.at(p + 3))))
        return 0;
    int status = 0;
    for (qsizetype i = p; i < p + 3; ++i) {
        if (!std::isdigit(uchar(line.at(i))))
            return 0;
        status = status * 10 + (line.at(i) - '0');
    }
    return status >= 100 && status <= 599 ? status : 0;
}

// "<response-item-7>" (brackets and "response-" optional): 7; -1 for anything else.
int itemIndexOf(QByteArray id)
{
    id = id.trimmed();
    if (id.startsWith('<') && id.endsWith('>'))
        id = id.mid(1, id.size() - 2).trimmed();
    id = id.toLower();
    if (id.startsWith("response-"))
        id = id.mid(9);
    if (!id.startsWith("item-") || id.size() <= 5 || id.size() > 14)
        return -1;
    int index = 0;
    for (qsizetype i = 5; i < id.size(); ++i) {
        if (!std::isdigit(uchar(id.at(i))))
            return -1;
        index = index * 10 + (id.at(i) - '0');
    }
    return index;
}

struct ParsedPart
{
    int item = -1; // from the Content-ID
    BatchAnswer answer;
};

// lupdate files a namespace's tr() under the namespace: the same context here.
QString tr(const char *text)
{
    return QCoreApplication::translate("em::gmail", text);
}

QString cutShort()
{
    return tr("The answer of a Gmail batch request is cut short.");
}

QByteArray escapePath(const QString &pathAndQuery)
{
    // Already percent-encoded; whatever would break the request line is encoded too.
    QByteArray out;
    for (const char c : pathAndQuery.toUtf8()) {
        if (uchar(c) <= 0x20 || uchar(c) >= 0x7f)
            out += '%' + QByteArray::number(uchar(c), 16).toUpper().rightJustified(2, '0');
        else
            out += c;
    }
    return out;
}

} // namespace

BatchEnvelope encodeBatch(const QList<BatchPart> &parts)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QList<QByteArray> encoded;
    encoded.reserve(parts.size());
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const BatchPart &part = parts.at(i);
        QByteArray method;
        for (const char c : part.method.trimmed().toUpper())
            if (c >= 'A' && c <= 'Z')
                method += c;
        QByteArray text = "Content-Type: application/http\r\nContent-ID: <item-" + QByteArray::number(i) + ">\r\n\r\n" +
                          (method.isEmpty() ? QByteArray("GET") : method) + ' ' + escapePath(part.pathAndQuery) +
                          " HTTP/1.1\r\n";
        if (!part.body.isEmpty() || !part.contentType.isEmpty()) {
            QByteArray type = part.contentType.isEmpty() ? QByteArray("application/json") : part.contentType;
            type.replace('\r', ' ').replace('\n', ' ');
            text += "Content-Type: " + type + "\r\nContent-Length: " + QByteArray::number(part.body.size()) + "\r\n";
        }
        text += "\r\n" + part.body + "\r\n";
        encoded.append(text);
    }
    QByteArray boundary;
    bool clash = true;
    while (clash) {
        boundary = "batch_";
        for (int i = 0; i < 32; ++i)
            boundary += alphabet[QRandomGenerator::global()->bounded(62)];
        clash = false;
        for (const QByteArray &text : encoded)
            clash = clash || text.contains(boundary);
    }
    BatchEnvelope out;
    out.contentType = "multipart/mixed; boundary=" + boundary;
    for (const QByteArray &text : encoded)
        out.body += "--" + boundary + "\r\n" + text;
    out.body += "--" + boundary + "--\r\n";
    return out;
}

Result<QList<BatchAnswer>> decodeBatch(const QByteArray &contentType, const QByteArray &body, int partCount)
{
    using R = Result<QList<BatchAnswer>>;
    const QByteArray boundary = boundaryOf(contentType);
    if (boundary.isEmpty())
        return R::failure(tr("The answer of a Gmail batch request has no multipart boundary."));
    const DelimiterScanner scanner(body, boundary);
    Delimiter kind = Delimiter::None;
    qsizetype pos = 0;
    if (scanner.find(0, &kind, &pos) < 0)
        return R::failure(cutShort());
    QList<ParsedPart> parsed;
    while (kind == Delimiter::Part) {
        qsizetype next = 0;
        qsizetype end = scanner.find(pos, &kind, &next);
        if (end < 0)
            return R::failure(cutShort());
        ParsedPart part;
        // The part's own headers (Content-Type: application/http, Content-ID) up to a blank
        // line; then the HTTP answer: status line, headers, blank line, body.
        qsizetype p = pos;
        QByteArray line;
        bool haveLine = readLine(body, &p, end, &line);
        if (haveLine && !line.startsWith("HTTP/")) {
            while (haveLine && !line.isEmpty()) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0 && line.left(colon).trimmed().toLower() == "content-id")
                    part.item = itemIndexOf(line.mid(colon + 1));
                haveLine = readLine(body, &p, end, &line);
            }
            while (haveLine && line.trimmed().isEmpty())
                haveLine = readLine(body, &p, end, &line);
        }
        part.answer.status = haveLine ? statusOf(line) : 0;
        if (part.answer.status == 0)
            return R::failure(tr("An answer inside a Gmail batch answer has no readable HTTP status line."));
        qint64 contentLength = -1;
        while (readLine(body, &p, end, &line) && !line.isEmpty()) {
            if (isBlank(line.at(0)) && !part.answer.headers.isEmpty()) {
                if (!line.trimmed().isEmpty())
                    part.answer.headers.last().second += ' ' + line.trimmed(); // folded
                continue;
            }
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            part.answer.headers.append({name, value});
            if (name.toLower() == "content-length") {
                bool ok = false;
                const qint64 n = value.size() <= 15 ? value.toLongLong(&ok) : -1;
                contentLength = ok && n >= 0 && !value.startsWith('+') ? n : -1;
            }
        }
        const qsizetype bodyStart = p;
        // Up to the line break before the next delimiter...
        qsizetype bodyEnd = end;
        if (bodyEnd > bodyStart && body.at(bodyEnd - 1) == '\n')
            --bodyEnd;
        if (bodyEnd > bodyStart && body.at(bodyEnd - 1) == '\r')
            --bodyEnd;
        bodyEnd = qMax(bodyEnd, bodyStart);
        // ...unless Content-Length says more (a delimiter-like line inside the body) or
        // less, and only blanks stand between its end and a delimiter.
        if (contentLength >= 0 && contentLength <= body.size() - bodyStart && bodyStart + contentLength != bodyEnd) {
            const qsizetype stated = bodyStart + qsizetype(contentLength);
            Delimiter statedKind = Delimiter::None;
            qsizetype statedNext = 0;
            const qsizetype statedDelimiter = scanner.find(stated, &statedKind, &statedNext);
            bool blank = statedDelimiter >= 0;
            for (qsizetype i = stated; blank && i < statedDelimiter; ++i)
                blank = isWhite(body.at(i));
            if (blank) {
                bodyEnd = stated;
                kind = statedKind;
                next = statedNext;
            }
        }
        part.answer.body = body.mid(bodyStart, bodyEnd - bodyStart);
        parsed.append(part);
        pos = next;
    }

    QList<BatchAnswer> answers(qMax(partCount, 0));
    QList<bool> filled(answers.size(), false);
    // Answers carry the request's Content-ID; those without one go by position.
    for (const ParsedPart &part : parsed) {
        if (part.item >= 0 && part.item < answers.size() && !filled.at(part.item)) {
            answers[part.item] = part.answer;
            filled[part.item] = true;
        }
    }
    for (qsizetype i = 0; i < parsed.size() && i < answers.size(); ++i) {
        if (parsed.at(i).item < 0 && !filled.at(i)) {
            answers[i] = parsed.at(i).answer;
            filled[i] = true;
        }
    }
    return answers;
}

} // namespace em::gmail
