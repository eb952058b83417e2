#include "readersettings.h"

#include "preferencesfile.h"

#include <QSettings>

#include <algorithm>

namespace em::ui {

namespace {
const QString kMarkReadKey = QStringLiteral("reader/markReadDelayMs");
const QString kRemoteKey = QStringLiteral("reader/remoteContentSenders");
constexpr int kMaxDelayMs = 60000;
} // namespace

ReaderSettings::ReaderSettings(QString filePath, QObject *parent) : QObject(parent), m_file(std::move(filePath))
{}

int ReaderSettings::markReadDelayMs() const
{
    const QSettings s(m_file, QSettings::IniFormat);
    bool ok = false;
    const int v = s.value(kMarkReadKey).toInt(&ok);
    // A hand-edited file with nonsense in it keeps the default.
    if (!ok || v < kNever)
        return kDefaultMarkReadMs;
    return qMin(v, kMaxDelayMs);
}

Status ReaderSettings::setMarkReadDelayMs(int ms)
{
    return writePreference(m_file, kMarkReadKey, qBound(kNever, ms, kMaxDelayMs));
}

QSet<QString> ReaderSettings::remoteAllowedSenders() const
{
    const QSettings s(m_file, QSettings::IniFormat);
    QSet<QString> out;
    for (const QString &a : s.value(kRemoteKey).toStringList())
        if (a.contains(u'@'))
            out.insert(a.trimmed().toLower());
    return out;
}

Status ReaderSettings::setRemoteAllowedSenders(const QSet<QString> &senders)
{
    QStringList sorted(senders.cbegin(), senders.cend());
    std::sort(sorted.begin(), sorted.end());
    return writePreference(m_file, kRemoteKey, sorted);
}

} // namespace em::ui
