#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <QWebSocket>

#include <functional>
#include <optional>

namespace em::test {

// A headless Chromium driven over the Chrome DevTools Protocol, so that end-to-end tests can
// click through real pages (the emulator's consent page) with a real browser. Each call runs
// a local event loop until its answer or its timeout, so servers living in the test's thread
// keep serving meanwhile. Runs /usr/bin/chromium, or the program named by EM_CHROMIUM, with a
// throwaway profile. Test code only: not thread-safe, one page.
class ChromiumDriver
{
public:
    ChromiumDriver();
    ~ChromiumDriver(); // closes the browser (Browser.close, then kill) and waits for it
    ChromiumDriver(const ChromiumDriver &) = delete;
    ChromiumDriver &operator=(const ChromiumDriver &) = delete;

    // Starts the browser and attaches to a fresh blank page.
    bool start(QString *error, int timeoutMs = 30000);
    // Navigates the page and waits until the new document has loaded.
    bool open(const QUrl &url, QString *error, int timeoutMs = 15000);
    // The value of a JavaScript expression in the page (promises are awaited); undefined
    // and on error an undefined value, with *error set.
    QJsonValue evaluate(const QString &js, QString *error, int timeoutMs = 10000);
    // Polls a JavaScript expression until it is truthy. Errors while polling (a page being
    // replaced) count as "not yet"; the timeout message names the last one and the URL.
    bool waitFor(const QString &jsPredicate, int timeoutMs, QString *error);
    // The page's URL as the browser sees it (also during a navigation); empty on failure.
    QString currentUrl();
    // The tail of Chromium's own output, for failure messages.
    QString browserLog() const;

private:
    std::optional<QJsonObject> call(const QString &method, const QJsonObject &params, bool onPage, int timeoutMs,
                                    QString *error);
    bool spin(const std::function<bool()> &done, int timeoutMs);
    void readOutput();
    QUrl devToolsUrl();
    bool fail(QString *error, const QString &message) const;

    QTemporaryDir m_profile;
    QProcess m_process;
    QWebSocket m_socket;
    QByteArray m_output; // the last few kilobytes of the browser's stdout and stderr
    QHash<int, QJsonObject> m_replies;
    int m_lastId = 0;
    QString m_targetId;
    QString m_sessionId;
};

} // namespace em::test
