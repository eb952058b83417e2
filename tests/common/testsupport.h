#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <ostream>

// Readable GoogleTest failure messages for Qt strings.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
inline void PrintTo(const QByteArray &b, std::ostream *os)
{
    *os << '"' << b.toStdString() << '"';
}

// Lets failure messages stream Qt strings: EXPECT_TRUE(ok) << error;
inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}

namespace em::store {
class MailStore;
}

namespace em::test {

struct AccountAndInbox
{
    qint64 account = 0;
    qint64 inbox = 0;
};
// A local account with one Inbox folder: the setup most store-level tests start from.
AccountAndInbox addLocalInbox(store::MailStore &store);

QString dataPath(const QString &relative); // under tests/data
QByteArray readFile(const QString &path);
QString binaryPath(const QString &relative); // under the build folder
quint16 closedPort();                        // a loopback port nobody listens on

} // namespace em::test
