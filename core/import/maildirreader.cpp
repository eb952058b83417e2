#include "maildirreader.h"

#include "store/types.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace em::import {

bool isMaildir(const QString &dir)
{
    return QFileInfo(dir + QStringLiteral("/cur")).isDir() && QFileInfo(dir + QStringLiteral("/new")).isDir();
}

QList<MaildirFolder> findMaildirs(const QString &root)
{
    QList<MaildirFolder> out;
    const QDir dir(root);
    const bool rootIsMaildir = isMaildir(root);
    if (rootIsMaildir)
        out.append({root, dir.dirName() == QLatin1String("cur") ? QStringLiteral("Inbox") : dir.dirName()});
    const QStringList subdirs = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    for (const QString &sub : subdirs) {
        if (sub == QLatin1String("cur") || sub == QLatin1String("new") || sub == QLatin1String("tmp"))
            continue;
        const QString path = dir.filePath(sub);
        if (!isMaildir(path))
            continue;
        QString name = sub;
        if (name.startsWith(u'.')) // Maildir++: ".Lists.Qt" under the root is "Lists/Qt"
            name = name.mid(1).replace(u'.', u'/');
        out.append({path, name});
    }
    if (rootIsMaildir && out.size() > 1)
        out.first().name = QStringLiteral("Inbox"); // a Maildir++ root is the inbox
    return out;
}

quint32 maildirFlags(const QString &fileName)
{
    const qsizetype info = fileName.lastIndexOf(QLatin1String(":2,"));
    if (info < 0)
        return 0;
    quint32 flags = 0;
    for (QChar c : QStringView(fileName).sliced(info + 3)) {
        switch (c.unicode()) {
        case u'S': flags |= store::Read; break;
        case u'F': flags |= store::Starred; break;
        case u'R': flags |= store::Answered; break;
        case u'D': flags |= store::Draft; break;
        case u'T': flags |= store::Deleted; break;
        default: break;
        }
    }
    return flags;
}

QList<MaildirEntry> listMaildir(const QString &dir)
{
    QList<MaildirEntry> out;
    for (const char *sub : {"new", "cur"}) {
        QDir d(dir + u'/' + QLatin1String(sub));
        QStringList files = d.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &f : files)
            out.append({d.filePath(f), maildirFlags(f)});
    }
    return out;
}

} // namespace em::import
