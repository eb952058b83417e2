#include "searchquery.h"

#include "textindex.h"
#include "types.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringBuilder>
#include <QTimeZone>

#include <memory>
#include <vector>

namespace em::store {

namespace {

struct Token
{
    enum Kind { Term, LParen, RParen, Or } kind = Term;
    bool negated = false;
    QString field; // lower-case operator name, empty for free text
    QString text;
    bool quoted = false;
};

const QStringList kFields = {QStringLiteral("from"),    QStringLiteral("to"),     QStringLiteral("cc"),
                             QStringLiteral("subject"), QStringLiteral("has"),    QStringLiteral("is"),
                             QStringLiteral("in"),      QStringLiteral("before"), QStringLiteral("after"),
                             QStringLiteral("label")};

Token punctuation(Token::Kind kind)
{
    Token t;
    t.kind = kind;
    return t;
}

// Splits the query into tokens. Never fails: an unbalanced quote runs to the end.
std::vector<Token> tokenize(const QString &q)
{
    std::vector<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = q.size();
    while (i < n) {
        const QChar c = q.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == u'(') {
            tokens.push_back(punctuation(Token::LParen));
            ++i;
            continue;
        }
        if (c == u')') {
            tokens.push_back(punctuation(Token::RParen));
            ++i;
            continue;
        }
        Token t;
        if (c == u'-' && i + 1 < n && q.at(i + 1) == u'(') {
            Token group = punctuation(Token::LParen); // -( ... ) negates the whole group
            group.negated = true;
            tokens.push_back(group);
            i += 2;
            continue;
        }
        if (c == u'-' && i + 1 < n && !q.at(i + 1).isSpace()) {
            t.negated = true;
            ++i;
        }
        // An operator prefix: letters then a colon.
        qsizetype j = i;
        while (j < n && q.at(j).isLetter())
            ++j;
        if (j < n && j > i && q.at(j) == u':' && kFields.contains(q.mid(i, j - i).toLower())) {
            t.field = q.mid(i, j - i).toLower();
            i = j + 1;
        }
        if (i < n && q.at(i) == u'"') {
            qsizetype end = q.indexOf(u'"', i + 1);
            if (end < 0)
                end = n;
            t.text = q.mid(i + 1, end - i - 1);
            t.quoted = true;
            i = qMin(end + 1, n);
        } else {
            qsizetype end = i;
            while (end < n && !q.at(end).isSpace() && q.at(end) != u'(' && q.at(end) != u')')
                ++end;
            t.text = q.mid(i, end - i);
            i = end;
        }
        if (!t.negated && t.field.isEmpty() && !t.quoted && t.text == QLatin1String("OR")) {
            tokens.push_back(punctuation(Token::Or));
            continue;
        }
        tokens.push_back(t);
    }
    return tokens;
}

struct Node
{
    enum Kind { And, Or, Not, Text, Sql } kind;
    std::vector<std::unique_ptr<Node>> children;
    QString column; // Text: an FTS column, or empty for all
    QString text;   // Text: the phrase; Sql: the condition
    bool prefix = false;
    QVariantList values; // Sql: bound values
};
using NodePtr = std::unique_ptr<Node>;

NodePtr makeNode(Node::Kind kind)
{
    return std::make_unique<Node>(Node{kind, {}, {}, {}, false, {}});
}

class Parser
{
public:
    explicit Parser(std::vector<Token> tokens) : m_tokens(std::move(tokens)) {}

    Result<NodePtr> parse()
    {
        NodePtr root = parseAnd(0);
        if (!m_error.isEmpty())
            return Result<NodePtr>::failure(m_error);
        if (!root)
            return Result<NodePtr>::failure(QCoreApplication::translate(
                "Search", "Nothing to search for: type a word or an operator such as from:"));
        return root;
    }

private:
    NodePtr parseAnd(int depth)
    {
        auto node = makeNode(Node::And);
        while (m_pos < m_tokens.size() && m_error.isEmpty()) {
            if (m_tokens[m_pos].kind == Token::RParen) {
                if (depth > 0)
                    break;
                ++m_pos; // a stray ) is ignored
                continue;
            }
            if (NodePtr child = parseOr(depth))
                node->children.push_back(std::move(child));
        }
        if (node->children.empty())
            return nullptr;
        if (node->children.size() == 1)
            return std::move(node->children.front());
        return node;
    }

    NodePtr parseOr(int depth)
    {
        NodePtr first = parseUnary(depth);
        std::vector<NodePtr> alternatives;
        while (m_pos < m_tokens.size() && m_tokens[m_pos].kind == Token::Or) {
            ++m_pos;
            if (m_pos >= m_tokens.size() || m_tokens[m_pos].kind == Token::RParen)
                break; // a dangling OR is ignored
            if (NodePtr next = parseUnary(depth))
                alternatives.push_back(std::move(next));
        }
        if (alternatives.empty())
            return first;
        auto node = makeNode(Node::Or);
        if (first)
            node->children.push_back(std::move(first));
        for (auto &a : alternatives)
            node->children.push_back(std::move(a));
        if (node->children.size() == 1)
            return std::move(node->children.front());
        return node;
    }

    NodePtr parseUnary(int depth)
    {
        if (m_pos >= m_tokens.size())
            return nullptr;
        const Token &t = m_tokens[m_pos];
        if (t.kind == Token::Or) {
            ++m_pos; // a leading OR is ignored
            return nullptr;
        }
        if (t.kind == Token::LParen) {
            ++m_pos;
            if (depth > 32) {
                m_error = QCoreApplication::translate("Search", "The search has too many nested parentheses");
                return nullptr;
            }
            const bool negated = t.negated;
            NodePtr inner = parseAnd(depth + 1);
            if (m_pos < m_tokens.size() && m_tokens[m_pos].kind == Token::RParen)
                ++m_pos; // an unclosed ( runs to the end
            if (inner && negated) {
                auto n = makeNode(Node::Not);
                n->children.push_back(std::move(inner));
                return n;
            }
            return inner;
        }
        ++m_pos;
        NodePtr term = makeTerm(t);
        if (term && t.negated) {
            auto n = makeNode(Node::Not);
            n->children.push_back(std::move(term));
            return n;
        }
        return term;
    }

    NodePtr text(const QString &column, const QString &value, bool prefix)
    {
        if (!containsWordCharacter(value))
            return nullptr; // punctuation alone matches nothing; drop it rather than fail
        auto n = makeNode(Node::Text);
        n->column = column;
        n->text = value;
        n->prefix = prefix;
        return n;
    }

    NodePtr sql(const QString &condition, QVariantList values = {})
    {
        auto n = makeNode(Node::Sql);
        n->text = condition;
        n->values = std::move(values);
        return n;
    }

    NodePtr flagSet(quint32 flag, bool set)
    {
        return sql(QStringLiteral("(m.flags & %1) %2 0").arg(flag).arg(set ? QLatin1String("!=") : QLatin1String("=")));
    }

    NodePtr date(const Token &t, bool before)
    {
        QDate d = QDate::fromString(t.text, QStringLiteral("yyyy-MM-dd"));
        if (!d.isValid())
            d = QDate::fromString(t.text, QStringLiteral("yyyy/MM/dd"));
        if (!d.isValid()) {
            m_error = QCoreApplication::translate("Search", "%1: needs a date like 2024-01-31, not “%2”")
                          .arg(t.field, t.text);
            return nullptr;
        }
        const qint64 ms = d.startOfDay().toMSecsSinceEpoch();
        return sql(before ? QStringLiteral("m.date < ?") : QStringLiteral("m.date >= ?"), {ms});
    }

    NodePtr makeTerm(const Token &t)
    {
        const QString v = t.text.trimmed();
        if (t.field.isEmpty())
            return text(QString(), v, !t.quoted);
        if (t.field == QLatin1String("from"))
            return text(QStringLiteral("sender"), v, !t.quoted);
        if (t.field == QLatin1String("to"))
            return text(QStringLiteral("recipients"), v, !t.quoted);
        if (t.field == QLatin1String("cc"))
            return text(QStringLiteral("cc"), v, !t.quoted);
        if (t.field == QLatin1String("subject"))
            return text(QStringLiteral("subject"), v, !t.quoted);
        if (t.field == QLatin1String("before") || t.field == QLatin1String("after"))
            return date(t, t.field == QLatin1String("before"));
        const QString lower = v.toLower();
        if (t.field == QLatin1String("has")) {
            if (lower == QLatin1String("attachment") || lower == QLatin1String("attachments"))
                return flagSet(HasAttachments, true);
            m_error = QCoreApplication::translate("Search", "has: takes “attachment”, not “%1”").arg(v);
            return nullptr;
        }
        if (t.field == QLatin1String("is")) {
            if (lower == QLatin1String("unread"))
                return flagSet(Read, false);
            if (lower == QLatin1String("read"))
                return flagSet(Read, true);
            if (lower == QLatin1String("starred") || lower == QLatin1String("flagged"))
                return flagSet(Starred, true);
            if (lower == QLatin1String("answered"))
                return flagSet(Answered, true);
            if (lower == QLatin1String("draft"))
                return flagSet(Draft, true);
            m_error =
                QCoreApplication::translate("Search", "is: takes unread, read, starred, answered or draft, not “%1”")
                    .arg(v);
            return nullptr;
        }
        // in: and label: name a folder by its name, its path or its kind (in:inbox).
        if (v.isEmpty()) {
            m_error = QCoreApplication::translate("Search", "%1: needs a folder name").arg(t.field);
            return nullptr;
        }
        return sql(QStringLiteral("EXISTS (SELECT 1 FROM message_folders mf JOIN folders f ON f.id = mf.folder_id "
                                  "WHERE mf.message_id = m.id AND (f.name = ? COLLATE NOCASE OR f.path = ? "
                                  "COLLATE NOCASE OR f.kind = ?))"),
                   {v, v, lower});
    }

    std::vector<Token> m_tokens;
    size_t m_pos = 0;
    QString m_error;
};

bool isPureText(const Node &n)
{
    if (n.kind == Node::Text)
        return true;
    if (n.kind == Node::Or || n.kind == Node::And) {
        for (const auto &c : n.children)
            if (!isPureText(*c))
                return false;
        return true;
    }
    return false;
}

QString ftsPhrase(const Node &n)
{
    QString phrase = normalizeForIndex(n.text);
    // FTS5 reads its MATCH text up to the first NUL, which left the quote open ("unterminated
    // string", found by tests/fuzz). The tokenizer splits words at control characters anyway.
    phrase.replace(QChar(u'\0'), QChar(u' '));
    phrase.replace(u'"', QLatin1String("\"\""));
    QString s = u'"' % phrase % u'"';
    if (n.prefix)
        s += u'*';
    if (!n.column.isEmpty())
        s = n.column % QLatin1String(" : ") % s;
    return s;
}

QString ftsExpression(const Node &n)
{
    if (n.kind == Node::Text)
        return ftsPhrase(n);
    QStringList parts;
    for (const auto &c : n.children)
        parts.append(ftsExpression(*c));
    return u'(' % parts.join(n.kind == Node::Or ? QLatin1String(" OR ") : QLatin1String(" AND ")) % u')';
}

void emitSql(const Node &n, CompiledSearch *out)
{
    static const QString kMatch = QStringLiteral("m.id IN (SELECT rowid FROM message_fts WHERE message_fts MATCH ?)");
    if (isPureText(n)) {
        out->where += kMatch;
        out->values.append(ftsExpression(n));
        return;
    }
    switch (n.kind) {
    case Node::Sql:
        out->where += u'(' % n.text % u')';
        out->values += n.values;
        return;
    case Node::Not:
        out->where += QLatin1String("NOT ");
        emitSql(*n.children.front(), out);
        return;
    case Node::And:
    case Node::Or: {
        // Under AND, all plain-text children share one MATCH: one index lookup, not many.
        std::vector<const Node *> text, rest;
        for (const auto &c : n.children)
            (n.kind == Node::And && isPureText(*c) ? text : rest).push_back(c.get());
        out->where += u'(';
        bool first = true;
        const QLatin1String joiner = n.kind == Node::And ? QLatin1String(" AND ") : QLatin1String(" OR ");
        if (!text.empty()) {
            QStringList parts;
            for (const Node *t : text)
                parts.append(ftsExpression(*t));
            out->where += kMatch;
            out->values.append(parts.join(QLatin1String(" AND ")));
            first = false;
        }
        for (const Node *c : rest) {
            if (!first)
                out->where += joiner;
            emitSql(*c, out);
            first = false;
        }
        out->where += u')';
        return;
    }
    case Node::Text: break; // handled by isPureText above
    }
}

} // namespace

Result<CompiledSearch> compileSearch(const QString &query)
{
    if (query.size() > 4096)
        return Result<CompiledSearch>::failure(
            QCoreApplication::translate("Search", "The search is too long (at most 4096 characters)"));
    Parser parser(tokenize(query));
    Result<NodePtr> root = parser.parse();
    if (!root)
        return Result<CompiledSearch>::failure(root.error());
    CompiledSearch out;
    emitSql(*root.value(), &out);
    // The first bound value is a MATCH every result must satisfy when the whole query is
    // text, or when the top level is an AND whose merged text part comes first.
    const Node &n = *root.value();
    if (isPureText(n) || (n.kind == Node::And && !out.values.isEmpty() &&
                          out.where.startsWith(QLatin1String("(m.id IN (SELECT rowid FROM message_fts"))))
        out.requiredMatch = out.values.constFirst().toString();
    return out;
}

} // namespace em::store
