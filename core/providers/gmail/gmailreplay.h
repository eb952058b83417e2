#pragma once

#include "gmailclient.h"
#include "sync/actionqueue.h"

#include <QObject>

#include <optional>

namespace em::store {
class MailStore;
}

namespace em::gmail {

// Sends the queued actions of one account to Gmail, in order: neighbouring label
// changes that are alike become one batchModify; trash, untrash and delete go in
// batches. A transient failure stops the replay with everything from there still queued
// (order is kept); a permanent one marks the action failed for the user to see and puts
// the messages back as the server has them; an action whose messages are all gone is
// dropped with a note.
class GmailReplay : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        int replayed = 0, dropped = 0, failed = 0;
        QStringList refused;              // what failed for good and why, for people
        std::optional<Failure> stoppedBy; // transient: try again later
        QString storeError;
    };

    GmailReplay(sync::ActionQueue &queue, GmailClient &client, store::MailStore &store, qint64 accountId,
                QObject *parent = nullptr);
    void run();

Q_SIGNALS:
    void finished(const em::gmail::GmailReplay::Outcome &outcome);

private:
    struct Group
    {
        QList<sync::Action> actions;
        QStringList ids;
        QStringList add, remove; // label changes
        std::optional<GmailClient::PerMessage> perMessage;
    };
    void next();
    void sendGroup(const Group &group);
    void failGroup(const Group &group, const Failure &failure);
    // Puts messages back as the server has them (after an action on them failed for good).
    void restore(const QStringList &ids, const std::function<void()> &then);
    void done();

    sync::ActionQueue &m_queue;
    GmailClient &m_client;
    store::MailStore &m_store;
    qint64 m_accountId;
    QList<sync::Action> m_pending;
    Outcome m_outcome;
};

// The labels an action adds and removes in Gmail; false for actions that are not label
// changes (trash, untrash, delete).
bool labelChange(const sync::Action &action, QStringList *add, QStringList *remove);

} // namespace em::gmail
