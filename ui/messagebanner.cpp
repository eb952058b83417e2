#include "messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace em::ui {

MessageBanner::MessageBanner(QWidget *parent) : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::PlainText);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString word;
    QColor background, foreground;
    switch (kind) {
    case Kind::Info:
        word = tr("Note:");
        background = QColor(0xe8, 0xf0, 0xfe);
        foreground = QColor(0x1a, 0x3a, 0x6b);
        break;
    case Kind::Busy:
        word = tr("Please wait:");
        background = QColor(0xf1, 0xf3, 0xf4);
        foreground = QColor(0x30, 0x30, 0x30);
        break;
    case Kind::Success:
        icon = QStyle::SP_DialogApplyButton;
        word = tr("Success:");
        background = QColor(0xe6, 0xf4, 0xea);
        foreground = QColor(0x13, 0x5e, 0x2c);
        break;
    case Kind::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        word = tr("Warning:");
        background = QColor(0xfe, 0xf7, 0xe0);
        foreground = QColor(0x6b, 0x4a, 0x00);
        break;
    case Kind::Error:
        icon = QStyle::SP_MessageBoxCritical;
        word = tr("Error:");
        background = QColor(0xfc, 0xe8, 0xe6);
        foreground = QColor(0xa5, 0x0e, 0x0e);
        break;
    }
    QPalette p = palette();
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, foreground);
    setPalette(p);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_text->setText(word + u' ' + text);
    // Screen readers hear the kind and the message as one sentence.
    setAccessibleName(m_text->text());
    show();
}

void MessageBanner::clear()
{
    m_text->clear();
    setAccessibleName({});
    hide();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

} // namespace em::ui
