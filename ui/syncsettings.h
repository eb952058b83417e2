#pragma once

#include "util/result.h"

#include <QObject>
#include <QString>

namespace em::ui {

// The user's sync preferences: how often mail is checked and how many of the newest
// messages are downloaded in full (so they open offline). Kept in an INI file of the
// user's (QSettings); changes are announced so the scheduler and the sync factory apply
// them at once, without a restart.
class SyncSettings : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalSeconds = 60;
    static constexpr int kMaxIntervalSeconds = 24 * 60 * 60;
    static constexpr int kDefaultPrefetch = 50;
    static constexpr int kMaxPrefetch = 5000;

    explicit SyncSettings(QString filePath, QObject *parent = nullptr);

    const QString &filePath() const { return m_file; }

    int intervalSeconds() const; // 0: only on demand
    int prefetch() const;        // 0: bodies only when a message is opened

    // Applied for this session even when the file cannot be written; the failure says why.
    Status setIntervalSeconds(int seconds);
    Status setPrefetch(int messages);

Q_SIGNALS:
    void intervalChanged(int seconds);
    void prefetchChanged(int messages);

private:
    Status write(const QString &key, int value);

    QString m_file;
    // What was set in this session: wins over a file that could not be written.
    int m_interval = -1;
    int m_prefetch = -1;
};

} // namespace em::ui
