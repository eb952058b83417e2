#pragma once

#include "store/types.h"

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace em::ui {

// Asks before an account is disconnected, and whether its mail stored on this computer
// goes too (not by default: mail is never deleted without being asked for). A
// disconnected account can only be removed, which deletes its mail.
class DisconnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DisconnectDialog(const store::AccountRow &account, QWidget *parent = nullptr);

    bool deleteLocalMail() const;
    QCheckBox *deleteCheckBox() const { return m_delete; }
    QPushButton *confirmButton() const { return m_confirm; }

private:
    QCheckBox *m_delete = nullptr;
    QPushButton *m_confirm = nullptr;
    bool m_removeOnly = false;
};

} // namespace em::ui
