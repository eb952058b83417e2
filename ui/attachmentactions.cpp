#include "attachmentactions.h"

#include "readercontroller.h"
#include "util/paths.h"
#include "util/safefilename.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace em::ui {

namespace {

std::optional<mime::Attachment> attachmentOf(ReaderController *reader, qint64 messageId, int index)
{
    const std::optional<mime::ParsedMessage> m = reader->parsed(messageId, true);
    if (!m || index < 0 || index >= m->attachments.size())
        return std::nullopt;
    return m->attachments.at(index);
}

} // namespace

AttachmentActions::AttachmentActions(QWidget *window, ReaderController *reader, QObject *parent)
    : QObject(parent), m_window(window), m_reader(reader),
      m_lastFolder(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
{}

bool AttachmentActions::mayRunPrograms(const QString &fileName, const QString &mimeType)
{
    static const QStringList kSuffixes = {
        QStringLiteral("desktop"),    QStringLiteral("sh"),       QStringLiteral("bash"), QStringLiteral("run"),
        QStringLiteral("bin"),        QStringLiteral("appimage"), QStringLiteral("exe"),  QStringLiteral("msi"),
        QStringLiteral("bat"),        QStringLiteral("cmd"),      QStringLiteral("com"),  QStringLiteral("scr"),
        QStringLiteral("pif"),        QStringLiteral("vbs"),      QStringLiteral("js"),   QStringLiteral("jse"),
        QStringLiteral("wsf"),        QStringLiteral("ps1"),      QStringLiteral("jar"),  QStringLiteral("py"),
        QStringLiteral("pl"),         QStringLiteral("rb"),       QStringLiteral("deb"),  QStringLiteral("rpm"),
        QStringLiteral("flatpakref"), QStringLiteral("lnk"),      QStringLiteral("reg"),  QStringLiteral("hta")};
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (kSuffixes.contains(suffix))
        return true;
    const QString type = mimeType.toLower();
    return type.contains(QLatin1String("executable")) || type.contains(QLatin1String("x-desktop")) ||
           type.contains(QLatin1String("shellscript")) || type.contains(QLatin1String("msdownload")) ||
           type.contains(QLatin1String("x-sh")) || type.contains(QLatin1String("java-archive"));
}

void AttachmentActions::save(qint64 messageId, int index)
{
    const std::optional<mime::Attachment> a = attachmentOf(m_reader, messageId, index);
    if (!a) {
        Q_EMIT problem(tr("The attachment could not be read from the message."));
        return;
    }
    const QString suggested = util::safeFileName(a->filename, tr("attachment"));
    // The dialog asks before replacing a file the user points at.
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Save attachment"), QDir(m_lastFolder).filePath(suggested));
    if (path.isEmpty())
        return;
    m_lastFolder = QFileInfo(path).absolutePath();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(a->data) != a->data.size() || !file.commit()) {
        Q_EMIT problem(tr("%1 could not be saved: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    Q_EMIT saved(path);
}

void AttachmentActions::open(qint64 messageId, int index)
{
    const std::optional<mime::Attachment> a = attachmentOf(m_reader, messageId, index);
    if (!a) {
        Q_EMIT problem(tr("The attachment could not be read from the message."));
        return;
    }
    // Judged on the name the file gets on disk as well as the one sent: trailing dots,
    // invisible and bidi characters go when the name is made safe ("x.desktop." is
    // written as "x.desktop"), and the desktop opens files by their name.
    const QString onDisk = util::safeFileName(a->filename, tr("attachment"));
    const QString typeByName = QMimeDatabase().mimeTypeForFile(onDisk, QMimeDatabase::MatchExtension).name();
    if (mayRunPrograms(a->filename, a->mimeType) || mayRunPrograms(onDisk, typeByName)) {
        const auto choice = QMessageBox::warning(
            m_window, tr("Open attachment"),
            tr("“%1” could run programs on this computer if it is opened. Save it instead, and open it only if you "
               "trust whoever sent it.")
                .arg(util::safeFileName(a->filename, tr("attachment"))),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
        if (choice == QMessageBox::Save)
            save(messageId, index);
        return;
    }
    // A folder of this user's own in the home's cache (not /tmp, where another user could
    // have made the folder first): nobody else can read or replace what is opened from it.
    const QString folder =
        QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("opened"));
    if (Status s = util::ensurePrivateDir(folder); !s) {
        Q_EMIT problem(s.error());
        return;
    }
    const Result<QString> path = util::uniqueTargetPath(folder, a->filename);
    if (!path) {
        Q_EMIT problem(path.error());
        return;
    }
    if (Status s = util::writeNewFile(path.value(), a->data); !s) {
        Q_EMIT problem(s.error());
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path.value())))
        Q_EMIT problem(tr("No application on this computer opens %1.").arg(QFileInfo(path.value()).fileName()));
}

} // namespace em::ui
