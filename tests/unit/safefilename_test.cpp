// Saving an attachment: the names a message suggests are made safe to create in the chosen
// folder, a free name is found beside existing files, and the file is created exclusively.
#include "util/safefilename.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <unistd.h>

using namespace em::util;

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool isControlOrInvisible(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0xfeff;
}

// What every name made safe must be, whatever came in.
void expectSafe(const QString &name, const QString &input)
{
    const std::string from = input.toStdString();
    ASSERT_FALSE(name.isEmpty()) << from;
    EXPECT_FALSE(name.contains(u'/')) << from;
    EXPECT_FALSE(name.contains(u'\\')) << from;
    EXPECT_FALSE(name.startsWith(u'.')) << from;
    EXPECT_FALSE(name.endsWith(u'.') || name.endsWith(u' ')) << from;
    EXPECT_NE(name, QStringLiteral(".."));
    EXPECT_LE(name.toUtf8().size(), 255) << from;
    EXPECT_EQ(name, name.normalized(QString::NormalizationForm_C)) << from;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isHighSurrogate()) {
            ASSERT_TRUE(i + 1 < name.size() && name.at(i + 1).isLowSurrogate()) << "a cut surrogate pair: " << from;
            ++i;
            continue;
        }
        EXPECT_FALSE(c.isSurrogate()) << "a lone low surrogate: " << from;
        EXPECT_FALSE(isControlOrInvisible(c.unicode())) << "U+" << std::hex << c.unicode() << " in " << from;
        EXPECT_FALSE(QStringLiteral("<>:\"|?*").contains(c)) << from;
    }
}

struct Row
{
    const char *what;
    QString input;
    QString expected; // empty: only the invariants are checked
};

QString repeated(const QString &s, int n)
{
    return s.repeated(n);
}

TEST(SafeFileName, HostileAndOddNamesBecomeSafeNamesInTheFolder)
{
    const QString emoji = QStringLiteral("\U0001F600");
    const std::vector<Row> rows = {
        {"parent traversal", QStringLiteral("../../etc/passwd"), QStringLiteral("_.._etc_passwd")},
        {"absolute path", QStringLiteral("/etc/passwd"), QStringLiteral("_etc_passwd")},
        {"windows path", QStringLiteral("C:\\Windows\\x.dll"), QStringLiteral("C__Windows_x.dll")},
        {"embedded NUL", QString::fromUtf16(u"a\0b.txt", 7), QStringLiteral("ab.txt")},
        {"right-to-left override", QStringLiteral("\u202Egnp.exe"), QStringLiteral("gnp.exe")},
        {"dot dot", QStringLiteral(".."), QStringLiteral("attachment")},
        {"dot", QStringLiteral("."), QStringLiteral("attachment")},
        {"empty", QString(), QStringLiteral("attachment")},
        {"spaces", QStringLiteral("   "), QStringLiteral("attachment")},
        {"hidden file", QStringLiteral(".bashrc"), QStringLiteral("bashrc")},
        {"device", QStringLiteral("CON"), QStringLiteral("_CON")},
        {"device with extension", QStringLiteral("con.txt"), QStringLiteral("_con.txt")},
        {"printer", QStringLiteral("LPT9.log"), QStringLiteral("_LPT9.log")},
        {"device, space, double extension", QStringLiteral("nul .tar.gz"), QStringLiteral("_nul .tar.gz")},
        {"not a device", QStringLiteral("COM10.txt"), QStringLiteral("COM10.txt")},
        {"reserved character", QStringLiteral("report?.pdf"), QStringLiteral("report_.pdf")},
        {"reserved characters", QStringLiteral("a<b>c:d\"e|f*g.txt"), QStringLiteral("a_b_c_d_e_f_g.txt")},
        {"controls C0 C1 DEL", QStringLiteral("a\tb\nc\u0085d\u007fe\u009b.txt"), QStringLiteral("abcde.txt")},
        {"invisible", QStringLiteral("\uFEFFin\u200Bvoice\u2066.pdf\u2069"), QStringLiteral("invoice.pdf")},
        {"trailing dots and spaces", QStringLiteral("notes. . ."), QStringLiteral("notes")},
        {"NFD to NFC", QStringLiteral("Cafe\u0301.txt"), QStringLiteral("Caf\u00e9.txt")},
        {"long accented name keeps .pdf", repeated(QStringLiteral("\u00e9"), 300) + QStringLiteral(".pdf"),
         repeated(QStringLiteral("\u00e9"), 125) + QStringLiteral(".pdf")},
        {"long NFD name keeps .pdf", repeated(QStringLiteral("e\u0301"), 300) + QStringLiteral(".pdf"),
         repeated(QStringLiteral("\u00e9"), 125) + QStringLiteral(".pdf")},
        {"emoji cut whole", repeated(emoji, 100), repeated(emoji, 63)},
        {"emoji after one byte", QStringLiteral("a") + repeated(emoji, 100), QStringLiteral("a") + repeated(emoji, 63)},
        {"emoji with extension", repeated(emoji, 100) + QStringLiteral(".png"),
         repeated(emoji, 62) + QStringLiteral(".png")},
        {"long extension is not kept whole", QStringLiteral("x.") + repeated(QStringLiteral("y"), 300),
         QStringLiteral("x.") + repeated(QStringLiteral("y"), 253)},
        {"lone surrogate", QString(QChar(0xd800)) + QStringLiteral("x.txt"), QStringLiteral("_x.txt")},
        {"an ordinary name", QStringLiteral("Quarterly report (final).pdf"),
         QStringLiteral("Quarterly report (final).pdf")},
    };

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString folder = QFileInfo(dir.path()).canonicalFilePath();
    for (const Row &row : rows) {
        SCOPED_TRACE(row.what);
        const QString name = safeFileName(row.input);
        expectSafe(name, row.input);
        if (!row.expected.isEmpty()) {
            EXPECT_EQ(name, row.expected);
        }
        EXPECT_EQ(QFileInfo(QFileInfo(QDir(folder).filePath(name)).absolutePath()).canonicalFilePath(), folder);

        // And it can really be created there, as a plain file of the folder.
        const em::Result<QString> path = uniqueTargetPath(folder, row.input);
        ASSERT_TRUE(path.ok()) << path.error().toStdString();
        const em::Status written = writeNewFile(path.value(), QByteArrayLiteral("data"));
        ASSERT_TRUE(written.ok()) << written.error().toStdString();
        const QFileInfo created(path.value());
        EXPECT_TRUE(created.isFile() && !created.isSymLink());
        EXPECT_EQ(created.canonicalPath(), folder);
        EXPECT_EQ(contents(path.value()), QByteArrayLiteral("data"));
    }
}

TEST(SafeFileName, TheFallbackIsMadeSafeToo)
{
    EXPECT_EQ(safeFileName(QStringLiteral(".."), QStringLiteral("message.eml")), QStringLiteral("message.eml"));
    EXPECT_EQ(safeFileName(QString(), QStringLiteral("../x")), QStringLiteral("_x"));
    EXPECT_EQ(safeFileName(QString(), QStringLiteral("..")), QStringLiteral("attachment"));
}

TEST(UniqueTargetPath, TwoSavesOfTheSameNameGiveTwoFiles)
{
    QTemporaryDir dir;
    const QString folder = QFileInfo(dir.path()).canonicalFilePath();
    const em::Result<QString> first = uniqueTargetPath(dir.path(), QStringLiteral("x.txt"));
    ASSERT_TRUE(first.ok()) << first.error().toStdString();
    EXPECT_EQ(first.value(), folder + QStringLiteral("/x.txt"));
    ASSERT_TRUE(writeNewFile(first.value(), "one").ok());
    const em::Result<QString> second = uniqueTargetPath(dir.path(), QStringLiteral("x.txt"));
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second.value(), folder + QStringLiteral("/x (2).txt"));
    ASSERT_TRUE(writeNewFile(second.value(), "two").ok());
    EXPECT_EQ(uniqueTargetPath(dir.path(), QStringLiteral("x.txt")).value(), folder + QStringLiteral("/x (3).txt"));
    EXPECT_EQ(contents(first.value()), QByteArrayLiteral("one")) << "never overwritten";
    EXPECT_EQ(contents(second.value()), QByteArrayLiteral("two"));

    // Without an extension, with an archive's double one, and with a dangling link in the way.
    ASSERT_TRUE(writeNewFile(dir.filePath(QStringLiteral("README")), "r").ok());
    EXPECT_EQ(uniqueTargetPath(dir.path(), QStringLiteral("README")).value(), folder + QStringLiteral("/README (2)"));
    ASSERT_TRUE(writeNewFile(dir.filePath(QStringLiteral("src.tar.gz")), "t").ok());
    EXPECT_EQ(uniqueTargetPath(dir.path(), QStringLiteral("src.tar.gz")).value(),
              folder + QStringLiteral("/src (2).tar.gz"));
    ASSERT_TRUE(QFile::link(QStringLiteral("/nonexistent/em-target"), dir.filePath(QStringLiteral("y.txt"))));
    EXPECT_EQ(uniqueTargetPath(dir.path(), QStringLiteral("y.txt")).value(), folder + QStringLiteral("/y (2).txt"));
}

TEST(UniqueTargetPath, ACopyOfALongNameStaysWithinTheLimit)
{
    QTemporaryDir dir;
    const QString name = QStringLiteral("\u00e9").repeated(300) + QStringLiteral(".pdf");
    for (int i = 0; i < 3; ++i) {
        const em::Result<QString> path = uniqueTargetPath(dir.path(), name);
        ASSERT_TRUE(path.ok()) << path.error().toStdString();
        const QString fileName = QFileInfo(path.value()).fileName();
        EXPECT_LE(fileName.toUtf8().size(), 255);
        EXPECT_TRUE(fileName.endsWith(i == 0 ? QStringLiteral(".pdf") : QStringLiteral(" (%1).pdf").arg(i + 1)))
            << fileName.toStdString();
        ASSERT_TRUE(writeNewFile(path.value(), "x").ok());
    }
}

TEST(UniqueTargetPath, AMissingFolderOrAFileIsAClearFailure)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("gone"));
    const em::Result<QString> r = uniqueTargetPath(missing, QStringLiteral("x.txt"));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(missing)) << r.error().toStdString();
    EXPECT_TRUE(r.error().contains(QLatin1String("does not exist"))) << r.error().toStdString();

    const QString file = dir.filePath(QStringLiteral("plain"));
    ASSERT_TRUE(writeNewFile(file, "x").ok());
    const em::Result<QString> notDir = uniqueTargetPath(file, QStringLiteral("x.txt"));
    ASSERT_FALSE(notDir.ok());
    EXPECT_TRUE(notDir.error().contains(QLatin1String("not a folder"))) << notDir.error().toStdString();
    EXPECT_FALSE(uniqueTargetPath(QString(), QStringLiteral("x.txt")).ok());
}

TEST(WriteNewFile, NeverFollowsASymbolicLink)
{
    QTemporaryDir dir;
    QTemporaryDir outside;
    const QString victim = outside.filePath(QStringLiteral("victim.txt"));
    ASSERT_TRUE(writeNewFile(victim, "original").ok());
    const QString link = dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(QFile::link(victim, link));

    const em::Status s = writeNewFile(link, "attacker");
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().contains(QLatin1String("already exists"))) << s.error().toStdString();
    EXPECT_EQ(contents(victim), QByteArrayLiteral("original"));
    EXPECT_TRUE(QFileInfo(link).isSymLink()) << "the link is left alone, not removed";

    // A dangling link would otherwise create its target.
    const QString dangling = dir.filePath(QStringLiteral("dangling.pdf"));
    const QString target = outside.filePath(QStringLiteral("created-through-link"));
    ASSERT_TRUE(QFile::link(target, dangling));
    EXPECT_FALSE(writeNewFile(dangling, "attacker").ok());
    EXPECT_FALSE(QFileInfo::exists(target));
}

TEST(WriteNewFile, NeverOverwritesAndIsTheUsersOnly)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.txt"));
    ASSERT_TRUE(writeNewFile(path, "first").ok());
    EXPECT_EQ(QFileInfo(path).permissions() &
                  (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
              QFile::Permissions());
    const em::Status again = writeNewFile(path, "second");
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().contains(QLatin1String("already exists"))) << again.error().toStdString();
    EXPECT_EQ(contents(path), QByteArrayLiteral("first"));

    EXPECT_TRUE(writeNewFile(dir.filePath(QStringLiteral("empty")), QByteArray()).ok());
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("empty"))));
}

TEST(WriteNewFile, ErrorsSayWhatIsWrong)
{
    QTemporaryDir dir;
    const em::Status noFolder = writeNewFile(dir.filePath(QStringLiteral("gone/a.txt")), "x");
    ASSERT_FALSE(noFolder.ok());
    EXPECT_TRUE(noFolder.error().contains(QLatin1String("folder does not exist"))) << noFolder.error().toStdString();

    if (::geteuid() == 0)
        GTEST_SKIP() << "root writes into a read-only folder";
    const QString readOnly = dir.filePath(QStringLiteral("ro"));
    ASSERT_TRUE(QDir().mkdir(readOnly));
    ASSERT_TRUE(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner));
    const em::Status denied = writeNewFile(readOnly + QStringLiteral("/a.txt"), "x");
    QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    ASSERT_FALSE(denied.ok());
    EXPECT_TRUE(denied.error().contains(QLatin1String("permission"))) << denied.error().toStdString();
}

} // namespace
