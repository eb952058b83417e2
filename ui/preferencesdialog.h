#pragma once

#include "util/result.h"

#include <QDialog>
#include <QSet>

class QCheckBox;
class QComboBox;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace em::ui {

class MessageBanner;
class ReaderSettings;

// Settings ▸ Preferences: the language of the interface (from the next start), when a
// message counts as read, and the senders whose remote content loads without asking (the
// reader's "Always for this sender"), which can be taken back here. Applied as soon as a
// value changes.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(ReaderSettings *settings, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QSpinBox *delaySpin() const { return m_delay; }
    QCheckBox *byHandBox() const { return m_byHand; }
    QListWidget *sendersList() const { return m_senders; }
    QPushButton *removeSenderButton() const { return m_remove; }

private:
    void report(const Status &status);
    void applyDelay();
    void fillSenders(const QSet<QString> &allowed);

    ReaderSettings *m_settings;
    QComboBox *m_language = nullptr;
    QSpinBox *m_delay = nullptr;
    QCheckBox *m_byHand = nullptr;
    QListWidget *m_senders = nullptr;
    QPushButton *m_remove = nullptr;
    MessageBanner *m_banner = nullptr;
};

} // namespace em::ui
