#include "emailsettingsdialog.h"

#include "auth/keychain.h"
#include "messagebanner.h"
#include "providerform.h"
#include "settings/providersettings.h"
#include "settingshelp.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace em::ui {

using settings::Provider;
using settings::Scope;

EmailSettingsDialog::EmailSettingsDialog(settings::ProviderSettings *settings, auth::Keychain *keychain,
                                         QNetworkAccessManager *nam, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_keychain(keychain)
{
    setWindowTitle(tr("Email settings[*]"));
    setObjectName(QStringLiteral("emailSettings"));
    resize(1060, 740);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The OAuth clients through which users connect their Gmail and Outlook accounts. "
                                "An administrator sets them up once; the guide on the side shows how."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("providerTabs"));
    for (Provider p : {Provider::Google, Provider::Microsoft}) {
        auto *form = new ProviderForm(p, settings, keychain, nam);
        form->setObjectName(settings::providerId(p));
        auto *scroll = new QScrollArea(m_tabs);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(form);
        m_tabs->addTab(scroll, p == Provider::Google ? tr("Google (Gmail)") : tr("Microsoft (Outlook)"));
        m_forms.append(form);
        connect(form, &ProviderForm::dirtyChanged, this, &EmailSettingsDialog::updateState);
        connect(form, &ProviderForm::redirectHostChanged, this, &EmailSettingsDialog::updateHelp);
    }
    m_help = new QTextBrowser(splitter);
    m_help->setObjectName(QStringLiteral("setupGuide"));
    m_help->setOpenExternalLinks(true);
    m_help->setAccessibleName(tr("Setup guide"));
    m_help->setMinimumWidth(300);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_help);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 420});
    layout->addWidget(splitter, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, &EmailSettingsDialog::updateHelp);

    auto *timeoutRow = new QHBoxLayout;
    auto *timeoutLabel = new QLabel(tr("Sign-in &timeout:"), this);
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("signInTimeout"));
    m_timeout->setRange(1, 60);
    m_timeout->setSuffix(tr(" min"));
    m_savedTimeoutMinutes = (m_settings->signInTimeoutSeconds() + 59) / 60;
    m_timeout->setValue(m_savedTimeoutMinutes);
    timeoutLabel->setBuddy(m_timeout);
    auto *timeoutHint =
        new QLabel(tr("How long Email Manager waits for a sign-in in the browser. Saved for you."), this);
    timeoutHint->setWordWrap(true);
    timeoutRow->addWidget(timeoutLabel);
    timeoutRow->addWidget(m_timeout);
    timeoutRow->addWidget(timeoutHint, 1);
    layout->addLayout(timeoutRow);
    connect(m_timeout, &QSpinBox::valueChanged, this, &EmailSettingsDialog::updateState);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("saveResult"));
    layout->addWidget(m_banner);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    layout->addWidget(m_buttons);
    connect(m_save, &QPushButton::clicked, this, &EmailSettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EmailSettingsDialog::reject);

    updateHelp();
    updateState();
}

EmailSettingsDialog::~EmailSettingsDialog() = default;

ProviderForm *EmailSettingsDialog::form(Provider provider) const
{
    for (ProviderForm *f : m_forms)
        if (f->provider() == provider)
            return f;
    return nullptr;
}

bool EmailSettingsDialog::hasUnsavedChanges() const
{
    for (const ProviderForm *f : m_forms)
        if (f->isDirty() && !f->isLocked())
            return true;
    return m_timeout->value() != m_savedTimeoutMinutes;
}

void EmailSettingsDialog::updateHelp()
{
    const ProviderForm *current = m_forms.value(m_tabs->currentIndex());
    if (!current || !m_help)
        return;
    const int scroll = m_help->verticalScrollBar()->value();
    m_help->setHtml(current->provider() == Provider::Google
                        ? SettingsHelp::google()
                        : SettingsHelp::microsoft(current->effectiveRedirectHost()));
    m_help->verticalScrollBar()->setValue(scroll);
}

void EmailSettingsDialog::updateState()
{
    setWindowModified(hasUnsavedChanges());
    m_save->setEnabled(!m_saving);
}

void EmailSettingsDialog::save()
{
    if (m_saving)
        return;
    m_pending.clear();
    for (ProviderForm *f : m_forms)
        if (f->isDirty() && !f->isLocked())
            m_pending.append(f);
    if (m_pending.isEmpty() && m_timeout->value() == m_savedTimeoutMinutes) {
        m_banner->showMessage(MessageBanner::Kind::Info, tr("Nothing to save: no setting was changed."));
        Q_EMIT saveFinished(true);
        return;
    }
    m_saving = true;
    m_savedAny = false;
    updateState();
    m_banner->showMessage(MessageBanner::Kind::Busy, tr("Saving…"));
    saveNext();
}

void EmailSettingsDialog::saveNext()
{
    if (m_pending.isEmpty()) {
        if (m_timeout->value() != m_savedTimeoutMinutes) {
            if (Status s = m_settings->setSignInTimeoutSeconds(m_timeout->value() * 60); !s)
                return finishSave(s.error());
            m_savedTimeoutMinutes = m_timeout->value();
            m_savedAny = true;
        }
        return finishSave({});
    }
    ProviderForm *form = m_pending.takeFirst();
    const settings::ProviderConfig config = form->config();
    // The administrator's secret goes into the system file (it is not confidential for a
    // desktop app); a secret the keychain could not read is left there as it is.
    if (form->scope() == Scope::System || !form->isSecretKnown())
        return writeSettings(form, config);
    // The keychain first: if it fails, the settings file is not touched either.
    auto then = [this, form, config](const Status &stored) {
        if (!stored) {
            form->showSaveError(stored.error());
            m_tabs->setCurrentIndex(m_forms.indexOf(form));
            return finishSave(tr("The %1 settings were not saved: %2")
                                  .arg(settings::providerDisplayName(form->provider()), stored.error()));
        }
        writeSettings(form, config);
    };
    const QString key = settings::clientSecretKey(form->provider());
    if (config.clientSecret.isEmpty())
        m_keychain->remove(key, this, then);
    else
        m_keychain->write(key, config.clientSecret.toUtf8(), this, then);
}

void EmailSettingsDialog::writeSettings(ProviderForm *form, const settings::ProviderConfig &config)
{
    const Status s = m_settings->save(form->scope(), config, form->lockRequested());
    if (!s) {
        QString message = s.error();
        if (form->scope() == Scope::System)
            message += u' ' + tr("Saving for all users of this computer needs administrator rights: start Email "
                                 "Manager as an administrator, or choose “Only for me”.");
        form->showSaveError(message);
        m_tabs->setCurrentIndex(m_forms.indexOf(form));
        return finishSave(
            tr("The %1 settings were not saved: %2").arg(settings::providerDisplayName(form->provider()), message));
    }
    m_savedAny = true;
    form->reload();
    saveNext();
}

void EmailSettingsDialog::finishSave(const QString &error)
{
    m_saving = false;
    m_pending.clear();
    if (error.isEmpty())
        m_banner->showMessage(MessageBanner::Kind::Success, tr("Saved."));
    else
        m_banner->showMessage(MessageBanner::Kind::Error, error);
    updateState();
    if (m_savedAny)
        Q_EMIT settingsChanged();
    Q_EMIT saveFinished(error.isEmpty());
}

void EmailSettingsDialog::reject()
{
    if (m_saving)
        return; // the keychain answers first; closing now would leave the save half done
    if (hasUnsavedChanges()) {
        const auto answer =
            QMessageBox::question(this, tr("Unsaved changes"), tr("Save the changes to the email settings?"),
                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            connect(
                this, &EmailSettingsDialog::saveFinished, this,
                [this](bool ok) {
                    if (ok)
                        QDialog::reject();
                },
                Qt::SingleShotConnection);
            save();
            return;
        }
    }
    QDialog::reject();
}

} // namespace em::ui
