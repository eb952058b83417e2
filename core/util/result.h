#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace em {

// An operation's outcome: a value, or a user-readable (already translated) message.
// Errors are values in this code base; nothing throws across the event loop.
template <typename T>
class Result
{
public:
    // Implicit on purpose: `return value;` from a function returning Result<T>, as with std::expected.
    // cppcheck-suppress noExplicitConstructor
    Result(T value) : m_value(std::move(value)) {}
    static Result failure(const QString &message)
    {
        Result r;
        r.m_error = message;
        return r;
    }
    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const QString &error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

// The outcome of an operation that produces no value.
class Status
{
public:
    Status() = default;
    static Status failure(QString message)
    {
        Status s;
        s.m_failed = true;
        s.m_error = std::move(message);
        return s;
    }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};

} // namespace em
