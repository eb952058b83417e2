// Microsoft Graph's JSON $batch both ways: requests the emulator and Graph accept, answers
// in any order, with ids missing, or broken. The answers have the shape Graph documents and
// tests/sandbox/graphbatch.cpp writes.
#include "providers/graph/graphbatch.h"
#include "providers/graph/graphjson.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace em::graph;

namespace {

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *s : items)
        out.append(QString::fromUtf8(s));
    return out;
}

// The checks tests/sandbox/graphbatch.cpp makes before running anything, and what real
// Graph documents: a JSON object with 1 to 20 requests, each with a unique id, a method
// and a relative url, and a Content-Type header when it has a body.
QString emulatorRefusal(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    const QJsonValue requests = doc.object().value(QStringLiteral("requests"));
    if (pe.error != QJsonParseError::NoError || !doc.isObject() || !requests.isArray())
        return QStringLiteral("Invalid batch payload format.");
    if (requests.toArray().size() > 20 || requests.toArray().isEmpty())
        return QStringLiteral("size");
    QStringList seen;
    for (const QJsonValue &v : requests.toArray()) {
        const QJsonObject o = v.toObject();
        if (!o.value(QStringLiteral("id")).isString())
            return QStringLiteral("id is not a string");
        const QString id = o.value(QStringLiteral("id")).toString();
        const QString url = o.value(QStringLiteral("url")).toString();
        if (id.isEmpty() || seen.contains(id) || o.value(QStringLiteral("method")).toString().isEmpty() ||
            url.isEmpty())
            return QStringLiteral("Each request needs a unique id, a method and a url.");
        if (!url.startsWith(u'/') || url.contains(QLatin1String("://")) || url.startsWith(QLatin1String("/v1.0")))
            return QStringLiteral("url not relative to the version root: ") + url;
        const QJsonValue headers = o.value(QStringLiteral("headers"));
        if (!headers.isUndefined() && !headers.isObject())
            return QStringLiteral("headers is not an object");
        bool contentType = false;
        const QJsonObject headerObject = headers.toObject();
        for (auto h = headerObject.begin(); h != headerObject.end(); ++h) {
            if (!h.value().isString())
                return QStringLiteral("header value is not a string");
            contentType = contentType || h.key().compare(QLatin1String("content-type"), Qt::CaseInsensitive) == 0;
        }
        if (o.contains(QStringLiteral("body")) && !contentType)
            return QStringLiteral("Content-Type header is required when a body is present.");
        seen.append(id);
    }
    return {};
}

QJsonObject requestAt(const QByteArray &json, int i)
{
    return QJsonDocument::fromJson(json).object().value(QStringLiteral("requests")).toArray().at(i).toObject();
}

QByteArray headerOf(const BatchAnswer &a, const QByteArray &name)
{
    for (const auto &[n, v] : a.headers)
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

} // namespace

TEST(GraphBatch, EncodesRequestsTheEmulatorAndGraphAccept)
{
    QList<BatchRequest> requests(5);
    requests[0].id = QStringLiteral("1");
    requests[0].method = "get";
    requests[0].url = QStringLiteral("/me/messages/AAMk1?$select=") + messageSelect();
    requests[0].headers = {{"Prefer", "IdType=\"ImmutableId\""}, {"prefer", "outlook.body-content-type=\"text\""}};
    requests[1].id = QStringLiteral("2");
    requests[1].method = "PATCH";
    requests[1].url = QStringLiteral("me/messages/AAMk2"); // no leading slash
    requests[1].body =
        QJsonObject{{QStringLiteral("isRead"), true},
                    {QStringLiteral("flag"), QJsonObject{{QStringLiteral("flagStatus"), QStringLiteral("flagged")}}}};
    requests[1].hasBody = true;
    requests[2].id = QStringLiteral("move-3");
    requests[2].method = "POST";
    requests[2].url = QStringLiteral("/me/messages/AAMk3/move");
    requests[2].body = QJsonObject{{QStringLiteral("destinationId"), QString::fromUtf8("ארכיון-档案")}};
    requests[2].hasBody = true;
    requests[2].headers = {{"content-type", "application/json"}};
    requests[3].id = QStringLiteral("4");
    requests[3].url = // a nextLink handed back whole
        QStringLiteral("https://graph.microsoft.com/v1.0/me/mailFolders/inbox/messages/delta?$skiptoken=ab%2Bc");
    requests[4].id = QStringLiteral("5");
    requests[4].method = "DELETE";
    requests[4].url = QStringLiteral("/v1.0/me/messages/AAMk5");

    const QByteArray json = encodeBatch(requests);
    EXPECT_EQ(emulatorRefusal(json), QString()) << json.toStdString();
    const QJsonArray encoded = QJsonDocument::fromJson(json).object().value(QStringLiteral("requests")).toArray();
    ASSERT_EQ(encoded.size(), 5);

    const QJsonObject r0 = requestAt(json, 0);
    EXPECT_EQ(r0.value(QStringLiteral("id")).toString(), QStringLiteral("1"));
    EXPECT_EQ(r0.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    EXPECT_EQ(r0.value(QStringLiteral("url")).toString(),
              QStringLiteral("/me/messages/AAMk1?$select=") + messageSelect());
    EXPECT_FALSE(r0.contains(QStringLiteral("body")));
    const QJsonObject h0 = r0.value(QStringLiteral("headers")).toObject();
    EXPECT_EQ(h0.size(), 1); // the two Prefer headers joined under the first spelling
    EXPECT_EQ(h0.value(QStringLiteral("Prefer")).toString(),
              QStringLiteral("IdType=\"ImmutableId\", outlook.body-content-type=\"text\""));

    const QJsonObject r1 = requestAt(json, 1);
    EXPECT_EQ(r1.value(QStringLiteral("url")).toString(), QStringLiteral("/me/messages/AAMk2"));
    EXPECT_EQ(r1.value(QStringLiteral("headers")).toObject().value(QStringLiteral("Content-Type")).toString(),
              QStringLiteral("application/json"));
    EXPECT_TRUE(r1.value(QStringLiteral("body")).toObject() == requests[1].body);

    const QJsonObject r2 = requestAt(json, 2);
    const QJsonObject h2 = r2.value(QStringLiteral("headers")).toObject();
    EXPECT_EQ(h2.size(), 1); // the caller's content-type, not a second one
    EXPECT_EQ(h2.value(QStringLiteral("content-type")).toString(), QStringLiteral("application/json"));
    EXPECT_EQ(r2.value(QStringLiteral("body")).toObject().value(QStringLiteral("destinationId")).toString(),
              QString::fromUtf8("ארכיון-档案"));

    const QJsonObject r3 = requestAt(json, 3);
    EXPECT_EQ(r3.value(QStringLiteral("method")).toString(), QStringLiteral("GET")); // empty method
    EXPECT_EQ(r3.value(QStringLiteral("url")).toString(),
              QStringLiteral("/me/mailFolders/inbox/messages/delta?$skiptoken=ab%2Bc"));
    EXPECT_FALSE(r3.contains(QStringLiteral("headers")));

    const QJsonObject r4 = requestAt(json, 4);
    EXPECT_EQ(r4.value(QStringLiteral("method")).toString(), QStringLiteral("DELETE"));
    EXPECT_EQ(r4.value(QStringLiteral("url")).toString(), QStringLiteral("/me/messages/AAMk5"));

    // A body that is an empty object is still a body, with its Content-Type.
    BatchRequest reply;
    reply.id = QStringLiteral("r");
    reply.method = "POST";
    reply.url = QStringLiteral("/me/messages/AAMk1/createReply");
    reply.hasBody = true;
    const QByteArray replyJson = encodeBatch({reply});
    EXPECT_EQ(emulatorRefusal(replyJson), QString());
    EXPECT_TRUE(requestAt(replyJson, 0).value(QStringLiteral("body")).isObject());
    // The refusal check itself catches what it should.
    EXPECT_FALSE(emulatorRefusal(R"J({"requests":[{"id":"1","method":"PATCH","url":"/me","body":{}}]})J").isEmpty());
    EXPECT_FALSE(emulatorRefusal(
                     R"J({"requests":[{"id":"1","method":"GET","url":"/me"},{"id":"1","method":"GET","url":"/me"}]})J")
                     .isEmpty());
    EXPECT_FALSE(
        emulatorRefusal(R"J({"requests":[{"id":"1","method":"GET","url":"https://graph.microsoft.com/v1.0/me"}]})J")
            .isEmpty());
}

TEST(GraphBatch, EncodesTwentyRequestsWithUniqueIds)
{
    QList<BatchRequest> requests;
    for (int i = 0; i < kMaxBatchRequests; ++i) {
        BatchRequest r;
        r.id = QString::number(i + 1);
        r.method = "GET";
        r.url = QStringLiteral("/me/messages/AAMk%1/$value").arg(i);
        requests.append(r);
    }
    const QByteArray json = encodeBatch(requests);
    EXPECT_EQ(emulatorRefusal(json), QString());
    const QJsonArray encoded = QJsonDocument::fromJson(json).object().value(QStringLiteral("requests")).toArray();
    ASSERT_EQ(encoded.size(), 20);
    for (int i = 0; i < 20; ++i) {
        EXPECT_EQ(encoded.at(i).toObject().value(QStringLiteral("id")).toString(), QString::number(i + 1));
        EXPECT_EQ(encoded.at(i).toObject().value(QStringLiteral("url")).toString(),
                  QStringLiteral("/me/messages/AAMk%1/$value").arg(i));
    }
    EXPECT_EQ(kMaxBatchRequests, 20);
}

TEST(GraphBatch, DecodesAnswersOutOfOrderWithAMissingId)
{
    // Graph's documented shape, in any order: a 204 with "body": null, a 429 with
    // Retry-After, an unknown id, an id answered twice, a non-JSON body as base64.
    const QByteArray answer = R"J({
      "responses": [
        {"id": "3", "status": 429, "headers": {"Retry-After": "7", "Content-Type": "application/json"},
         "body": {"error": {"code": "ApplicationThrottled", "message": "Application is over its MailboxConcurrency limit."}}},
        {"id": "9", "status": 200, "body": {"id": "stray"}},
        {"id": "1", "status": 200,
         "headers": {"Cache-Control": "private", "Content-Type": "application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8", "OData-Version": "4.0"},
         "body": {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('x')/messages/$entity",
                  "id": "AAMk1", "subject": "Ünïcödé 件名", "isRead": false, "conversationId": "c1"}},
        {"id": "1", "status": 500, "body": {"error": {"code": "late duplicate"}}},
        {"id": "5", "status": 200, "headers": {"Content-Type": "text/plain"}, "body": "UmVjZWl2ZWQ6IGZyb20="},
        {"id": 4, "status": 204, "headers": {}, "body": null}
      ]
    })J";
    const QStringList ids = strings({"1", "2", "3", "4", "5"});
    const auto r = decodeBatch(answer, ids);
    ASSERT_TRUE(r.ok()) << r.error();
    const QList<BatchAnswer> &a = r.value();
    ASSERT_EQ(a.size(), 5);

    EXPECT_EQ(a[0].status, 200);
    EXPECT_EQ(headerOf(a[0], "OData-Version"), "4.0");
    const auto message = decodeMessage(a[0].body);
    ASSERT_TRUE(message.ok()) << message.error();
    EXPECT_EQ(message.value().id, QStringLiteral("AAMk1"));
    EXPECT_EQ(message.value().subject, QString::fromUtf8("Ünïcödé 件名"));
    EXPECT_FALSE(a[0].body.contains('\n')); // compact

    EXPECT_EQ(a[1].status, 0); // no answer for "2"
    EXPECT_TRUE(a[1].body.isEmpty());
    EXPECT_TRUE(a[1].headers.isEmpty());

    EXPECT_EQ(a[2].status, 429);
    EXPECT_EQ(headerOf(a[2], "retry-after"), "7");
    EXPECT_EQ(decodeError(a[2].body).code, QStringLiteral("ApplicationThrottled"));

    EXPECT_EQ(a[3].status, 204); // a numeric id matches
    EXPECT_TRUE(a[3].body.isEmpty());

    EXPECT_EQ(a[4].status, 200);
    EXPECT_EQ(a[4].body, "\"UmVjZWl2ZWQ6IGZyb20=\""); // a JSON string literal
    EXPECT_EQ(
        QByteArray::fromBase64(QJsonDocument::fromJson("[" + a[4].body + "]").array().at(0).toString().toLatin1()),
        "Received: from");

    // The same ids in another order give the answers in that order.
    const auto reversed = decodeBatch(answer, strings({"5", "3", "1"}));
    ASSERT_TRUE(reversed.ok());
    ASSERT_EQ(reversed.value().size(), 3);
    EXPECT_EQ(reversed.value()[0].status, 200);
    EXPECT_EQ(reversed.value()[1].status, 429);
    EXPECT_EQ(reversed.value()[2].status, 200);
    EXPECT_TRUE(decodeMessage(reversed.value()[2].body).ok());
    // No ids: no answers.
    const auto none = decodeBatch(answer, {});
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none.value().isEmpty());
}

TEST(GraphBatch, DecodesTheEmulatorsAnswer)
{
    // graphbatch.cpp: in request order, "headers" always there, 424 for a failed dependency.
    const QByteArray answer = R"J({"responses":[
      {"id":"a","status":200,"headers":{"Content-Type":"application/json; charset=UTF-8"},
       "body":{"id":"AAMkX","isRead":true}},
      {"id":"b","status":404,"headers":{"Content-Type":"application/json; charset=UTF-8","request-id":"5f1c"},
       "body":{"error":{"code":"ErrorItemNotFound","message":"The specified object was not found in the store.",
                        "innerError":{"request-id":"5f1c"}}}},
      {"id":"c","status":424,"headers":{},
       "body":{"error":{"code":"FailedDependency","message":"A request this one depends on failed."}}}]})J";
    const auto r = decodeBatch(answer, strings({"a", "b", "c"}));
    ASSERT_TRUE(r.ok()) << r.error();
    ASSERT_EQ(r.value().size(), 3);
    EXPECT_EQ(r.value()[0].status, 200);
    EXPECT_EQ(r.value()[0].body, "{\"id\":\"AAMkX\",\"isRead\":true}");
    EXPECT_EQ(headerOf(r.value()[0], "content-type"), "application/json; charset=UTF-8");
    EXPECT_EQ(r.value()[1].status, 404);
    EXPECT_EQ(headerOf(r.value()[1], "request-id"), "5f1c");
    EXPECT_EQ(decodeError(r.value()[1].body).code, QStringLiteral("ErrorItemNotFound"));
    EXPECT_EQ(r.value()[2].status, 424);
    EXPECT_EQ(decodeError(r.value()[2].body).code, QStringLiteral("FailedDependency"));
}

TEST(GraphBatch, GarbageFailsOrGivesEmptyAnswers)
{
    const QStringList ids = strings({"1", "2"});
    for (const QByteArray &bad :
         {QByteArray(""), QByteArray("not json"), QByteArray("[]"), QByteArray("[{}]"), QByteArray("{}"),
          QByteArray("{\"responses\":{}}"), QByteArray("{\"responses\":\"x\"}"),
          QByteArray("{\"responses\":[{\"id\":\"1\",\"status\":200}"), QByteArray("null")}) {
        const auto r = decodeBatch(bad, ids);
        EXPECT_FALSE(r.ok()) << bad.toStdString();
        EXPECT_FALSE(r.error().isEmpty()) << bad.toStdString();
    }
    // A list of junk: every id unanswered.
    const auto junk = decodeBatch(R"J({"responses":[1,"x",null,[],{},{"id":"1"},{"id":"1","status":"abc"},
        {"id":"2","status":-5},{"id":["2"],"status":200},{"id":"2","status":1e300}]})J",
                                  ids);
    ASSERT_TRUE(junk.ok()) << junk.error();
    ASSERT_EQ(junk.value().size(), 2);
    EXPECT_EQ(junk.value()[0].status, 0);
    EXPECT_EQ(junk.value()[1].status, 0);
    // Odd header and body types.
    const auto odd = decodeBatch(R"J({"responses":[{"id":"1","status":"201",
        "headers":{"A":5,"B":true,"C":null,"D":{"x":1},"E":"e"},"body":[1,{"a":"b"}]},
        {"id":"2","status":200,"body":false}]})J",
                                 ids);
    ASSERT_TRUE(odd.ok()) << odd.error();
    EXPECT_EQ(odd.value()[0].status, 201);
    EXPECT_EQ(headerOf(odd.value()[0], "A"), "5");
    EXPECT_EQ(headerOf(odd.value()[0], "B"), "true");
    EXPECT_EQ(headerOf(odd.value()[0], "E"), "e");
    EXPECT_EQ(odd.value()[0].headers.size(), 3);
    EXPECT_EQ(odd.value()[0].body, "[1,{\"a\":\"b\"}]");
    EXPECT_EQ(odd.value()[1].body, "false");
}
