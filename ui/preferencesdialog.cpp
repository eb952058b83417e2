#include "preferencesdialog.h"

#include "messagebanner.h"
#include "readersettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace em::ui {

PreferencesDialog::PreferencesDialog(ReaderSettings *settings, QWidget *parent) : QDialog(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("preferences"));
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("As the system (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    for (const QString &code : ReaderSettings::languages()) {
        // Each language in its own words: someone who cannot read the current one finds theirs.
        const QLocale l(code);
        QString name = l.nativeLanguageName();
        if (code == QLatin1String("zh_CN"))
            name = QStringLiteral("简体中文");
        m_language->addItem(name, code);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings->language())));
    form->addRow(tr("&Language:"), m_language);
    auto *restart = new QLabel(tr("A new language is used from the next start of Email Manager."), this);
    restart->setWordWrap(true);
    form->addRow(QString(), restart);
    layout->addLayout(form);

    auto *reading = new QGroupBox(tr("Reading"), this);
    auto *readingLayout = new QHBoxLayout(reading);
    readingLayout->addWidget(new QLabel(tr("Mark a message read after"), reading));
    m_delay = new QSpinBox(reading);
    m_delay->setObjectName(QStringLiteral("markReadDelay"));
    m_delay->setRange(0, ReaderSettings::kMaxDelayMs / 1000);
    m_delay->setSuffix(tr(" s"));
    m_delay->setSpecialValueText(tr("at once"));
    m_delay->setKeyboardTracking(false);
    readingLayout->addWidget(m_delay);
    m_byHand = new QCheckBox(tr("Only when I mark it"), reading);
    m_byHand->setObjectName(QStringLiteral("markReadByHand"));
    readingLayout->addWidget(m_byHand);
    readingLayout->addStretch();
    const int delay = settings->markReadDelayMs();
    m_byHand->setChecked(delay == ReaderSettings::kNever);
    m_delay->setValue(delay == ReaderSettings::kNever ? ReaderSettings::kDefaultMarkReadMs / 1000 : delay / 1000);
    m_delay->setEnabled(!m_byHand->isChecked());
    layout->addWidget(reading);

    auto *remote = new QGroupBox(tr("Remote content"), this);
    auto *remoteLayout = new QVBoxLayout(remote);
    auto *explain = new QLabel(tr("Images and styles on the web are loaded without asking only for messages from "
                                  "these senders. Loading them tells the sender that you opened the message."),
                               remote);
    explain->setWordWrap(true);
    remoteLayout->addWidget(explain);
    m_senders = new QListWidget(remote);
    m_senders->setObjectName(QStringLiteral("remoteSenders"));
    m_senders->setSelectionMode(QAbstractItemView::ExtendedSelection);
    remoteLayout->addWidget(m_senders);
    m_remove = new QPushButton(tr("&Remove"), remote);
    m_remove->setObjectName(QStringLiteral("removeSender"));
    m_remove->setEnabled(false);
    remoteLayout->addWidget(m_remove, 0, Qt::AlignTrailing);
    layout->addWidget(remote);
    fillSenders(settings->remoteAllowedSenders());

    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { report(m_settings->setLanguage(m_language->currentData().toString())); });
    connect(m_delay, &QSpinBox::valueChanged, this, &PreferencesDialog::applyDelay);
    connect(m_byHand, &QCheckBox::toggled, this, [this](bool byHand) {
        m_delay->setEnabled(!byHand);
        applyDelay();
    });
    connect(m_senders, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_senders->selectedItems().isEmpty()); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QSet<QString> senders = m_settings->remoteAllowedSenders();
        for (const QListWidgetItem *item : m_senders->selectedItems())
            senders.remove(item->text());
        report(m_settings->setRemoteAllowedSenders(senders)); // the list follows its signal
    });
    connect(m_settings, &ReaderSettings::remoteAllowedSendersChanged, this, &PreferencesDialog::fillSenders);
    resize(qMax(sizeHint().width(), 560), sizeHint().height());
}

void PreferencesDialog::fillSenders(const QSet<QString> &allowed)
{
    QStringList senders(allowed.cbegin(), allowed.cend());
    std::sort(senders.begin(), senders.end());
    m_senders->clear();
    m_senders->addItems(senders);
    m_remove->setEnabled(false);
}

void PreferencesDialog::applyDelay()
{
    report(m_settings->setMarkReadDelayMs(m_byHand->isChecked() ? ReaderSettings::kNever : m_delay->value() * 1000));
}

void PreferencesDialog::report(const Status &status)
{
    if (status)
        m_banner->clear();
    else
        m_banner->showMessage(MessageBanner::Kind::Warning, status.error());
}

} // namespace em::ui
