#pragma once

#include <QString>
#include <QUrl>

namespace em::test {

// Plays the user's browser on the emulator's consent page over real HTTP: loads the
// authorization URL, picks the account, presses Allow or Deny, and follows the redirect
// to the app's loopback listener. For tests that are not about the browser itself (the
// end-to-end test uses a real Chromium).
struct ConsentOutcome
{
    bool ok = false;
    QString error;       // what went wrong on the way, when !ok
    QUrl redirect;       // where the consent page sent the browser
    int finalStatus = 0; // the loopback listener's HTTP status
    QString finalPage;   // the loopback listener's page
};

// With follow = false the redirect is returned but not visited (to tamper with it).
// `granted`: the permissions left ticked (null: all that were asked for).
ConsentOutcome answerConsent(const QUrl &authorizationUrl, const QString &user, bool allow = true, bool follow = true,
                             int timeoutMs = 20000, const QString &granted = QString());

// One plain GET over a fresh connection (e.g. a forged redirect to a listener).
struct PlainResponse
{
    int status = 0;
    QString body;
    QString error;
};
PlainResponse httpGet(const QUrl &url, int timeoutMs = 10000);

} // namespace em::test
