#pragma once

#include <QDialog>

class QSpinBox;

namespace em::ui {

class MessageBanner;
class SyncSettings;

// Settings ▸ Sync: how often mail is checked and how many of the newest messages are
// downloaded in full. Applied as soon as a value is changed, like a desktop preferences
// window: there is nothing to save and nothing to lose by closing it.
class SyncSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SyncSettingsDialog(SyncSettings *settings, QWidget *parent = nullptr);

    QSpinBox *intervalSpin() const { return m_interval; }
    QSpinBox *prefetchSpin() const { return m_prefetch; }
    MessageBanner *banner() const { return m_banner; }

private:
    void applyInterval(int minutes);
    void applyPrefetch(int messages);

    SyncSettings *m_settings;
    QSpinBox *m_interval = nullptr;
    QSpinBox *m_prefetch = nullptr;
    MessageBanner *m_banner = nullptr;
};

} // namespace em::ui
