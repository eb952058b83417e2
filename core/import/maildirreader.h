#pragma once

#include <QString>
#include <QStringList>

namespace em::import {

struct MaildirFolder
{
    QString path; // the folder holding cur/ and new/
    QString name; // "Inbox", "Lists/Qt" (Maildir++ ".Lists.Qt")
};

struct MaildirEntry
{
    QString file;
    quint32 flags = 0;
};

bool isMaildir(const QString &dir);
// The Maildir folders at or under a path: the path itself, its Maildir++ ".Sub" folders
// and plain subfolders that are Maildirs (one level deep, as mail exports lay them out).
QList<MaildirFolder> findMaildirs(const QString &root);
// The message files of one Maildir (new/ then cur/), sorted for a stable order.
QList<MaildirEntry> listMaildir(const QString &dir);
// Flags from the ":2,FRS" info part of a file name.
quint32 maildirFlags(const QString &fileName);

} // namespace em::import
