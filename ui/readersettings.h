#pragma once

#include "util/result.h"

#include <QObject>
#include <QSet>
#include <QString>

namespace em::ui {

// The window's own preferences, in the user's preferences file: the language of the
// interface, how long a message is shown before it counts as read, and the senders whose
// remote content loads without asking. Changes are announced, so they apply at once
// (the language at the next start).
class ReaderSettings : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultMarkReadMs = 2000;
    static constexpr int kNever = -1;
    static constexpr int kMaxDelayMs = 60000;

    explicit ReaderSettings(QString filePath, QObject *parent = nullptr);

    int markReadDelayMs() const; // kNever: only by hand
    Status setMarkReadDelayMs(int ms);
    QSet<QString> remoteAllowedSenders() const; // lowercased addresses
    Status setRemoteAllowedSenders(const QSet<QString> &senders);
    // "" follows the system; else a language of translations/ ("en", "he", "zh_CN").
    QString language() const;
    Status setLanguage(const QString &language);
    static QStringList languages(); // the ones there are translations for, "en" first

Q_SIGNALS:
    void markReadDelayChanged(int ms);
    void remoteAllowedSendersChanged(const QSet<QString> &senders);

private:
    QString m_file;
};

} // namespace em::ui
