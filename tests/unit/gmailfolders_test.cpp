// Gmail labels as folders: kinds, nesting, colours, hidden labels, labels this version
// does not know, and the flags UNREAD / STARRED / DRAFT stand for.
#include "providers/gmail/gmailfolders.h"

#include <gtest/gtest.h>

using namespace em;
using em::gmail::Label;

namespace {

Label label(const char *id, const char *name, bool system)
{
    Label l;
    l.id = QLatin1String(id);
    l.name = QLatin1String(name);
    l.system = system;
    return l;
}

const store::FolderSpec *find(const QList<store::FolderSpec> &folders, const char *id)
{
    for (const store::FolderSpec &f : folders)
        if (f.remoteId == QLatin1String(id))
            return &f;
    return nullptr;
}

} // namespace

TEST(GmailFolders, SystemLabelsBecomeKindsAndUserLabelsNest)
{
    Label work = label("Label_1", "Work", false);
    work.background = QStringLiteral("#4a86e8");
    work.text = QStringLiteral("#ffffff");
    Label hidden = label("Label_9", "Old/Archive 2019", false);
    hidden.hidden = true;
    const QList<store::FolderSpec> folders = gmail::foldersFromLabels(
        {label("INBOX", "INBOX", true), label("UNREAD", "UNREAD", true), label("CHAT", "CHAT", true),
         label("CATEGORY_SOCIAL", "CATEGORY_SOCIAL", true), label("SOMETHING_NEW", "SOMETHING_NEW", true), work,
         label("Label_2", "Work/Projects/2026", false), label("Label_3", "Work/Projects", false), hidden});
    EXPECT_EQ(find(folders, "UNREAD"), nullptr);
    EXPECT_EQ(find(folders, "CHAT"), nullptr);
    ASSERT_NE(find(folders, "INBOX"), nullptr);
    EXPECT_EQ(find(folders, "INBOX")->kind, store::FolderKind::Inbox);
    EXPECT_EQ(find(folders, "CATEGORY_SOCIAL")->kind, store::FolderKind::Category);
    EXPECT_EQ(find(folders, "CATEGORY_SOCIAL")->name, QStringLiteral("Social"));
    // A system label this version does not know is kept, as a label, not dropped.
    ASSERT_NE(find(folders, "SOMETHING_NEW"), nullptr);
    EXPECT_EQ(find(folders, "SOMETHING_NEW")->kind, store::FolderKind::User);
    EXPECT_EQ(find(folders, "Label_1")->colorBg, QStringLiteral("#4a86e8"));
    EXPECT_EQ(find(folders, "Label_2")->name, QStringLiteral("2026"));
    EXPECT_EQ(find(folders, "Label_2")->parentRemoteId, QStringLiteral("Label_3"));
    EXPECT_EQ(find(folders, "Label_3")->parentRemoteId, QStringLiteral("Label_1"));
    // No "Old" label: the path stays whole and the label sits at the top.
    EXPECT_TRUE(find(folders, "Label_9")->hidden);
    EXPECT_EQ(find(folders, "Label_9")->parentRemoteId, QString());
    EXPECT_EQ(find(folders, "Label_9")->path, QStringLiteral("Old/Archive 2019"));
}

TEST(GmailFolders, LabelsFileAMessageAndSetItsFlags)
{
    const QHash<QString, qint64> folders{{QStringLiteral("INBOX"), 1}, {QStringLiteral("STARRED"), 2}};
    gmail::Filing f = gmail::fileLabels(
        {QStringLiteral("INBOX"), QStringLiteral("UNREAD"), QStringLiteral("STARRED"), QStringLiteral("Label_7")},
        folders);
    EXPECT_EQ(f.folderIds, (QList<qint64>{1, 2}));
    EXPECT_EQ(f.flags, quint32(store::MessageFlag::Starred));
    EXPECT_EQ(f.unknownLabels, QStringList{QStringLiteral("Label_7")});
    f = gmail::fileLabels({QStringLiteral("DRAFT")}, folders);
    EXPECT_EQ(f.flags, quint32(store::MessageFlag::Read | store::MessageFlag::Draft));
}
