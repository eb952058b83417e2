#include "desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <QVariantMap>

#include <utility>

namespace em::ui {

Q_LOGGING_CATEGORY(lcNotify, "emailmanager.ui.notify")

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
const QString kDefaultAction = QStringLiteral("default");
constexpr int kCallTimeoutMs = 10000;
constexpr int kMaxSubject = 160; // the rest is elided: a notification is a glance, not the message

// The body may hold markup: only &, < and > are special there (no attributes are written).
QString escapeMarkup(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == u'&')
            out += QLatin1String("&amp;");
        else if (c == u'<')
            out += QLatin1String("&lt;");
        else if (c == u'>')
            out += QLatin1String("&gt;");
        else
            out += c;
    }
    return out;
}

QString senderOf(const NewMail &m)
{
    QString name = m.fromName.simplified();
    if (!name.isEmpty())
        return name;
    QString address = m.fromAddress.simplified();
    if (!address.isEmpty())
        return address;
    return DesktopNotifier::tr("Unknown sender");
}

QString subjectOf(const NewMail &m)
{
    // A folded header can leave line breaks and tabs: one line per message.
    QString subject = m.subject.simplified();
    if (subject.isEmpty())
        return DesktopNotifier::tr("(no subject)");
    if (subject.size() > kMaxSubject) {
        subject.truncate(kMaxSubject);
        if (subject.back().isHighSurrogate())
            subject.chop(1);
        subject += QChar(0x2026);
    }
    return subject;
}

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent) : QObject(parent)
{}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled)
        m_queued.clear();
}

QString DesktopNotifier::summaryFor(const QList<NewMail> &mails)
{
    if (mails.size() == 1)
        return senderOf(mails.first());
    return tr("%n new messages", "", int(mails.size()));
}

QString DesktopNotifier::bodyFor(const QList<NewMail> &mails)
{
    if (mails.isEmpty())
        return {};
    if (mails.size() == 1)
        return escapeMarkup(subjectOf(mails.first()));
    QStringList lines;
    const int shown = int(qMin<qsizetype>(mails.size(), kMaxLines));
    for (int i = 0; i < shown; ++i)
        lines.append(escapeMarkup(tr("%1: %2", "sender: subject").arg(senderOf(mails[i]), subjectOf(mails[i]))));
    if (mails.size() > shown)
        lines.append(escapeMarkup(tr("and %n more", "", int(mails.size() - shown))));
    return lines.join(u'\n');
}

void DesktopNotifier::notifyNewMail(const QList<NewMail> &mails)
{
    if (!m_enabled || mails.isEmpty())
        return;
    if (m_pending) {
        // The id of the notification on screen is not known yet: wait for it, so that this
        // batch replaces that notification instead of stacking a second one.
        m_queued = mails + m_queued;
        return;
    }
    send(mails);
}

void DesktopNotifier::send(const QList<NewMail> &mails)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCInfo(lcNotify) << "no session bus:" << bus.lastError().message();
        reportUnavailable(tr("New mail cannot be announced on the desktop: there is no session bus."));
        return;
    }
    if (!m_subscribed) {
        // Bus signals reach only string-named slots; see the header.
        const bool invoked = bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                                         SLOT(onActionInvoked(uint, QString)));
        const bool closed = bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                                        SLOT(onNotificationClosed(uint, uint)));
        m_subscribed = invoked && closed;
        if (!m_subscribed)
            qCWarning(lcNotify) << "cannot follow the notification service's signals:" << bus.lastError().message();
    }

    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("email-manager"));
    hints.insert(QStringLiteral("category"), QStringLiteral("email.arrived"));
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(1))); // normal; a byte by the specification
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    call << tr("Email Manager")                     // app_name
         << m_id                                    // replaces_id
         << QStringLiteral("email-manager")         // app_icon
         << summaryFor(mails)                       // summary (plain text)
         << bodyFor(mails)                          // body (markup, escaped)
         << QStringList{kDefaultAction, tr("Open")} // actions
         << hints                                   // hints a{sv}
         << -1;                                     // expire_timeout: the server's
    m_pending = new QDBusPendingCallWatcher(bus.asyncCall(call, kCallTimeoutMs), this);
    const qint64 newest = mails.first().messageId;
    connect(m_pending, &QDBusPendingCallWatcher::finished, this,
            [this, newest](QDBusPendingCallWatcher *w) { onReply(w, newest); });
}

void DesktopNotifier::onReply(QDBusPendingCallWatcher *call, qint64 newest)
{
    call->deleteLater();
    if (call == m_pending)
        m_pending = nullptr;
    const QDBusPendingReply<uint> reply = *call;
    if (reply.isError()) {
        const QDBusError error = reply.error();
        qCInfo(lcNotify) << "the notification service did not answer:" << error.name() << error.message();
        m_id = 0;
        reportUnavailable(tr("New mail cannot be announced on the desktop: no notification service is running."));
    } else {
        m_id = reply.value();
        m_newest = newest;
        m_reported = false;
    }
    if (!m_queued.isEmpty() && m_enabled) {
        const QList<NewMail> next = std::exchange(m_queued, {});
        send(next);
    }
}

void DesktopNotifier::reportUnavailable(const QString &why)
{
    if (m_reported)
        return;
    m_reported = true;
    Q_EMIT unavailable(why);
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    // The signal reaches every client of the service: only this notification's click counts.
    if (id == 0 || id != m_id || actionKey != kDefaultAction)
        return;
    Q_EMIT activated(m_newest);
}

void DesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    // Gone from the screen: the next batch is a new notification (a replaced one that is no
    // longer shown would not be seen by the user on some servers).
    if (id != 0 && id == m_id)
        m_id = 0;
}

} // namespace em::ui
