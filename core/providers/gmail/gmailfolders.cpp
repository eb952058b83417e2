#include "gmailfolders.h"

#include <QLoggingCategory>

namespace em::gmail {

Q_DECLARE_LOGGING_CATEGORY(lcGmail)

namespace {

struct SystemLabel
{
    const char *id;
    store::FolderKind kind;
    const char *name; // shown in English here; the UI translates by kind
};

const SystemLabel kSystem[] = {
    {"INBOX", store::FolderKind::Inbox, "Inbox"},
    {"SENT", store::FolderKind::Sent, "Sent"},
    {"DRAFT", store::FolderKind::Drafts, "Drafts"},
    {"TRASH", store::FolderKind::Trash, "Trash"},
    {"SPAM", store::FolderKind::Spam, "Spam"},
    {"STARRED", store::FolderKind::Starred, "Starred"},
    {"IMPORTANT", store::FolderKind::Important, "Important"},
    {"CATEGORY_PERSONAL", store::FolderKind::Category, "Primary"},
    {"CATEGORY_SOCIAL", store::FolderKind::Category, "Social"},
    {"CATEGORY_PROMOTIONS", store::FolderKind::Category, "Promotions"},
    {"CATEGORY_UPDATES", store::FolderKind::Category, "Updates"},
    {"CATEGORY_FORUMS", store::FolderKind::Category, "Forums"},
};

const SystemLabel *systemLabel(const QString &id)
{
    for (const SystemLabel &s : kSystem)
        if (id == QLatin1String(s.id))
            return &s;
    return nullptr;
}

} // namespace

bool isFolderLabel(const QString &labelId)
{
    return labelId != QLatin1String("UNREAD") && labelId != QLatin1String("CHAT") && !labelId.isEmpty();
}

QList<store::FolderSpec> foldersFromLabels(const QList<Label> &labels)
{
    QHash<QString, QString> idByName;
    for (const Label &l : labels)
        if (!l.system)
            idByName.insert(l.name, l.id);
    QList<store::FolderSpec> out;
    for (const Label &l : labels) {
        if (!isFolderLabel(l.id))
            continue;
        store::FolderSpec f;
        f.remoteId = l.id;
        f.colorBg = l.background;
        f.colorFg = l.text;
        f.hidden = l.hidden;
        if (const SystemLabel *s = systemLabel(l.id)) {
            f.kind = s->kind;
            f.name = f.path = QLatin1String(s->name);
        } else {
            if (l.system) // a system label this version does not know: shown as a label
                qCInfo(lcGmail) << "unknown system label kept as a user label";
            f.kind = store::FolderKind::User;
            f.path = l.name.isEmpty() ? l.id : l.name;
            const qsizetype slash = f.path.lastIndexOf(u'/');
            f.name = slash >= 0 && slash + 1 < f.path.size() ? f.path.mid(slash + 1) : f.path;
            // "Work/Projects" sits under "Work" when that label exists (Gmail's nesting).
            if (slash > 0)
                f.parentRemoteId = idByName.value(f.path.left(slash));
        }
        out.append(f);
    }
    return out;
}

quint32 flagsOfLabel(const QString &labelId, bool *inverted)
{
    *inverted = false;
    if (labelId == QLatin1String("UNREAD")) {
        *inverted = true;
        return store::MessageFlag::Read;
    }
    if (labelId == QLatin1String("STARRED"))
        return store::MessageFlag::Starred;
    if (labelId == QLatin1String("DRAFT"))
        return store::MessageFlag::Draft;
    return 0;
}

Filing fileLabels(const QStringList &labelIds, const QHash<QString, qint64> &folders)
{
    Filing f;
    f.flags = store::MessageFlag::Read;
    for (const QString &l : labelIds) {
        bool inverted = false;
        if (const quint32 flag = flagsOfLabel(l, &inverted))
            f.flags = inverted ? (f.flags & ~flag) : (f.flags | flag);
        if (!isFolderLabel(l))
            continue;
        if (const qint64 id = folders.value(l))
            f.folderIds.append(id);
        else
            f.unknownLabels.append(l);
    }
    return f;
}

} // namespace em::gmail
