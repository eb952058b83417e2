#pragma once

#include <QIcon>
#include <QImage>
#include <QObject>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace em::ui {

// The unread count in the system tray: the app's icon with a badge, a tooltip that says
// the count in words, a click that brings the window back, and a small menu (show, get
// mail, quit). Hidden until setEnabled(true), and always on a desktop without a tray
// (isAvailable() tells which). The signals are requests: the composition root decides what
// showing the window, getting mail and quitting mean.
class UnreadTray : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxShownCount = 99; // above: "99+"

    // `icon`: the app's icon; a null icon takes QApplication::windowIcon(), then the theme's
    // "email-manager", then a painted envelope.
    explicit UnreadTray(const QIcon &icon = {}, QObject *parent = nullptr);
    ~UnreadTray() override;

    // Whether the desktop has a tray at all (asked again on every call).
    static bool isAvailable();
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    bool isVisible() const;

    int unreadCount() const { return m_count; }
    void setUnreadCount(int count);

    QString toolTip() const;
    const QIcon &baseIcon() const { return m_base; }

    // `icon` at size x size pixels with `count` drawn in a badge (none when count <= 0).
    static QImage renderBadge(const QIcon &icon, int count, int size);
    static QString badgeText(int count);
    static QIcon fallbackIcon(); // an envelope, for a desktop without the app's icon

    QSystemTrayIcon *trayIcon() const { return m_tray; }
    QMenu *menu() const { return m_menu.get(); }
    QAction *showAction() const { return m_show; }
    QAction *getMailAction() const { return m_getMail; }
    QAction *quitAction() const { return m_quit; }

Q_SIGNALS:
    void showWindowRequested();
    void getMailRequested();
    void quitRequested();

private:
    void refresh();
    void applyVisibility();

    QIcon m_base;
    std::unique_ptr<QMenu> m_menu; // a QMenu has no QObject parent here: it is a top-level widget
    QSystemTrayIcon *m_tray;
    QAction *m_show;
    QAction *m_getMail;
    QAction *m_quit;
    int m_count = 0;
    bool m_enabled = false;
};

} // namespace em::ui
