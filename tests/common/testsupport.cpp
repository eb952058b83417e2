#include "testsupport.h"

#include <QFile>

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

QString binaryPath(const QString &relative)
{
    return QStringLiteral(EM_BINARY_DIR "/") + relative;
}

} // namespace em::test
