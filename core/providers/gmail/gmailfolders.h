#pragma once

#include "gmailjson.h"
#include "store/syncchanges.h"

#include <QHash>

namespace em::gmail {

// Gmail labels as folders: system labels become the folder kinds every account has
// (Inbox, Sent, Drafts, Trash, Spam, Starred, Important, the five categories); user
// labels are nested on "/"; colours and hidden labels are kept. UNREAD and CHAT are not
// folders (UNREAD is the read flag).
QList<store::FolderSpec> foldersFromLabels(const QList<Label> &labels);
bool isFolderLabel(const QString &labelId);

// The folder ids and flags a message's label ids stand for.
struct Filing
{
    QList<qint64> folderIds;
    quint32 flags = 0; // Read, Starred, Draft
    QStringList unknownLabels;
};
Filing fileLabels(const QStringList &labelIds, const QHash<QString, qint64> &folders);
// The flags a label's arrival or departure changes (UNREAD clears Read, ...).
quint32 flagsOfLabel(const QString &labelId, bool *inverted);

} // namespace em::gmail
