#pragma once

#include "actionqueue.h"
#include "store/mailstore.h"
#include "util/result.h"

#include <QList>

namespace em::sync {

// What a user asks of messages chosen in the window, by store id, whatever accounts they
// belong to.
struct MessageRequest
{
    ActionKind kind = ActionKind::MarkRead;
    QList<qint64> messageIds;
    qint64 folderId = 0;     // Move, AddLabel, RemoveLabel: the target folder (store id)
    qint64 fromFolderId = 0; // Move with labels: the label taken away (0: the Inbox)
};

// Turns a request into one action per account: queued for the provider to replay (the
// local copy changes at once), or, for imported mail, made here. A move onto a folder of
// another account is refused: mail does not travel between accounts.
class MessageActions
{
public:
    explicit MessageActions(store::MailStore &store) : m_store(store) {}

    // The accounts whose queue took an action (to be synced soon); failure when nothing
    // could be done, with the reason. Messages already gone are skipped.
    Result<QList<qint64>> perform(const MessageRequest &request);

private:
    store::MailStore &m_store;
};

} // namespace em::sync
