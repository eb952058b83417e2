#pragma once

#include "util/result.h"

#include <QObject>
#include <QSet>
#include <QString>

namespace em::ui {

// The reader's preferences, in the user's preferences file: how long a message is shown
// before it counts as read, and the senders whose remote content loads without asking.
class ReaderSettings : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultMarkReadMs = 2000;
    static constexpr int kNever = -1;

    explicit ReaderSettings(QString filePath, QObject *parent = nullptr);

    int markReadDelayMs() const; // kNever: only by hand
    Status setMarkReadDelayMs(int ms);
    QSet<QString> remoteAllowedSenders() const; // lowercased addresses
    Status setRemoteAllowedSenders(const QSet<QString> &senders);

private:
    QString m_file;
};

} // namespace em::ui
