#include "disconnectdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace em::ui {

DisconnectDialog::DisconnectDialog(const store::AccountRow &account, QWidget *parent)
    : QDialog(parent), m_removeOnly(account.state == store::AccountState::Disconnected)
{
    setObjectName(QStringLiteral("disconnectDialog"));
    setWindowTitle(m_removeOnly ? tr("Remove account") : tr("Disconnect account"));
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(
        m_removeOnly ? tr("Remove %1?").arg(account.address) : tr("Disconnect %1?").arg(account.address), this);
    title->setTextFormat(Qt::PlainText);
    QFont big = title->font();
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);

    const QString messages = QLocale().toString(account.messages);
    auto *text = new QLabel(
        m_removeOnly
            ? tr("This account is already disconnected. Removing it deletes its %1 messages stored on this computer. "
                 "The mail on the server is not touched.")
                  .arg(messages)
            : tr("Email Manager stops syncing this account, asks the provider to revoke its access where it can, "
                 "and deletes the sign-in from this computer. The mail on the server is not touched."),
        this);
    text->setWordWrap(true);
    layout->addWidget(text);

    m_delete = new QCheckBox(tr("Also &delete the mail stored on this computer (%1 messages)").arg(messages), this);
    m_delete->setObjectName(QStringLiteral("deleteLocalMail"));
    m_delete->setChecked(false);
    m_delete->setVisible(!m_removeOnly);
    layout->addWidget(m_delete);
    auto *kept = new QLabel(tr("Unchecked, the mail stays readable and searchable here."), this);
    kept->setWordWrap(true);
    kept->setVisible(!m_removeOnly);
    layout->addWidget(kept);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(m_removeOnly ? tr("&Remove") : tr("D&isconnect"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirm"));
    // Cancel is the safe default for a destructive step.
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(460);
}

bool DisconnectDialog::deleteLocalMail() const
{
    return m_removeOnly || m_delete->isChecked();
}

} // namespace em::ui
