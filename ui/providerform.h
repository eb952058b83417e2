#pragma once

#include "auth/configurationcheck.h"
#include "settings/providerconfig.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QToolButton;

namespace em::settings {
class ProviderSettings;
}
namespace em::auth {
class Keychain;
}

namespace em::ui {

class MessageBanner;

// One provider's tab of Email settings: the OAuth client fields with their inline warnings
// (warnings never block saving), the advanced endpoints, where to save, and "Test
// configuration" on the values in the form. Saving itself is the dialog's job.
class ProviderForm : public QWidget
{
    Q_OBJECT
public:
    ProviderForm(settings::Provider provider, settings::ProviderSettings *settings, auth::Keychain *keychain,
                 QNetworkAccessManager *nam, QWidget *parent = nullptr);
    ~ProviderForm() override;

    settings::Provider provider() const { return m_provider; }

    // What the fields hold now (not what is saved).
    settings::ProviderConfig config() const;
    settings::Scope scope() const;
    bool lockRequested() const;
    bool isLocked() const { return m_locked; }
    bool isDirty() const { return m_dirty; }
    // The secret field holds the stored secret or what the user typed; false while it
    // loads or after the keychain could not be read (then saving leaves the keychain alone).
    bool isSecretKnown() const { return m_secretState == SecretState::Known; }
    bool isSecretLoading() const { return m_secretState == SecretState::Loading; }
    // The redirect host the form currently stands for (its own value, else the inherited one).
    QString effectiveRedirectHost() const;

    void setScope(settings::Scope scope);
    // Re-reads the stored values (after a save: the form is clean again).
    void reload();
    void showSaveError(const QString &message);

    // Widgets the tests reach by name; kept here so tests need no objectName lookups.
    QLineEdit *clientIdEdit() const { return m_clientId; }
    QLineEdit *secretEdit() const { return m_secret; }
    QToolButton *secretToggle() const { return m_showSecret; }
    QLabel *clientIdWarningLabel() const { return m_clientIdWarning; }
    QLabel *secretWarningLabel() const { return m_secretWarning; }
    QComboBox *tenantCombo() const { return m_tenant; }
    QComboBox *redirectHostCombo() const { return m_redirectHost; }
    QLineEdit *urlEdit(int index) const { return m_urls[index].edit; } // 0 auth, 1 token, 2 revoke, 3 API
    QToolButton *advancedToggle() const { return m_advancedToggle; }
    QPushButton *testButton() const { return m_testButton; }
    MessageBanner *testResult() const { return m_testResult; }
    MessageBanner *lockedBanner() const { return m_lockedBanner; }
    MessageBanner *formBanner() const { return m_formBanner; }
    QRadioButton *userScopeButton() const { return m_scopeUser; }
    QRadioButton *systemScopeButton() const { return m_scopeSystem; }
    bool isCheckRunning() const { return m_check; }

Q_SIGNALS:
    void dirtyChanged(bool dirty);
    void redirectHostChanged();
    void checkFinished(bool ok);

private:
    enum class SecretState { Known, Loading, Unknown };
    struct UrlField
    {
        const char *key = nullptr; // ProviderConfig::defaultUrl's name
        QString settings::ProviderConfig::*field = nullptr;
        QLineEdit *edit = nullptr;
        QLabel *warning = nullptr;
    };

    QWidget *buildClientSection();
    QWidget *buildAdvancedSection();
    QWidget *buildScopeSection();
    QWidget *buildTestSection();
    void load(settings::Scope scope);
    void loadSecret();
    void applyLocked();
    void setDirty(bool dirty);
    void edited();
    void updateWarnings();
    void updatePlaceholders(settings::Scope scope);
    void updateInUse();
    void onScopeToggled();
    void runCheck();
    settings::ProviderConfig inherited(settings::Scope scope) const;
    settings::ProviderConfig testConfig() const;

    settings::Provider m_provider;
    settings::ProviderSettings *m_settings;
    auth::Keychain *m_keychain;
    QNetworkAccessManager *m_nam;

    MessageBanner *m_lockedBanner = nullptr;
    MessageBanner *m_formBanner = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLabel *m_clientIdWarning = nullptr;
    QLineEdit *m_secret = nullptr;
    QToolButton *m_showSecret = nullptr;
    QLabel *m_secretWarning = nullptr;
    QComboBox *m_tenant = nullptr;
    QLabel *m_tenantWarning = nullptr;
    QComboBox *m_redirectHost = nullptr;
    QLabel *m_redirectNote = nullptr;
    QToolButton *m_advancedToggle = nullptr;
    QWidget *m_advanced = nullptr;
    UrlField m_urls[4];
    QRadioButton *m_scopeUser = nullptr;
    QRadioButton *m_scopeSystem = nullptr;
    QCheckBox *m_lock = nullptr;
    QLabel *m_inUse = nullptr;
    QPushButton *m_testButton = nullptr;
    QProgressBar *m_testBusy = nullptr;
    MessageBanner *m_testResult = nullptr;

    QPointer<auth::ConfigurationCheck> m_check;
    SecretState m_secretState = SecretState::Known;
    QString m_inheritedClientId; // user scope: the pair used while the user's own client id is empty
    QString m_inheritedRedirectHost;
    int m_loadGeneration = 0; // a keychain answer for an older load is dropped
    bool m_loading = false;   // programmatic changes are not edits
    bool m_locked = false;
    bool m_dirty = false;
};

} // namespace em::ui
