#include "syncsettings.h"

#include "preferencesfile.h"

#include <QFileInfo>
#include <QSettings>

namespace em::ui {

namespace {

const QString kIntervalKey = QStringLiteral("sync/intervalSeconds");
const QString kPrefetchKey = QStringLiteral("sync/prefetch");

int readInt(const QString &file, const QString &key, int fallback, int max)
{
    const QSettings s(file, QSettings::IniFormat);
    bool ok = false;
    const int v = s.value(key).toInt(&ok);
    // A hand-edited file with nonsense in it falls back to the default, not to 0 ("never").
    return ok && v >= 0 ? qMin(v, max) : fallback;
}

} // namespace

SyncSettings::SyncSettings(QString filePath, QObject *parent) : QObject(parent), m_file(std::move(filePath))
{}

int SyncSettings::intervalSeconds() const
{
    return m_interval >= 0 ? m_interval : readInt(m_file, kIntervalKey, kDefaultIntervalSeconds, kMaxIntervalSeconds);
}

int SyncSettings::prefetch() const
{
    return m_prefetch >= 0 ? m_prefetch : readInt(m_file, kPrefetchKey, kDefaultPrefetch, kMaxPrefetch);
}

Status SyncSettings::setIntervalSeconds(int seconds)
{
    seconds = qBound(0, seconds, kMaxIntervalSeconds);
    if (seconds == intervalSeconds())
        return {};
    m_interval = seconds;
    Q_EMIT intervalChanged(seconds);
    return write(kIntervalKey, seconds);
}

Status SyncSettings::setPrefetch(int messages)
{
    messages = qBound(0, messages, kMaxPrefetch);
    if (messages == prefetch())
        return {};
    m_prefetch = messages;
    Q_EMIT prefetchChanged(messages);
    return write(kPrefetchKey, messages);
}

Status SyncSettings::write(const QString &key, int value)
{
    return writePreference(m_file, key, value);
}

} // namespace em::ui
