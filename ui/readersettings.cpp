#include "readersettings.h"

#include "preferencesfile.h"

#include <QSettings>

#include <algorithm>

namespace em::ui {

namespace {
const QString kMarkReadKey = QStringLiteral("reader/markReadDelayMs");
const QString kRemoteKey = QStringLiteral("reader/remoteContentSenders");
const QString kLanguageKey = QStringLiteral("ui/language");
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
    ms = qBound(kNever, ms, kMaxDelayMs);
    Status saved = writePreference(m_file, kMarkReadKey, ms);
    Q_EMIT markReadDelayChanged(ms); // applies for this run even when it could not be saved
    return saved;
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
    Status saved = writePreference(m_file, kRemoteKey, sorted);
    Q_EMIT remoteAllowedSendersChanged(senders);
    return saved;
}

QStringList ReaderSettings::languages()
{
    return {QStringLiteral("en"), QStringLiteral("he"), QStringLiteral("zh_CN")};
}

QString ReaderSettings::language() const
{
    const QSettings s(m_file, QSettings::IniFormat);
    const QString v = s.value(kLanguageKey).toString().trimmed();
    return languages().contains(v) ? v : QString();
}

Status ReaderSettings::setLanguage(const QString &language)
{
    return writePreference(m_file, kLanguageKey, languages().contains(language) ? language : QString());
}

} // namespace em::ui
