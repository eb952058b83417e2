#include "consentbrowser.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

namespace em::test {

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QUrl location;
    QString error;
};

Answer run(QNetworkAccessManager &nam, const QUrl &url, const QByteArray *form, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = nullptr;
    if (form) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = nam.post(request, *form);
    } else {
        reply = nam.get(request);
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    a.location = url.resolved(reply->header(QNetworkRequest::LocationHeader).toUrl());
    if (a.status == 0)
        a.error = reply->errorString();
    reply->deleteLater();
    return a;
}

} // namespace

ConsentOutcome answerConsent(const QUrl &authorizationUrl, const QString &user, bool allow, bool follow, int timeoutMs,
                             const QString &granted)
{
    ConsentOutcome out;
    QNetworkAccessManager nam;
    const Answer page = run(nam, authorizationUrl, nullptr, timeoutMs);
    if (page.status != 200) {
        out.error = QStringLiteral("consent page: HTTP %1 %2 %3")
                        .arg(page.status)
                        .arg(page.error, QString::fromUtf8(page.body));
        return out;
    }
    static const QRegularExpression requestField(QStringLiteral("name=\"request\" value=\"([^\"]+)\""));
    const auto m = requestField.match(QString::fromUtf8(page.body));
    if (!m.hasMatch()) {
        out.error = QStringLiteral("no consent form on the page");
        return out;
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("request"), m.captured(1));
    form.addQueryItem(QStringLiteral("user"), user);
    form.addQueryItem(QStringLiteral("action"), allow ? QStringLiteral("allow") : QStringLiteral("deny"));
    if (!granted.isNull())
        form.addQueryItem(QStringLiteral("granted"), QString::fromLatin1(QUrl::toPercentEncoding(granted)));
    const QByteArray body = form.toString(QUrl::FullyEncoded).toUtf8();
    QUrl decision = authorizationUrl;
    decision.setPath(QStringLiteral("/o/oauth2/decision"));
    decision.setQuery(QString());
    const Answer decided = run(nam, decision, &body, timeoutMs);
    if (decided.status != 302) {
        out.error = QStringLiteral("decision: HTTP %1 %2").arg(decided.status).arg(QString::fromUtf8(decided.body));
        return out;
    }
    out.redirect = decided.location;
    if (!follow) {
        out.ok = true;
        return out;
    }
    const Answer landed = run(nam, decided.location, nullptr, timeoutMs);
    out.finalStatus = landed.status;
    out.finalPage = QString::fromUtf8(landed.body);
    out.ok = landed.status != 0;
    if (!out.ok)
        out.error = QStringLiteral("loopback listener: %1").arg(landed.error);
    return out;
}

PlainResponse httpGet(const QUrl &url, int timeoutMs)
{
    QNetworkAccessManager nam;
    const Answer a = run(nam, url, nullptr, timeoutMs);
    return {a.status, QString::fromUtf8(a.body), a.error};
}

} // namespace em::test
