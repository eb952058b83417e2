#include "providerform.h"

#include "auth/configurationcheck.h"
#include "auth/keychain.h"
#include "messagebanner.h"
#include "settings/providersettings.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace em::ui {

using settings::Provider;
using settings::ProviderConfig;
using settings::Scope;

namespace {

QLabel *makeWarningLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0x8a, 0x4b, 0x00));
    label->setPalette(p);
    label->hide();
    return label;
}

// Shows the warning with a sign and a word, so that it does not rely on colour.
void setWarning(QLabel *label, const QString &warning)
{
    label->setText(warning.isEmpty() ? QString() : QStringLiteral("⚠ ") + warning);
    label->setAccessibleName(warning.isEmpty() ? QString() : ProviderForm::tr("Warning: %1").arg(warning));
    label->setVisible(!warning.isEmpty());
}

QWidget *stacked(QWidget *parent, QWidget *field, QWidget *below)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(below);
    return box;
}

QLabel *rowLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

ProviderForm::ProviderForm(Provider provider, settings::ProviderSettings *settings, auth::Keychain *keychain,
                           QNetworkAccessManager *nam, QWidget *parent)
    : QWidget(parent), m_provider(provider), m_settings(settings), m_keychain(keychain), m_nam(nam)
{
    m_urls[0] = {"auth", &ProviderConfig::authUrl};
    m_urls[1] = {"token", &ProviderConfig::tokenUrl};
    m_urls[2] = {"revoke", &ProviderConfig::revokeUrl};
    m_urls[3] = {"api", &ProviderConfig::apiUrl};

    auto *layout = new QVBoxLayout(this);
    m_lockedBanner = new MessageBanner(this);
    m_formBanner = new MessageBanner(this);
    layout->addWidget(m_lockedBanner);
    layout->addWidget(m_formBanner);
    layout->addWidget(buildClientSection());
    layout->addWidget(buildAdvancedSection());
    layout->addWidget(buildTestSection());
    layout->addWidget(buildScopeSection());
    layout->addStretch();

    const settings::EffectiveProvider e = m_settings->effective(m_provider);
    m_locked = e.locked;
    // Start where the values in use come from: the user's own, else the administrator's.
    const Scope initial = (e.locked || (!e.userHasSettings && e.systemHasSettings)) ? Scope::System : Scope::User;
    load(initial);
    applyLocked();
}

ProviderForm::~ProviderForm()
{
    if (m_check)
        m_check->disconnect(this); // its answer would find half a form
}

QWidget *ProviderForm::buildClientSection()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const bool google = m_provider == Provider::Google;

    m_clientId = new QLineEdit(box);
    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_clientIdWarning = makeWarningLabel(box);
    form->addRow(rowLabel(google ? tr("Client &ID:") : tr("Application (client) &ID:"), m_clientId, box),
                 stacked(box, m_clientId, m_clientIdWarning));

    auto *secretRow = new QWidget(box);
    auto *secretLayout = new QHBoxLayout(secretRow);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    m_secret = new QLineEdit(secretRow);
    m_secret->setObjectName(QStringLiteral("clientSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    // The secret must not end up in another program through the clipboard by accident.
    m_secret->setContextMenuPolicy(Qt::NoContextMenu);
    m_showSecret = new QToolButton(secretRow);
    m_showSecret->setObjectName(QStringLiteral("showSecret"));
    m_showSecret->setCheckable(true);
    m_showSecret->setText(tr("Show"));
    m_showSecret->setAccessibleName(tr("Show the Client Secret"));
    connect(m_showSecret, &QToolButton::toggled, this, [this](bool show) {
        m_secret->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        m_showSecret->setText(show ? tr("Hide") : tr("Show"));
        m_showSecret->setAccessibleName(show ? tr("Hide the Client Secret") : tr("Show the Client Secret"));
    });
    secretLayout->addWidget(m_secret, 1);
    secretLayout->addWidget(m_showSecret);
    m_secretWarning = makeWarningLabel(box);
    form->addRow(rowLabel(google ? tr("Client &Secret:") : tr("Client &Secret (optional):"), m_secret, box),
                 stacked(box, secretRow, m_secretWarning));

    connect(m_clientId, &QLineEdit::textEdited, this, &ProviderForm::edited);
    connect(m_secret, &QLineEdit::textEdited, this, [this] {
        m_secretState = SecretState::Known; // typed by the user: this is what gets saved
        edited();
    });

    if (!google) {
        m_tenant = new QComboBox(box);
        m_tenant->setObjectName(QStringLiteral("tenant"));
        m_tenant->setEditable(true);
        m_tenant->setInsertPolicy(QComboBox::NoInsert);
        m_tenant->addItems({QStringLiteral("common"), QStringLiteral("organizations"), QStringLiteral("consumers")});
        m_tenant->setItemData(0, tr("Work, school and personal Microsoft accounts"), Qt::ToolTipRole);
        m_tenant->setItemData(1, tr("Work and school accounts only"), Qt::ToolTipRole);
        m_tenant->setItemData(2, tr("Personal Microsoft accounts only"), Qt::ToolTipRole);
        m_tenant->setToolTip(tr("common, organizations, consumers, or your Directory (tenant) ID or domain"));
        m_tenantWarning = makeWarningLabel(box);
        form->addRow(rowLabel(tr("&Tenant:"), m_tenant, box), stacked(box, m_tenant, m_tenantWarning));
        connect(m_tenant, &QComboBox::currentTextChanged, this, &ProviderForm::edited);

        m_redirectHost = new QComboBox(box);
        m_redirectHost->setObjectName(QStringLiteral("redirectHost"));
        m_redirectHost->addItem(QString(), QString()); // "Default (…)": text set with the inherited host
        m_redirectHost->addItem(QStringLiteral("http://127.0.0.1"), QStringLiteral("127.0.0.1"));
        m_redirectHost->addItem(QStringLiteral("http://localhost"), QStringLiteral("localhost"));
        m_redirectNote = new QLabel(box);
        m_redirectNote->setWordWrap(true);
        form->addRow(rowLabel(tr("&Redirect address:"), m_redirectHost, box),
                     stacked(box, m_redirectHost, m_redirectNote));
        connect(m_redirectHost, &QComboBox::currentIndexChanged, this, [this] {
            edited();
            Q_EMIT redirectHostChanged();
        });
    }
    return box;
}

QWidget *ProviderForm::buildAdvancedSection()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_advancedToggle = new QToolButton(box);
    m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
    m_advancedToggle->setText(tr("Advanced"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setAutoRaise(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(isRightToLeft() ? Qt::LeftArrow : Qt::RightArrow);
    layout->addWidget(m_advancedToggle);

    m_advanced = new QWidget(box);
    m_advanced->setObjectName(QStringLiteral("advanced"));
    auto *form = new QFormLayout(m_advanced);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QString labels[4] = {tr("&Authorization URL:"), tr("T&oken URL:"), tr("Re&vocation URL:"),
                               tr("A&PI base URL:")};
    for (int i = 0; i < 4; ++i) {
        UrlField &u = m_urls[i];
        u.edit = new QLineEdit(m_advanced);
        u.edit->setObjectName(QLatin1String(u.key) + QStringLiteral("Url"));
        u.warning = makeWarningLabel(m_advanced);
        connect(u.edit, &QLineEdit::textEdited, this, &ProviderForm::edited);
        form->addRow(rowLabel(labels[i], u.edit, m_advanced), stacked(m_advanced, u.edit, u.warning));
    }
    if (m_provider == Provider::Microsoft) {
        form->setRowVisible(2, false); // Microsoft has no revocation endpoint: the field would only confuse
        auto *hint = new QLabel(tr("URLs may contain {tenant}, replaced by the Tenant setting."), m_advanced);
        hint->setWordWrap(true);
        form->addRow(QString(), hint);
    }
    ProviderConfig forScopes;
    forScopes.provider = m_provider;
    auto *scopes = new QLabel(forScopes.scopes().join(QStringLiteral(", ")), m_advanced);
    scopes->setWordWrap(true);
    scopes->setObjectName(QStringLiteral("scopes"));
    scopes->setTextFormat(Qt::PlainText);
    scopes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Scopes requested:"), scopes);
    m_advanced->hide();
    layout->addWidget(m_advanced);

    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        m_advanced->setVisible(open);
        m_advancedToggle->setArrowType(open ? Qt::DownArrow : (isRightToLeft() ? Qt::LeftArrow : Qt::RightArrow));
    });
    return box;
}

QWidget *ProviderForm::buildScopeSection()
{
    auto *group = new QGroupBox(tr("Where to save"), this);
    auto *layout = new QVBoxLayout(group);
    m_scopeUser = new QRadioButton(tr("Only for &me"), group);
    m_scopeUser->setObjectName(QStringLiteral("scopeUser"));
    m_scopeSystem = new QRadioButton(tr("For all &users of this computer"), group);
    m_scopeSystem->setObjectName(QStringLiteral("scopeSystem"));
    auto *buttons = new QButtonGroup(group);
    buttons->addButton(m_scopeUser);
    buttons->addButton(m_scopeSystem);
    m_scopeUser->setChecked(true);
    // Zero-width spaces after the slashes let a long path wrap instead of widening the form.
    QString breakablePath = m_settings->systemFile();
    breakablePath.replace(u'/', QStringLiteral("/\u200B"));
    auto *systemNote = new QLabel(
        tr("Needs administrator rights. Written to %1, which every user can read.").arg(breakablePath), group);
    systemNote->setToolTip(m_settings->systemFile());
    systemNote->setWordWrap(true);
    systemNote->setIndent(20);
    m_lock = new QCheckBox(tr("&Lock: users cannot change these settings"), group);
    m_lock->setObjectName(QStringLiteral("lock"));
    m_inUse = new QLabel(group);
    m_inUse->setObjectName(QStringLiteral("inUse"));
    m_inUse->setWordWrap(true);
    m_inUse->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_scopeUser);
    layout->addWidget(m_scopeSystem);
    layout->addWidget(systemNote);
    layout->addWidget(m_lock);
    layout->addWidget(m_inUse);
    connect(m_scopeUser, &QRadioButton::toggled, this, &ProviderForm::onScopeToggled);
    connect(m_lock, &QCheckBox::toggled, this, &ProviderForm::edited);
    return group;
}

QWidget *ProviderForm::buildTestSection()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_testButton = new QPushButton(tr("&Test configuration"), box);
    m_testButton->setObjectName(QStringLiteral("testConfiguration"));
    m_testButton->setToolTip(tr("Asks %1 whether it accepts the values in this form (they need not be saved).")
                                 .arg(settings::providerDisplayName(m_provider)));
    m_testBusy = new QProgressBar(box);
    m_testBusy->setRange(0, 0);
    m_testBusy->setMaximumWidth(120);
    m_testBusy->setTextVisible(false);
    m_testBusy->setAccessibleName(tr("Testing…"));
    m_testBusy->hide();
    row->addWidget(m_testButton);
    row->addWidget(m_testBusy);
    row->addStretch();
    layout->addLayout(row);
    m_testResult = new MessageBanner(box);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    layout->addWidget(m_testResult);
    connect(m_testButton, &QPushButton::clicked, this, &ProviderForm::runCheck);
    return box;
}

Scope ProviderForm::scope() const
{
    return m_scopeSystem->isChecked() ? Scope::System : Scope::User;
}

bool ProviderForm::lockRequested() const
{
    return scope() == Scope::System && m_lock->isChecked();
}

void ProviderForm::setScope(Scope scope)
{
    (scope == Scope::System ? m_scopeSystem : m_scopeUser)->setChecked(true);
}

ProviderConfig ProviderForm::config() const
{
    ProviderConfig c;
    c.provider = m_provider;
    c.clientId = m_clientId->text().trimmed();
    c.clientSecret = m_secret->text(); // exactly as typed: spaces may be part of it
    if (m_tenant)
        c.tenant = m_tenant->currentText().trimmed();
    if (m_redirectHost)
        c.redirectHost = m_redirectHost->currentData().toString();
    for (const UrlField &u : m_urls)
        c.*u.field = u.edit->text().trimmed();
    return c;
}

ProviderConfig ProviderForm::inherited(Scope scope) const
{
    // What applies where the user's own file leaves a field empty: the administrator's values.
    if (scope == Scope::User && !m_locked)
        return m_settings->stored(Scope::System, m_provider);
    ProviderConfig none;
    none.provider = m_provider;
    return none;
}

ProviderConfig ProviderForm::testConfig() const
{
    // The same precedence as ProviderSettings::effective(), applied to the unsaved form.
    const ProviderConfig form = config();
    ProviderConfig c = inherited(scope());
    if (!form.clientId.isEmpty()) {
        c.clientId = form.clientId;
        c.clientSecret = form.clientSecret;
    }
    if (!form.tenant.isEmpty())
        c.tenant = form.tenant;
    if (!form.redirectHost.isEmpty())
        c.redirectHost = form.redirectHost;
    for (const UrlField &u : m_urls)
        if (!(form.*u.field).isEmpty())
            c.*u.field = form.*u.field;
    return c;
}

QString ProviderForm::effectiveRedirectHost() const
{
    const QString own = m_redirectHost ? m_redirectHost->currentData().toString() : QString();
    return own.isEmpty() ? m_inheritedRedirectHost : own;
}

void ProviderForm::reload()
{
    m_locked = m_settings->isLocked(m_provider);
    load(m_locked ? Scope::System : scope());
    applyLocked();
}

void ProviderForm::showSaveError(const QString &message)
{
    m_formBanner->showMessage(MessageBanner::Kind::Error, message);
}

void ProviderForm::load(Scope scope)
{
    m_loading = true;
    ++m_loadGeneration;
    setScope(scope);
    const ProviderConfig stored = m_settings->stored(scope, m_provider);
    m_clientId->setText(stored.clientId);
    if (m_tenant)
        m_tenant->setCurrentText(stored.tenant);
    if (m_redirectHost)
        m_redirectHost->setCurrentIndex(std::max(0, m_redirectHost->findData(stored.redirectHost)));
    for (const UrlField &u : m_urls)
        u.edit->setText(stored.*u.field);
    m_lock->setChecked(scope == Scope::System && m_settings->isLocked(m_provider));
    m_lock->setEnabled(scope == Scope::System && !m_locked);
    m_formBanner->clear();
    updatePlaceholders(scope);
    m_secret->setReadOnly(m_locked);
    if (scope == Scope::System || m_locked || stored.clientId.isEmpty()) {
        // A user's secret only counts with the user's own client id; without one there is
        // nothing to read, and saving an empty field removes a stale entry.
        m_secret->setText(scope == Scope::System ? stored.clientSecret : QString());
        m_secretState = SecretState::Known;
    } else {
        loadSecret();
    }
    updateWarnings();
    updateInUse();
    m_loading = false;
    setDirty(false);
    Q_EMIT redirectHostChanged();
}

void ProviderForm::loadSecret()
{
    m_secret->clear();
    m_secret->setReadOnly(true);
    m_secret->setPlaceholderText(tr("Loading from the keychain…"));
    m_secretState = SecretState::Loading;
    const int generation = m_loadGeneration;
    m_keychain->read(settings::clientSecretKey(m_provider), this,
                     [this, generation](const Result<std::optional<QByteArray>> &r) {
                         if (generation != m_loadGeneration)
                             return;
                         m_secret->setReadOnly(m_locked);
                         if (!r) {
                             m_secretState = SecretState::Unknown;
                             m_secret->setPlaceholderText(tr("Could not be read from the keychain"));
                             m_formBanner->showMessage(MessageBanner::Kind::Error, r.error());
                         } else {
                             m_secret->setText(r.value() ? QString::fromUtf8(*r.value()) : QString());
                             m_secretState = SecretState::Known;
                             updatePlaceholders(scope());
                         }
                         updateWarnings();
                     });
}

void ProviderForm::applyLocked()
{
    if (m_locked)
        m_lockedBanner->showMessage(MessageBanner::Kind::Info,
                                    tr("Managed by your administrator. These %1 settings apply to every user of "
                                       "this computer and cannot be changed here.")
                                        .arg(settings::providerDisplayName(m_provider)));
    else
        m_lockedBanner->clear();
    m_clientId->setReadOnly(m_locked);
    m_secret->setReadOnly(m_locked || m_secretState == SecretState::Loading);
    for (const UrlField &u : m_urls)
        u.edit->setReadOnly(m_locked);
    if (m_tenant)
        m_tenant->setEnabled(!m_locked);
    if (m_redirectHost)
        m_redirectHost->setEnabled(!m_locked);
    m_scopeUser->setEnabled(!m_locked);
    m_scopeSystem->setEnabled(!m_locked);
    m_lock->setEnabled(!m_locked && scope() == Scope::System);
}

void ProviderForm::updatePlaceholders(Scope scope)
{
    const ProviderConfig from = inherited(scope);
    m_inheritedClientId = from.clientId;
    if (!from.clientId.isEmpty())
        m_clientId->setPlaceholderText(tr("Empty: the Client ID for all users applies (%1)").arg(from.clientId));
    else
        m_clientId->setPlaceholderText(m_provider == Provider::Google
                                           ? QStringLiteral("1234567890-abc123.apps.googleusercontent.com")
                                           : QStringLiteral("00000000-0000-0000-0000-000000000000"));
    if (m_secretState != SecretState::Loading)
        m_secret->setPlaceholderText(m_provider == Provider::Google ? tr("Required by Google")
                                                                    : tr("Leave empty for a public client"));
    for (const UrlField &u : m_urls) {
        const QString value = from.*u.field;
        u.edit->setPlaceholderText(value.isEmpty() ? ProviderConfig::defaultUrl(m_provider, u.key) : value);
    }
    if (m_tenant)
        m_tenant->lineEdit()->setPlaceholderText(from.tenant.isEmpty() ? QStringLiteral("common") : from.tenant);
    m_inheritedRedirectHost = from.effectiveRedirectHost();
    if (m_redirectHost)
        m_redirectHost->setItemText(0, tr("Default (http://%1)").arg(m_inheritedRedirectHost));
}

void ProviderForm::updateWarnings()
{
    const QString id = m_clientId->text();
    const bool inheritsClient = id.trimmed().isEmpty() && !m_inheritedClientId.isEmpty();
    setWarning(m_clientIdWarning, inheritsClient ? QString() : settings::clientIdWarning(m_provider, id));
    setWarning(m_secretWarning, inheritsClient || m_secretState == SecretState::Loading
                                    ? QString()
                                    : settings::clientSecretWarning(m_provider, m_secret->text()));
    if (m_tenant)
        setWarning(m_tenantWarning, settings::tenantWarning(m_tenant->currentText()));
    for (const UrlField &u : m_urls)
        setWarning(u.warning, settings::urlWarning(u.edit->text()));
    if (m_redirectNote)
        m_redirectNote->setText(tr("Email Manager announces http://%1:PORT/ as the redirect URI. Register "
                                   "http://%1 in the app registration (see the guide).")
                                    .arg(effectiveRedirectHost()));
}

void ProviderForm::updateInUse()
{
    const settings::EffectiveProvider e = m_settings->effective(m_provider);
    const QString who = settings::providerDisplayName(m_provider);
    if (e.config.clientId.isEmpty())
        m_inUse->setText(tr("In use now: no Client ID. %1 accounts cannot be connected yet.").arg(who));
    else if (e.clientFromUser)
        m_inUse->setText(tr("In use now: Client ID %1 from your own settings.").arg(e.config.clientId));
    else
        m_inUse->setText(tr("In use now: Client ID %1 from the settings for all users.").arg(e.config.clientId));
}

void ProviderForm::setDirty(bool dirty)
{
    if (m_dirty == dirty)
        return;
    m_dirty = dirty;
    Q_EMIT dirtyChanged(dirty);
}

void ProviderForm::edited()
{
    if (m_loading)
        return;
    updateWarnings();
    // A result shown for other values would mislead.
    if (!m_check)
        m_testResult->clear();
    setDirty(true);
}

void ProviderForm::onScopeToggled()
{
    if (m_loading || m_locked)
        return;
    const Scope s = scope();
    if (!m_dirty) {
        // Nothing typed: show what is stored in the chosen place.
        load(s);
        return;
    }
    // Typed values stay: they are what will be saved in the chosen place.
    ++m_loadGeneration;
    if (m_secretState != SecretState::Known) {
        m_secretState = SecretState::Known;
        m_secret->setReadOnly(false);
    }
    m_lock->setEnabled(s == Scope::System);
    if (s == Scope::User)
        m_lock->setChecked(false);
    updatePlaceholders(s);
    updateWarnings();
    Q_EMIT redirectHostChanged();
}

void ProviderForm::runCheck()
{
    if (m_check) {
        // Pressed again: the newer values win; the older answer is dropped.
        m_check->disconnect(this);
        delete m_check;
    }
    auto *check = new auth::ConfigurationCheck(testConfig(), m_nam, this);
    m_check = check;
    connect(check, &auth::ConfigurationCheck::finished, this, [this, check](const Result<QString> &r) {
        check->deleteLater();
        m_check = nullptr;
        m_testBusy->hide();
        if (r)
            m_testResult->showMessage(MessageBanner::Kind::Success, r.value());
        else
            m_testResult->showMessage(MessageBanner::Kind::Error, r.error());
        Q_EMIT checkFinished(r.ok());
    });
    m_testBusy->show();
    m_testResult->showMessage(MessageBanner::Kind::Busy,
                              tr("Asking %1 about these values…").arg(settings::providerDisplayName(m_provider)));
    check->start();
}

} // namespace em::ui
