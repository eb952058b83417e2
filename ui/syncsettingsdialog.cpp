#include "syncsettingsdialog.h"

#include "messagebanner.h"
#include "syncsettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace em::ui {

SyncSettingsDialog::SyncSettingsDialog(SyncSettings *settings, QWidget *parent) : QDialog(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("syncSettings"));
    setWindowTitle(tr("Sync settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);

    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("checkInterval"));
    m_interval->setRange(0, SyncSettings::kMaxIntervalSeconds / 60);
    m_interval->setSpecialValueText(tr("Only when I press Get mail"));
    // Rounded up so a value set in seconds (by hand, or by an older version) never shows as "never".
    m_interval->setValue((settings->intervalSeconds() + 59) / 60);
    // Typing "15" must not apply "1" on the way.
    m_interval->setKeyboardTracking(false);
    m_interval->setSuffix(tr(" min"));
    form->addRow(tr("Check for new &mail every:"), m_interval);

    m_prefetch = new QSpinBox(this);
    m_prefetch->setObjectName(QStringLiteral("prefetchCount"));
    m_prefetch->setRange(0, SyncSettings::kMaxPrefetch);
    m_prefetch->setSingleStep(10);
    m_prefetch->setSpecialValueText(tr("None: download messages when opened"));
    m_prefetch->setValue(settings->prefetch());
    m_prefetch->setKeyboardTracking(false);
    form->addRow(tr("&Download the most recent messages in full:"), m_prefetch);
    layout->addLayout(form);

    auto *hint =
        new QLabel(tr("Every message is listed at once. The most recent ones are also downloaded in full after "
                      "each check, so that they open at once and can be read offline; older messages are "
                      "downloaded when you open them."),
                   this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("syncSettingsResult"));
    layout->addWidget(m_banner);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_interval, &QSpinBox::valueChanged, this, &SyncSettingsDialog::applyInterval);
    connect(m_prefetch, &QSpinBox::valueChanged, this, &SyncSettingsDialog::applyPrefetch);
    resize(qMax(sizeHint().width(), 520), sizeHint().height());
}

void SyncSettingsDialog::applyInterval(int minutes)
{
    const Status s = m_settings->setIntervalSeconds(minutes * 60);
    if (s)
        m_banner->clear();
    else
        m_banner->showMessage(MessageBanner::Kind::Warning, s.error());
}

void SyncSettingsDialog::applyPrefetch(int messages)
{
    const Status s = m_settings->setPrefetch(messages);
    if (s)
        m_banner->clear();
    else
        m_banner->showMessage(MessageBanner::Kind::Warning, s.error());
}

} // namespace em::ui
