#pragma once

// Shared by the Graph conformance tests: users, the CSDL validator and a fixture with
// one sandbox and one signed-in Graph user per test.
#include "graphschema.h"
#include "sandboxclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <gtest/gtest.h>

using namespace em::sandbox;
using em::test::SandboxClient;

namespace graphtest {

inline const QString kBob = QStringLiteral("bob.sandbox@outlook.com");
inline const QString kCarol = QStringLiteral("carol.sandbox@outlook.com");
inline const QString kAlice = QStringLiteral("alice.sandbox@gmail.com");
using Headers = QList<QPair<QByteArray, QByteArray>>;
inline const Headers kImmutable{{"Prefer", "IdType=\"ImmutableId\""}};

inline const em::test::GraphSchema &schema()
{
    static em::test::GraphSchema s = [] {
        em::test::GraphSchema loaded;
        QString error;
        EXPECT_TRUE(loaded.load(QStringLiteral(EM_SANDBOX_API_DIR "/graph-v1.0-mail-types.xml"), &error))
            << error.toStdString();
        return loaded;
    }();
    return s;
}

inline SandboxOptions options(int messages = 30)
{
    SandboxOptions o;
    o.seed = 7;
    o.messagesPerMailbox = messages;
    o.users = {{kAlice, Provider::Google, QStringLiteral("Alice Sandbox")},
               {kBob, Provider::Microsoft, QStringLiteral("Bob Sandbox")},
               {kCarol, Provider::Microsoft, QStringLiteral("Carol Sandbox")}};
    return o;
}

inline QString s(const QJsonValue &v)
{
    return v.toString();
}

// One sandbox and one signed-in Graph user per test, with helpers that check every
// resource the emulator returns against the CSDL types.
class GraphTest : public ::testing::Test
{
protected:
    GraphTest() : sandbox(options()), client(sandbox) { token = client.accessToken(kBob); }

    HttpResponse get(const QString &path, const Headers &headers = {})
    {
        return client.send("GET", path, token, {}, "application/json", headers);
    }
    HttpResponse send(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                      const Headers &headers = {})
    {
        return client.send(method, path, token, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(),
                           "application/json", headers);
    }
    static QJsonObject json(const HttpResponse &r) { return SandboxClient::json(r); }
    static QString errorCode(const HttpResponse &r)
    {
        return json(r).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
    void conforms(const QJsonObject &value, const QString &type)
    {
        const QStringList problems = schema().validate(value, type);
        EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
    }
    void conformsAll(const QJsonObject &page, const QString &type)
    {
        for (const QJsonValue &v : page.value(QStringLiteral("value")).toArray())
            conforms(v.toObject(), type);
    }
    // Follows @odata.nextLink to the end; returns every item.
    QJsonArray all(QString path, const Headers &headers = {})
    {
        QJsonArray out;
        for (int guard = 0; guard < 200 && !path.isEmpty(); ++guard) {
            const HttpResponse r = get(path, headers);
            EXPECT_EQ(r.status, 200) << r.body.toStdString();
            const QJsonObject page = json(r);
            for (const QJsonValue &v : page.value(QStringLiteral("value")).toArray())
                out.append(v);
            path = relative(page.value(QStringLiteral("@odata.nextLink")).toString());
        }
        return out;
    }
    QString relative(const QString &link) const
    {
        return link.isEmpty() ? QString() : link.mid(link.indexOf(QLatin1String("/v1.0/")));
    }
    Mailbox &bob() { return *sandbox.mailbox(kBob); }
    QString folder(const QString &wellKnown) { return bob().wellKnown(wellKnown)->id; }
    QStringList idsIn(Mailbox &m, const QString &folderId)
    {
        QStringList out;
        for (const StoredMessage &msg : m.messages())
            if (msg.labels.contains(folderId))
                out.append(msg.id);
        return out;
    }
    const StoredMessage *firstIn(const QString &folderId, bool withAttachment = false)
    {
        for (const StoredMessage &m : bob().messages())
            if (m.labels.contains(folderId) && (!withAttachment || m.raw.contains("Content-Disposition: attachment")))
                return &m;
        return nullptr;
    }

    Sandbox sandbox;
    SandboxClient client;
    QString token;
};

} // namespace graphtest

using namespace graphtest;
