#include "safefilename.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTextBoundaryFinder>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <utility>

namespace em::util {

namespace {

constexpr int kMaxNameBytes = 255; // NAME_MAX of ext4, btrfs, xfs...
constexpr int kMaxKeptExtensionBytes = 16;
constexpr int kMaxCopies = 10000;

QString tr(const char *text)
{
    return QCoreApplication::translate("SafeFileName", text);
}

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

// Characters that change how a name is displayed without being seen: the bidi controls
// ("\u202Egnp.exe" shows as "exe.png"), zero-width characters, the byte order mark.
bool isInvisibleFormat(char32_t c)
{
    return c == 0x00ad || c == 0x061c || c == 0x180e || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) ||
           (c >= 0x2060 && c <= 0x206f) || c == 0xfeff || (c >= 0xfff9 && c <= 0xfffb);
}

bool isReservedOnFileSystems(char32_t c)
{
    switch (c) {
    case '/':
    case '\\':
    case '<':
    case '>':
    case ':':
    case '"':
    case '|':
    case '?':
    case '*': return true;
    default: return false;
    }
}

bool isTrimmed(QChar c)
{
    return c == u'.' || c.isSpace();
}

QString trimDotsAndSpaces(const QString &s)
{
    qsizetype begin = 0;
    qsizetype end = s.size();
    while (begin < end && isTrimmed(s.at(begin)))
        ++begin;
    while (end > begin && isTrimmed(s.at(end - 1)))
        --end;
    return s.mid(begin, end - begin);
}

// Windows refuses these as a name, with any extension ("con.txt", "LPT9.log", "nul .tar.gz").
bool isWindowsDeviceName(const QString &name)
{
    QString base = name.left(name.indexOf(u'.')); // the whole name when there is no dot
    while (base.endsWith(u' '))
        base.chop(1);
    base = base.toUpper();
    static const QStringList devices = [] {
        QStringList d = {QStringLiteral("CON"), QStringLiteral("PRN"),    QStringLiteral("AUX"),
                         QStringLiteral("NUL"), QStringLiteral("CONIN$"), QStringLiteral("CONOUT$")};
        const QString digits = QStringLiteral("0123456789\u00b9\u00b2\u00b3");
        for (const QChar digit : digits) {
            d << QStringLiteral("COM") + digit;
            d << QStringLiteral("LPT") + digit;
        }
        return d;
    }();
    return devices.contains(base);
}

int utf8Bytes(char32_t c)
{
    return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

int utf8Bytes(const QString &s)
{
    return int(s.toUtf8().size());
}

// The longest start of `s` of at most `maxBytes` UTF-8 bytes that ends between two
// characters as the user sees them (a letter and its accents, a flag), else between two code
// points: never inside a surrogate pair.
QString cutToUtf8Bytes(const QString &s, int maxBytes)
{
    if (utf8Bytes(s) <= maxBytes)
        return s;
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, s);
    int bytes = 0;
    qsizetype lastCodePoint = 0;
    qsizetype lastGrapheme = 0;
    for (qsizetype i = 0; i < s.size();) {
        const bool pair = s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate();
        const int length = pair ? 4 : utf8Bytes(s.at(i).unicode());
        if (bytes + length > maxBytes)
            break;
        bytes += length;
        i += pair ? 2 : 1;
        lastCodePoint = i;
        graphemes.setPosition(i);
        if (graphemes.isAtBoundary())
            lastGrapheme = i;
    }
    return s.left(lastGrapheme > 0 ? lastGrapheme : lastCodePoint);
}

// "name" and ".ext" for a unique suffix or a cut: the extension only when short, and the
// usual double extensions of archives as one.
std::pair<QString, QString> splitExtension(const QString &name)
{
    static const QStringList doubles = {QStringLiteral(".tar.gz"), QStringLiteral(".tar.bz2"),
                                        QStringLiteral(".tar.xz"), QStringLiteral(".tar.zst")};
    for (const QString &d : doubles)
        if (name.size() > d.size() && name.endsWith(d, Qt::CaseInsensitive))
            return {name.left(name.size() - d.size()), name.right(d.size())};
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot <= 0 || dot == name.size() - 1)
        return {name, QString()};
    const QString ext = name.mid(dot);
    if (utf8Bytes(ext) > kMaxKeptExtensionBytes)
        return {name, QString()};
    return {name.left(dot), ext};
}

QString sanitize(const QString &suggested)
{
    const QString nfc = suggested.normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(nfc.size());
    for (qsizetype i = 0; i < nfc.size(); ++i) {
        const QChar c = nfc.at(i);
        if (c.isHighSurrogate() && i + 1 < nfc.size() && nfc.at(i + 1).isLowSurrogate()) {
            const char32_t ucs4 = QChar::surrogateToUcs4(c, nfc.at(i + 1));
            if (!isInvisibleFormat(ucs4)) {
                out += c;
                out += nfc.at(i + 1);
            }
            ++i;
            continue;
        }
        const char32_t u = c.unicode();
        // Half of a surrogate pair (not a character, and no valid UTF-8) or reserved.
        if (c.isSurrogate() || isReservedOnFileSystems(u))
            out += u'_';
        else if (!isControl(u) && !isInvisibleFormat(u))
            out += c;
    }
    out = trimDotsAndSpaces(out);
    if (out.isEmpty())
        return out;
    if (isWindowsDeviceName(out))
        out.prepend(u'_');
    if (utf8Bytes(out) > kMaxNameBytes) {
        const auto [stem, ext] = splitExtension(out);
        const QString cutStem = trimDotsAndSpaces(cutToUtf8Bytes(stem, kMaxNameBytes - utf8Bytes(ext)));
        out = cutStem.isEmpty() ? cutToUtf8Bytes(out, kMaxNameBytes) : cutStem + ext;
        out = trimDotsAndSpaces(out);
    }
    return out;
}

QString describeErrno(int error, const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    switch (error) {
    case EEXIST: return tr("A file named %1 already exists.").arg(name);
    case EACCES:
    case EPERM: return tr("You do not have permission to write %1.").arg(name);
    case ENOSPC:
    case EDQUOT: return tr("There is not enough space on the disk to save %1.").arg(name);
    case EROFS: return tr("Cannot save %1: the disk is read-only.").arg(name);
    case ENOENT:
    case ENOTDIR: return tr("Cannot save %1: the folder does not exist.").arg(name);
    case ENAMETOOLONG: return tr("Cannot save %1: the name is too long.").arg(name);
    default: return tr("Cannot save %1: %2").arg(name, qt_error_string(error));
    }
}

} // namespace

QString safeFileName(const QString &suggested, const QString &fallback)
{
    QString name = sanitize(suggested);
    if (!name.isEmpty())
        return name;
    const QString safeFallback = sanitize(fallback);
    return safeFallback.isEmpty() ? QStringLiteral("attachment") : safeFallback;
}

Result<QString> uniqueTargetPath(const QString &folder, const QString &suggested)
{
    using R = Result<QString>;
    const QFileInfo folderInfo(folder);
    if (folder.isEmpty() || !folderInfo.exists())
        return R::failure(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
    if (!folderInfo.isDir())
        return R::failure(tr("%1 is not a folder.").arg(QDir::toNativeSeparators(folder)));
    const QString canonicalFolder = folderInfo.canonicalFilePath();
    if (canonicalFolder.isEmpty())
        return R::failure(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
    const QDir dir(canonicalFolder);

    const QString name = safeFileName(suggested);
    const auto [stem, ext] = splitExtension(name);
    for (int n = 1; n <= kMaxCopies; ++n) {
        QString candidate = name;
        if (n > 1) {
            const QString suffix = QStringLiteral(" (%1)").arg(n);
            candidate = cutToUtf8Bytes(stem, kMaxNameBytes - utf8Bytes(suffix) - utf8Bytes(ext)) + suffix + ext;
        }
        const QString path = dir.filePath(candidate);
        // Defence in depth: the name can neither leave the folder nor name it.
        const QFileInfo pathInfo(path);
        if (candidate.contains(u'/') || candidate == QLatin1String(".") || candidate == QLatin1String("..") ||
            QDir::cleanPath(path) != path || QFileInfo(pathInfo.absolutePath()).canonicalFilePath() != canonicalFolder)
            return R::failure(
                tr("Cannot save %1 outside the folder %2.").arg(candidate, QDir::toNativeSeparators(canonicalFolder)));
        struct stat st;
        if (::lstat(QFile::encodeName(path).constData(), &st) == 0)
            continue; // a file, a folder or a symbolic link (even a dangling one) has the name
        if (errno != ENOENT)
            return R::failure(describeErrno(errno, path));
        return path;
    }
    return R::failure(
        tr("There are too many files named like %1 in %2.").arg(name, QDir::toNativeSeparators(canonicalFolder)));
}

Status writeNewFile(const QString &path, const QByteArray &data)
{
    const QByteArray native = QFile::encodeName(path);
    // O_EXCL: never an existing file, and (with O_CREAT) never through a symbolic link either.
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return Status::failure(describeErrno(errno == ELOOP ? EEXIST : errno, path));

    auto fail = [&](int error) {
        // Remove what was written, but only the file this call created.
        struct stat opened;
        struct stat named;
        const bool same = ::fstat(fd, &opened) == 0 && ::lstat(native.constData(), &named) == 0 &&
                          opened.st_dev == named.st_dev && opened.st_ino == named.st_ino;
        ::close(fd);
        if (same)
            ::unlink(native.constData());
        return Status::failure(describeErrno(error, path));
    };

    const char *p = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, p, size_t(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return fail(errno);
        }
        if (written == 0)
            return fail(ENOSPC);
        p += written;
        left -= written;
    }
    // Delayed allocation and network file systems report a full disk here.
    if (::fsync(fd) != 0 && errno != EINVAL && errno != EROFS)
        return fail(errno);
    struct stat opened;
    const bool known = ::fstat(fd, &opened) == 0;
    if (::close(fd) != 0 && errno != EINTR) {
        const int error = errno;
        struct stat named;
        if (known && ::lstat(native.constData(), &named) == 0 && opened.st_dev == named.st_dev &&
            opened.st_ino == named.st_ino)
            ::unlink(native.constData());
        return Status::failure(describeErrno(error, path));
    }
    return {};
}

} // namespace em::util
