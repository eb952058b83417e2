#include "trayicon.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QSystemTrayIcon>

namespace em::ui {

namespace {

// The sizes trays ask for (panels of 16 to 64 pixels), each drawn on its own so that the
// badge's text is sharp and in proportion at every one.
constexpr int kIconSizes[] = {16, 22, 24, 32, 48, 64};

QIcon iconWithBadge(const QIcon &base, int count)
{
    QIcon icon;
    for (int size : kIconSizes)
        icon.addPixmap(QPixmap::fromImage(UnreadTray::renderBadge(base, count, size)));
    return icon;
}

} // namespace

UnreadTray::UnreadTray(const QIcon &icon, QObject *parent)
    : QObject(parent), m_base(icon), m_menu(std::make_unique<QMenu>()), m_tray(new QSystemTrayIcon(this))
{
    if (m_base.isNull())
        m_base = QApplication::windowIcon();
    if (m_base.isNull())
        m_base = QIcon::fromTheme(QStringLiteral("email-manager"), fallbackIcon());

    m_show = m_menu->addAction(tr("&Show Email Manager"));
    m_getMail = m_menu->addAction(tr("&Get mail"));
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("&Quit"));
    connect(m_show, &QAction::triggered, this, &UnreadTray::showWindowRequested);
    connect(m_getMail, &QAction::triggered, this, &UnreadTray::getMailRequested);
    connect(m_quit, &QAction::triggered, this, &UnreadTray::quitRequested);
    m_tray->setContextMenu(m_menu.get());
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showWindowRequested();
    });
    refresh();
}

UnreadTray::~UnreadTray()
{
    // The tray entry goes before the menu it points to.
    delete m_tray;
    m_tray = nullptr;
}

bool UnreadTray::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void UnreadTray::setEnabled(bool enabled)
{
    m_enabled = enabled;
    applyVisibility();
}

bool UnreadTray::isVisible() const
{
    return m_tray->isVisible();
}

void UnreadTray::setUnreadCount(int count)
{
    count = qMax(0, count);
    if (count != m_count) {
        m_count = count;
        refresh();
    }
    // A tray that appeared after start-up (the panel restarted) shows the icon now.
    applyVisibility();
}

QString UnreadTray::toolTip() const
{
    if (m_count == 0)
        return tr("Email Manager — no unread mail");
    return tr("Email Manager — %n unread", "", m_count);
}

void UnreadTray::refresh()
{
    m_tray->setIcon(iconWithBadge(m_base, m_count));
    m_tray->setToolTip(toolTip());
}

void UnreadTray::applyVisibility()
{
    const bool show = m_enabled && isAvailable();
    if (show != m_tray->isVisible())
        m_tray->setVisible(show);
}

QString UnreadTray::badgeText(int count)
{
    if (count <= 0)
        return {};
    if (count > kMaxShownCount)
        return tr("%1+", "more unread messages than the badge shows").arg(kMaxShownCount);
    return QString::number(count);
}

QImage UnreadTray::renderBadge(const QIcon &icon, int count, int size)
{
    if (size <= 0)
        return {};
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform | QPainter::TextAntialiasing);
    icon.paint(&p, QRect(0, 0, size, size));
    const QString text = badgeText(count);
    if (text.isEmpty())
        return image;

    // A red pill in the top corner with the count in white bold, outlined so that it stands
    // out on any icon and panel colour; wider for two and three characters, never wider than
    // the icon.
    QFont font = QApplication::font();
    font.setBold(true);
    font.setPixelSize(qMax(6, qRound(size * (text.size() > 2 ? 0.36 : 0.46))));
    const QFontMetricsF metrics(font);
    const qreal height = qMax<qreal>(metrics.height() * 0.9, size * 0.5);
    const qreal width = qMin<qreal>(size, qMax(height, metrics.horizontalAdvance(text) + size * 0.16));
    const QRectF pill(size - width, 0, width, height);
    const qreal outline = qMax<qreal>(1.0, size / 32.0);
    p.setPen(QPen(QColor(255, 255, 255), outline));
    p.setBrush(QColor(0xd9, 0x30, 0x25));
    const QRectF inside = pill.adjusted(outline / 2, outline / 2, -outline / 2, -outline / 2);
    p.drawRoundedRect(inside, inside.height() / 2, inside.height() / 2);
    p.setFont(font);
    p.setPen(QColor(255, 255, 255));
    p.drawText(pill, Qt::AlignCenter, text);
    return image;
}

QIcon UnreadTray::fallbackIcon()
{
    // An envelope drawn at 64 pixels (QIcon scales it down for small trays).
    QImage image(64, 64, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF body(6, 14, 52, 36);
    p.setPen(QPen(QColor(0x3c, 0x40, 0x43), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(QColor(0xf8, 0xf9, 0xfa));
    p.drawRoundedRect(body, 4, 4);
    QPainterPath flap;
    flap.moveTo(body.left() + 2, body.top() + 3);
    flap.lineTo(body.center().x(), body.top() + 22);
    flap.lineTo(body.right() - 2, body.top() + 3);
    p.setBrush(Qt::NoBrush);
    p.drawPath(flap);
    p.end();
    return QIcon(QPixmap::fromImage(image));
}

} // namespace em::ui
