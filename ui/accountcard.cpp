#include "accountcard.h"

#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace em::ui {

using store::AccountState;

namespace {

bool isLocal(const QString &provider)
{
    return provider == QLatin1String("local");
}

QColor stateColour(AccountState state)
{
    switch (state) {
    case AccountState::Connected: return QColor(0x13, 0x73, 0x33);
    case AccountState::ReauthRequired: return QColor(0x9a, 0x58, 0x00);
    case AccountState::Error: return QColor(0xb3, 0x14, 0x12);
    case AccountState::Disconnected: return QColor(0x5f, 0x63, 0x68);
    }
    return {};
}

} // namespace

QString AccountCard::providerName(const QString &providerId)
{
    if (providerId == QLatin1String("google"))
        return tr("Gmail");
    if (providerId == QLatin1String("microsoft"))
        return tr("Outlook");
    if (isLocal(providerId))
        return tr("Imported mail");
    return providerId;
}

QString AccountCard::stateText(AccountState state)
{
    switch (state) {
    case AccountState::Connected: return tr("Connected");
    case AccountState::ReauthRequired: return tr("Re-authorization required");
    case AccountState::Error: return tr("Error");
    case AccountState::Disconnected: return tr("Disconnected");
    }
    return {};
}

AccountCard::AccountCard(const store::AccountRow &account, QWidget *parent) : QFrame(parent), m_account(account)
{
    setObjectName(QStringLiteral("account:") + account.address);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Account %1").arg(account.address));
    auto *grid = new QGridLayout(this);
    grid->setColumnStretch(0, 1);

    auto *who = new QLabel(this);
    who->setTextFormat(Qt::PlainText);
    who->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = who->font();
    bold.setBold(true);
    who->setFont(bold);
    const bool showName = !account.displayName.isEmpty() && account.displayName != account.address;
    who->setText(showName ? tr("%1 (%2)").arg(account.address, account.displayName) : account.address);
    grid->addWidget(who, 0, 0);

    const bool local = isLocal(account.provider);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("state"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    if (local) {
        m_state->setText(tr("%1 · kept on this computer").arg(providerName(account.provider)));
    } else {
        m_state->setText(tr("%1 · %2").arg(providerName(account.provider), stateText(account.state)));
        QPalette p = m_state->palette();
        p.setColor(QPalette::WindowText, stateColour(account.state));
        m_state->setPalette(p);
    }
    grid->addWidget(m_state, 1, 0);

    const QLocale locale;
    const QString lastSync =
        account.lastSyncMs == 0
            ? tr("Last sync: never")
            : tr("Last sync: %1")
                  .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(account.lastSyncMs), QLocale::ShortFormat));
    const QString count = account.messages == 1 ? tr("one message stored")
                                                : tr("%1 messages stored").arg(locale.toString(account.messages));
    auto *facts = new QLabel(local ? count : tr("%1 · %2").arg(lastSync, count), this);
    facts->setObjectName(QStringLiteral("facts"));
    grid->addWidget(facts, 2, 0);

    if (!local && account.state != AccountState::Connected && !account.stateDetail.isEmpty()) {
        auto *detail = new QLabel(account.stateDetail, this);
        detail->setObjectName(QStringLiteral("detail"));
        detail->setTextFormat(Qt::PlainText);
        detail->setWordWrap(true);
        detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(detail, 3, 0);
    }

    // Addresses and provider names would otherwise set the side by their own (left to
    // right) script: in a right-to-left layout the card's text starts on the right.
    const Qt::Alignment side = Qt::AlignAbsolute | (isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft);
    for (QLabel *label : findChildren<QLabel *>())
        label->setAlignment(side | Qt::AlignVCenter);

    if (local)
        return;
    auto *buttons = new QVBoxLayout;
    if (account.state != AccountState::Connected) {
        m_reauthorize = new QPushButton(
            account.state == AccountState::Disconnected ? tr("Re&connect…") : tr("Re-&authorize…"), this);
        m_reauthorize->setObjectName(QStringLiteral("reauthorize"));
        m_reauthorize->setToolTip(tr("Sign in to %1 again in your browser.").arg(account.address));
        connect(m_reauthorize, &QPushButton::clicked, this, &AccountCard::reauthorizeRequested);
        buttons->addWidget(m_reauthorize);
    }
    m_disconnect =
        new QPushButton(account.state == AccountState::Disconnected ? tr("&Remove…") : tr("&Disconnect…"), this);
    m_disconnect->setObjectName(QStringLiteral("disconnect"));
    connect(m_disconnect, &QPushButton::clicked, this, &AccountCard::disconnectRequested);
    buttons->addWidget(m_disconnect);
    buttons->addStretch();
    grid->addLayout(buttons, 0, 1, 4, 1);
}

void AccountCard::setActionsEnabled(bool enabled, const QString &whyNot)
{
    for (QPushButton *b : {m_reauthorize, m_disconnect}) {
        if (!b)
            continue;
        b->setEnabled(enabled);
        if (b == m_reauthorize)
            b->setToolTip(enabled ? tr("Sign in to %1 again in your browser.").arg(m_account.address) : whyNot);
        else
            b->setToolTip(enabled ? QString() : whyNot);
    }
}

} // namespace em::ui
