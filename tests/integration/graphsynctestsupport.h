#pragma once

// An Outlook account connected against the in-process emulator, with a store and its
// Graph sync: shared by the Graph sync tests and the fault soak.
#include "gmailsynctestsupport.h"
#include "providers/graph/graphsync.h"

namespace em::test {

struct GraphSyncFixture : SyncFixtureBase
{
    explicit GraphSyncFixture(sandbox::SandboxOptions options)
        : SyncFixtureBase(std::move(options), settings::Provider::Microsoft)
    {}

    static graph::GraphSync::Options testOptions()
    {
        graph::GraphSync::Options o;
        o.prefetch = 0;
        o.pageSize = 60; // several pages per folder
        o.firstPage = 20;
        return o;
    }

    // Signs in, stores the tokens, opens the store and makes the sync.
    Status connectAccount(const graph::GraphSync::Options &options = testOptions())
    {
        if (Status s = openAccount(); !s)
            return s;
        makeSync(options);
        return {};
    }

    void makeSync(const graph::GraphSync::Options &options)
    {
        sync.reset();
        sync = std::make_unique<graph::GraphSync>(*store, accountId, newTokenSource(), &nam,
                                                  config(accountProvider).apiBase(), options);
        sync->http().setRetryPolicy({6, 20, 400});
    }

    sync::SyncReport runSync(int timeoutMs = 120000) { return runToEnd(*sync, timeoutMs); }
    QString storeDifferences(int *duplicates = nullptr)
    {
        return differences(graphView(mailbox()), viewOf(storePath(), accountId, duplicates));
    }
    QString folder(const char *wellKnown) { return mailbox().wellKnown(QLatin1String(wellKnown))->id; }
    // Up to n messages of the emulator's mailbox in a folder.
    QStringList in(const QString &folderId, int n = 1000)
    {
        QStringList out;
        for (const sandbox::StoredMessage &m : mailbox().messages())
            if (m.labels.contains(folderId) && out.size() < n)
                out.append(m.id);
        return out;
    }

    std::unique_ptr<graph::GraphSync> sync;
};

} // namespace em::test
