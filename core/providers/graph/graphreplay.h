#pragma once

#include "graphclient.h"
#include "sync/actionqueue.h"

#include <QObject>

#include <optional>

namespace em::store {
class MailStore;
}

namespace em::graph {

// Sends the queued actions of one mailbox to Graph, in order, each as $batch requests
// (20 at a time): read state and flag by PATCH, archive / move / trash / untrash by
// move to the folder's id, delete by DELETE. The rules are Gmail's: a transient failure
// stops the replay with the rest queued in order; a refusal marks the action failed, tells
// the user and puts the messages back as the server has them; an action whose messages
// are all gone is dropped with a note.
class GraphReplay : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        int replayed = 0, dropped = 0, failed = 0;
        QStringList refused;
        std::optional<Failure> stoppedBy;
        QString storeError;
    };

    GraphReplay(sync::ActionQueue &queue, GraphClient &client, store::MailStore &store, qint64 accountId,
                QObject *parent = nullptr);
    void run();

Q_SIGNALS:
    void finished(const em::graph::GraphReplay::Outcome &outcome);

private:
    void next();
    // The request an action makes for one message; nullopt (with `error`) when it cannot be made.
    std::optional<BatchRequest> requestFor(const sync::Action &action, const QString &id, QString *error) const;
    void restore(const QStringList &ids, const std::function<void()> &then);
    void whichGone(const sync::Action &action, const QList<GraphClient::PartAnswer> &answers);
    // Settles an action from its answers; `destinationGone`: its messages exist but the
    // folder it moves them to does not.
    void settle(const sync::Action &action, const QList<GraphClient::PartAnswer> &answers, bool destinationGone);
    void done();

    sync::ActionQueue &m_queue;
    GraphClient &m_client;
    store::MailStore &m_store;
    qint64 m_accountId;
    QList<sync::Action> m_pending;
    QHash<int, QString> m_folderByKind; // store::FolderKind -> the folder's remote id
    Outcome m_outcome;
};

} // namespace em::graph
