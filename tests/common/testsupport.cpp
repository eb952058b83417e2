#include "testsupport.h"

#include "store/mailstore.h"

#include <QFile>
#include <QTcpServer>

namespace em::test {

QString dataPath(const QString &relative)
{
    return QStringLiteral(EM_TEST_DATA_DIR "/") + relative;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

QString binaryPath(const QString &relative)
{
    return QStringLiteral(EM_BINARY_DIR "/") + relative;
}

AccountAndInbox addLocalInbox(store::MailStore &store)
{
    const qint64 account = store.ensureAccount(QStringLiteral("local"), QStringLiteral("L"), {}).value();
    const qint64 inbox = store
                             .ensureFolder(account, QStringLiteral("f"), QStringLiteral("F"), QStringLiteral("F"),
                                           store::FolderKind::Inbox)
                             .value()
                             .id;
    return {account, inbox};
}

} // namespace em::test
