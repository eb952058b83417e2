#pragma once

#include "mailbox.h"

#include <QByteArray>

namespace em::sandbox {

// Fills a mailbox with realistic, deterministic mail for a seed: folders and labels,
// conversations, attachments, inline images, HTML newsletters with remote images, plain
// text, Hebrew, Chinese and emoji, Gmail categories.
class Seeder
{
public:
    explicit Seeder(quint64 seed) : m_seed(seed) {}
    void createFolders(Mailbox &mailbox) const; // system labels / well-known folders and a few user ones
    void fill(Mailbox &mailbox, int count) const;
    // One message addressed to `to`, the same for the same seed and index.
    // *parent is set to the index of the message it replies to, or -1.
    QByteArray message(const QString &to, int index, qint64 dateMs, int *parent = nullptr) const;
    QString messageId(int index) const; // the RFC Message-ID of message `index`
    // Loads an mbox file or a Maildir folder into the mailbox's inbox; returns how many.
    int load(Mailbox &mailbox, const QString &source) const;

private:
    quint64 m_seed;
};

} // namespace em::sandbox
