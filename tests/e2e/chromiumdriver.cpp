#include "chromiumdriver.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

#include <unistd.h>

namespace em::test {

namespace {
constexpr qsizetype kOutputKept = 4096;
constexpr int kCallTimeoutMs = 10000;
} // namespace

ChromiumDriver::ChromiumDriver()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardInputFile(QProcess::nullDevice());
    // Drained as it comes: a browser blocked on a full pipe would look like a hang.
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] { readOutput(); });
    QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket, [this](const QString &text) {
        const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
        if (message.contains(QLatin1String("id")))
            m_replies.insert(message.value(QLatin1String("id")).toInt(), message);
    });
}

ChromiumDriver::~ChromiumDriver()
{
    if (m_process.state() != QProcess::NotRunning) {
        QString ignored;
        if (m_socket.state() == QAbstractSocket::ConnectedState)
            call(QStringLiteral("Browser.close"), {}, false, 5000, &ignored);
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    m_socket.disconnect();
    m_process.disconnect();
    m_socket.abort();
}

bool ChromiumDriver::fail(QString *error, const QString &message) const
{
    if (error)
        *error = message;
    return false;
}

QString ChromiumDriver::browserLog() const
{
    return QString::fromLocal8Bit(m_output);
}

void ChromiumDriver::readOutput()
{
    m_output += m_process.readAllStandardOutput();
    if (m_output.size() > 2 * kOutputKept)
        m_output = m_output.right(kOutputKept);
}

bool ChromiumDriver::spin(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    auto check = [&] {
        if (done())
            loop.quit();
    };
    QTimer poll; // for what sends no signal (a file appearing, a socket's state)
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &loop, check);
    QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &loop, check);
    QObject::connect(&m_process, &QProcess::finished, &loop, check);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return done();
}

QUrl ChromiumDriver::devToolsUrl()
{
    // Chromium writes the port and the browser's path once it listens; older builds only say
    // so on stderr.
    QFile file(m_profile.filePath(QStringLiteral("DevToolsActivePort")));
    if (file.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = file.readAll().split('\n');
        bool ok = false;
        const int port = lines.value(0).trimmed().toInt(&ok);
        if (ok && port > 0 && lines.value(1).startsWith('/'))
            return QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(port).arg(QString::fromLatin1(lines[1].trimmed())));
    }
    static const QRegularExpression listening(QStringLiteral("DevTools listening on (ws://\\S+)"));
    const QRegularExpressionMatch m = listening.match(browserLog());
    return m.hasMatch() ? QUrl(m.captured(1)) : QUrl();
}

bool ChromiumDriver::start(QString *error, int timeoutMs)
{
    if (!m_profile.isValid())
        return fail(error, QStringLiteral("cannot create a profile folder: ") + m_profile.errorString());
    const QString program = qEnvironmentVariable("EM_CHROMIUM", QStringLiteral("/usr/bin/chromium"));
    QStringList args{QStringLiteral("--headless=new"), QStringLiteral("--disable-gpu"),
                     QStringLiteral("--no-first-run"), QStringLiteral("--no-default-browser-check"),
                     QStringLiteral("--disable-extensions"),
                     // Nothing here reaches the internet; and the keyring is the app's, not the browser's.
                     QStringLiteral("--disable-background-networking"), QStringLiteral("--disable-component-update"),
                     QStringLiteral("--password-store=basic"), QStringLiteral("--user-data-dir=") + m_profile.path(),
                     QStringLiteral("--remote-debugging-port=0")};
    if (::geteuid() == 0) // Chromium refuses to start its sandbox as root
        args << QStringLiteral("--no-sandbox");
    args << QStringLiteral("about:blank");
    QElapsedTimer clock;
    clock.start();
    m_process.start(program, args);
    if (!m_process.waitForStarted(timeoutMs))
        return fail(error, QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString()));

    QUrl url;
    spin([&] { return (url = devToolsUrl()).isValid() || m_process.state() == QProcess::NotRunning; },
         timeoutMs - int(clock.elapsed()));
    if (!url.isValid()) {
        readOutput();
        const QString why = m_process.state() == QProcess::NotRunning
                                ? QStringLiteral("%1 exited with status %2 before opening DevTools")
                                      .arg(program)
                                      .arg(m_process.exitCode())
                                : QStringLiteral("%1 did not open DevTools within %2 ms").arg(program).arg(timeoutMs);
        return fail(error, why + QStringLiteral("; its output ends with:\n") + browserLog());
    }

    m_socket.open(url);
    spin(
        [&] {
            return m_socket.state() == QAbstractSocket::ConnectedState ||
                   m_socket.state() == QAbstractSocket::UnconnectedState;
        },
        qMax(1000, timeoutMs - int(clock.elapsed())));
    if (m_socket.state() != QAbstractSocket::ConnectedState)
        return fail(error, QStringLiteral("cannot connect to DevTools at %1: %2 (state %3)")
                               .arg(url.toString(), m_socket.errorString())
                               .arg(int(m_socket.state())));

    // A page of our own, driven through a session on the browser's connection: the session
    // survives navigations that move the page to another renderer.
    const auto target = call(QStringLiteral("Target.createTarget"),
                             {{QStringLiteral("url"), QStringLiteral("about:blank")}}, false, kCallTimeoutMs, error);
    if (!target)
        return false;
    m_targetId = target->value(QLatin1String("targetId")).toString();
    const auto session = call(QStringLiteral("Target.attachToTarget"),
                              {{QStringLiteral("targetId"), m_targetId}, {QStringLiteral("flatten"), true}}, false,
                              kCallTimeoutMs, error);
    if (!session)
        return false;
    m_sessionId = session->value(QLatin1String("sessionId")).toString();
    return true;
}

std::optional<QJsonObject> ChromiumDriver::call(const QString &method, const QJsonObject &params, bool onPage,
                                                int timeoutMs, QString *error)
{
    if (m_socket.state() != QAbstractSocket::ConnectedState) {
        fail(error, QStringLiteral("%1: not connected to the browser (%2)").arg(method, m_socket.errorString()));
        return std::nullopt;
    }
    const int id = ++m_lastId;
    QJsonObject message{
        {QStringLiteral("id"), id}, {QStringLiteral("method"), method}, {QStringLiteral("params"), params}};
    if (onPage)
        message.insert(QStringLiteral("sessionId"), m_sessionId);
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    if (!spin([&] { return m_replies.contains(id) || m_socket.state() != QAbstractSocket::ConnectedState; },
              timeoutMs)) {
        fail(error, QStringLiteral("%1: no answer within %2 ms").arg(method).arg(timeoutMs));
        return std::nullopt;
    }
    if (!m_replies.contains(id)) {
        readOutput();
        fail(error, QStringLiteral("%1: the browser closed the connection; its output ends with:\n%2")
                        .arg(method, browserLog()));
        return std::nullopt;
    }
    const QJsonObject reply = m_replies.take(id);
    if (reply.contains(QLatin1String("error"))) {
        fail(error,
             QStringLiteral("%1 failed: %2")
                 .arg(method,
                      reply.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString()));
        return std::nullopt;
    }
    return reply.value(QLatin1String("result")).toObject();
}

bool ChromiumDriver::open(const QUrl &url, QString *error, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    const auto navigated = call(QStringLiteral("Page.navigate"),
                                {{QStringLiteral("url"), url.toString(QUrl::FullyEncoded)}}, true, timeoutMs, error);
    if (!navigated)
        return false;
    const QString failure = navigated->value(QLatin1String("errorText")).toString();
    if (!failure.isEmpty())
        return fail(error, QStringLiteral("opening %1 failed: %2").arg(url.toString(), failure));
    // Page.navigate answers once the new document is committed: wait for it to load.
    return waitFor(QStringLiteral("document.readyState === 'complete'"), qMax(100, timeoutMs - int(clock.elapsed())),
                   error);
}

QJsonValue ChromiumDriver::evaluate(const QString &js, QString *error, int timeoutMs)
{
    const auto reply = call(QStringLiteral("Runtime.evaluate"),
                            {{QStringLiteral("expression"), js},
                             {QStringLiteral("returnByValue"), true},
                             {QStringLiteral("awaitPromise"), true}},
                            true, timeoutMs, error);
    if (!reply)
        return QJsonValue(QJsonValue::Undefined);
    if (reply->contains(QLatin1String("exceptionDetails"))) {
        const QJsonObject details = reply->value(QLatin1String("exceptionDetails")).toObject();
        const QString description =
            details.value(QLatin1String("exception")).toObject().value(QLatin1String("description")).toString();
        fail(error,
             QStringLiteral("`%1` threw: %2")
                 .arg(js, description.isEmpty() ? details.value(QLatin1String("text")).toString() : description));
        return QJsonValue(QJsonValue::Undefined);
    }
    if (error)
        error->clear();
    return reply->value(QLatin1String("result")).toObject().value(QLatin1String("value"));
}

bool ChromiumDriver::waitFor(const QString &jsPredicate, int timeoutMs, QString *error)
{
    QElapsedTimer clock;
    clock.start();
    QString last;
    for (;;) {
        const int left = timeoutMs - int(clock.elapsed());
        QString why;
        const QJsonValue value =
            evaluate(QStringLiteral("!!(%1)").arg(jsPredicate), &why, qBound(100, left, kCallTimeoutMs));
        if (why.isEmpty() && value.toBool())
            return true;
        last = why.isEmpty() ? QStringLiteral("false") : why;
        if (clock.elapsed() >= timeoutMs || m_process.state() == QProcess::NotRunning)
            break;
        spin([] { return false; }, qBound(1, timeoutMs - int(clock.elapsed()), 100));
    }
    return fail(error, QStringLiteral("waited %1 ms for `%2`: last result %3, page at %4")
                           .arg(timeoutMs)
                           .arg(jsPredicate, last, currentUrl()));
}

QString ChromiumDriver::currentUrl()
{
    QString ignored;
    const auto info = call(QStringLiteral("Target.getTargetInfo"), {{QStringLiteral("targetId"), m_targetId}}, false,
                           kCallTimeoutMs, &ignored);
    return info ? info->value(QLatin1String("targetInfo")).toObject().value(QLatin1String("url")).toString()
                : QString();
}

} // namespace em::test
