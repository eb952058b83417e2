#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace em::test {

QString dataPath(const QString &relative); // under tests/data
QByteArray readFile(const QString &path);
QString binaryPath(const QString &relative); // under the build folder

} // namespace em::test
