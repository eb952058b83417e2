#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// Microsoft Graph JSON batching: POST {root}/$batch with {"requests":[...]}, answered by
// {"responses":[...]} in any order. Graph runs the requests of a batch in any order and
// refuses the whole batch when a request lacks an id, method or url, or an id repeats.
namespace em::graph {

constexpr int kMaxBatchRequests = 20; // Graph refuses bigger batches: the caller splits

// One call inside a batch request.
struct BatchRequest
{
    QString id; // unique and non-empty within the batch; the caller's to choose
    QByteArray method;
    // Relative to the version root, e.g. "/me/messages/ID?$select=id" (already
    // percent-encoded). An absolute link (a nextLink) is cut to its path below the version.
    QString url;
    QJsonObject body;
    bool hasBody = false;
    QList<QPair<QByteArray, QByteArray>> headers;
};

// {"requests":[{"id","method","url","headers":{...},"body":{...}}]} in request order.
// Methods are upper-cased; headers named twice are joined with ", " as HTTP allows;
// "Content-Type: application/json" is added to a request with a body that names none
// (Graph and the emulator refuse a body without it). headers and body are left out when
// empty. The caller keeps at most kMaxBatchRequests requests per batch.
QByteArray encodeBatch(const QList<BatchRequest> &requests);

// One call's answer inside a batch answer.
struct BatchAnswer
{
    int status = 0; // 0: no answer for that id
    QList<QPair<QByteArray, QByteArray>> headers;
    // The "body" value re-serialized as compact JSON: an object or array as such, a string
    // as a JSON string literal (Graph sends non-JSON bodies, $value, as a base64 string).
    // Empty when the answer has no body.
    QByteArray body;
};

// The answers in the order of ids (Graph answers in any order): exactly ids.size()
// entries, status 0 where an id has no answer; answers for other ids are dropped, the
// first answer counts when an id is answered twice. Fails on text that is not JSON or has
// no "responses" list. Safe on any input.
Result<QList<BatchAnswer>> decodeBatch(const QByteArray &json, const QStringList &ids);

} // namespace em::graph
