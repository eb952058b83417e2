#pragma once

#include "settings/providerconfig.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QNetworkAccessManager;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTextBrowser;

namespace em::settings {
class ProviderSettings;
}
namespace em::auth {
class Keychain;
}

namespace em::ui {

class MessageBanner;
class ProviderForm;

// Settings ▸ Email settings, the admin console: the OAuth client of Google and of
// Microsoft (a tab each), a setup guide beside them, and the sign-in timeout. A user's
// own Client Secret goes to the keychain, never into a settings file; the keychain is
// written first, so that a failing keychain leaves everything as it was.
class EmailSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    EmailSettingsDialog(settings::ProviderSettings *settings, auth::Keychain *keychain, QNetworkAccessManager *nam,
                        QWidget *parent = nullptr);
    ~EmailSettingsDialog() override;

    ProviderForm *form(settings::Provider provider) const;
    QTabWidget *tabs() const { return m_tabs; }
    QTextBrowser *help() const { return m_help; }
    QSpinBox *timeoutSpin() const { return m_timeout; }
    QPushButton *saveButton() const { return m_save; }
    MessageBanner *banner() const { return m_banner; }
    bool hasUnsavedChanges() const;
    bool isSaving() const { return m_saving; }

    // Saves what was changed; ends with saveFinished().
    void save();

Q_SIGNALS:
    // Something was written: pages that depend on the provider settings refresh.
    void settingsChanged();
    void saveFinished(bool ok);

protected:
    void reject() override;

private:
    void saveNext();
    void writeSettings(ProviderForm *form, const settings::ProviderConfig &config);
    void finishSave(const QString &error);
    void updateHelp();
    void updateState();

    settings::ProviderSettings *m_settings;
    auth::Keychain *m_keychain;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_help = nullptr;
    QSpinBox *m_timeout = nullptr;
    MessageBanner *m_banner = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    QList<ProviderForm *> m_forms;
    QList<ProviderForm *> m_pending; // still to save in the running save
    int m_savedTimeoutMinutes = 0;
    bool m_saving = false;
    bool m_savedAny = false;
};

} // namespace em::ui
