#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace em::gmail {

// One call inside a batch request.
struct BatchPart
{
    QByteArray method = "GET";
    QString pathAndQuery; // "/gmail/v1/users/me/messages/ID?format=metadata" (already percent-encoded)
    QByteArray body;
    QByteArray contentType;
};

struct BatchEnvelope
{
    QByteArray contentType; // "multipart/mixed; boundary=..."
    QByteArray body;
};

// The multipart/mixed body of a batch request. The Content-ID of part i is <item-i>
// (0-based); the boundary is random and occurs in none of the parts.
BatchEnvelope encodeBatch(const QList<BatchPart> &parts);

// One call's answer inside a batch answer.
struct BatchAnswer
{
    int status = 0; // 0: no answer for this part
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

// The answers of a batch in request order (matched by Content-ID "response-item-i",
// by position when ids are absent): exactly partCount entries, status 0 where an answer
// is missing. Fails when the content type has no boundary, the body is cut short (no
// closing delimiter) or a part's HTTP status line is unreadable. Safe on any input.
Result<QList<BatchAnswer>> decodeBatch(const QByteArray &contentType, const QByteArray &body, int partCount);

} // namespace em::gmail
