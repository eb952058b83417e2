#pragma once

// The fixture of the Gmail API conformance tests: a sandbox with two Gmail users and one
// Outlook user, and calls whose JSON answers are checked against the discovery document.
#include "gmailschema.h"
#include "mime/mimebuilder.h"
#include "mime/mimeparser.h"
#include "sandboxclient.h"
#include "testsupport.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

#include <gtest/gtest.h>

namespace em::test {

// Test code only: the fixture reads more easily without sandbox:: everywhere.
using namespace em::sandbox;

inline const QString kAlice = QStringLiteral("alice.sandbox@gmail.com");
inline const QString kCarol = QStringLiteral("carol.sandbox@gmail.com");
inline const QString kBob = QStringLiteral("bob.sandbox@outlook.com");
inline const QString kBase = QStringLiteral("/gmail/v1/users/me/");

inline SandboxOptions options(int messages = 30)
{
    SandboxOptions o;
    o.messagesPerMailbox = messages;
    o.users = {{kAlice, Provider::Google, QStringLiteral("Alice Sandbox")},
               {kCarol, Provider::Google, QStringLiteral("Carol Sandbox")},
               {kBob, Provider::Microsoft, QStringLiteral("Bob Sandbox")}};
    return o;
}

inline QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding);
}

inline QByteArray fromB64url(const QJsonValue &v)
{
    return QByteArray::fromBase64(v.toString().toLatin1(), QByteArray::Base64UrlEncoding);
}

inline QByteArray simpleMessage(const QString &to, const QString &subject, const QByteArray &extraHeaders = {})
{
    return "From: Alice Sandbox <alice.sandbox@gmail.com>\r\nTo: " + to.toUtf8() + "\r\nSubject: " + subject.toUtf8() +
           "\r\n" + extraHeaders + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
           "Hello from the test, it's " + subject.toUtf8() + ".\r\n";
}

inline QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return out;
}

class SandboxGmail : public ::testing::Test
{
protected:
    explicit SandboxGmail(int messages = 30) : sandbox(options(messages)), client(sandbox)
    {
        token = client.accessToken(kAlice);
    }

    // A call that must answer `status`; JSON answers are checked against the method's schema.
    QJsonObject call(const QByteArray &method, const QString &path, const QString &methodId, int status = 200,
                     const QByteArray &body = {}, const QString &withToken = {})
    {
        last = client.send(method, path.startsWith(u'/') ? path : kBase + path, withToken.isEmpty() ? token : withToken,
                           body);
        EXPECT_EQ(last.status, status) << method.constData() << ' ' << path.toStdString() << " -> "
                                       << last.body.left(400).toStdString();
        const QJsonObject json = SandboxClient::json(last);
        if (last.status == 200 && !methodId.isEmpty()) {
            const QStringList problems = schema.check(QStringLiteral("gmail.users.") + methodId, json);
            EXPECT_TRUE(problems.isEmpty()) << methodId.toStdString() << ": " << problems.join(u'\n').toStdString();
        } else if (last.status >= 400) {
            expectErrorShape(json, last.status);
        }
        return json;
    }
    QJsonObject get(const QString &path, const QString &methodId, int status = 200)
    {
        return call("GET", path, methodId, status);
    }
    QJsonObject post(const QString &path, const QString &methodId, const QJsonObject &body, int status = 200)
    {
        return call("POST", path, methodId, status, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    // Google's error body, exactly: {"error":{"code","message","errors":[{domain,reason,message}],"status"}}.
    static void expectErrorShape(const QJsonObject &json, int status)
    {
        const QJsonObject e = json.value(QStringLiteral("error")).toObject();
        ASSERT_EQ(json.size(), 1);
        EXPECT_EQ(e.size(), 4);
        EXPECT_EQ(e.value(QStringLiteral("code")).toInt(), status);
        EXPECT_FALSE(e.value(QStringLiteral("message")).toString().isEmpty());
        EXPECT_FALSE(e.value(QStringLiteral("status")).toString().isEmpty());
        const QJsonArray errors = e.value(QStringLiteral("errors")).toArray();
        ASSERT_EQ(errors.size(), 1);
        const QJsonObject first = errors.first().toObject();
        EXPECT_EQ(first.value(QStringLiteral("domain")).toString(), QStringLiteral("global"));
        EXPECT_FALSE(first.value(QStringLiteral("reason")).toString().isEmpty());
        EXPECT_EQ(first.value(QStringLiteral("message")), e.value(QStringLiteral("message")));
    }
    QString reason() const
    {
        return SandboxClient::json(last)
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("errors"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("reason"))
            .toString();
    }
    QString errorStatus() const
    {
        return SandboxClient::json(last)
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("status"))
            .toString();
    }
    QString tokenWithScopes(const QStringList &scopes)
    {
        return client.authorize(kAlice, Provider::Google, scopes).value(QStringLiteral("access_token")).toString();
    }
    Mailbox &alice() { return *sandbox.mailbox(kAlice); }
    QString anyInboxMessage()
    {
        for (const StoredMessage &m : alice().messages())
            if (m.labels.contains(QStringLiteral("INBOX")))
                return m.id;
        return {};
    }

    Sandbox sandbox;
    SandboxClient client;
    em::test::GmailSchema schema;
    QString token;
    HttpResponse last;
};

} // namespace em::test
