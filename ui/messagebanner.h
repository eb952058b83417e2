#pragma once

#include <QFrame>

class QLabel;

namespace em::ui {

// A one-message strip: an icon, a word that says what kind of message it is (so the kind
// is not told by colour alone) and the text. Hidden while empty.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Success, Warning, Error, Busy };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    void clear();

    Kind kind() const { return m_kind; }
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
    Kind m_kind = Kind::Info;
};

} // namespace em::ui
