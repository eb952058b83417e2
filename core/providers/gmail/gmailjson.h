#pragma once

#include "store/types.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// Decoders of Gmail API v1 resources (../shared/api/gmail.v1.discovery.json). Each one
// fails on text that is not a JSON object or lacks a required field, and tolerates
// unknown fields, missing optional fields and values of the wrong type. Ids and
// historyIds are decimal strings in Gmail's JSON; internalDate is milliseconds as a string.
namespace em::gmail {

struct Profile
{
    QString address;
    qint64 messagesTotal = 0;
    quint64 historyId = 0;
};
Result<Profile> decodeProfile(const QByteArray &json); // users.getProfile

struct Label
{
    QString id, name;
    bool system = false;      // type == "system"
    bool hidden = false;      // labelListVisibility == "labelHide"
    QString background, text; // color.backgroundColor / textColor
};
Result<QList<Label>> decodeLabels(const QByteArray &json); // labels.list

struct ListPage
{
    QList<QPair<QString, QString>> messages; // (id, threadId)
    QString nextPageToken;
    qint64 resultSizeEstimate = 0;
};
Result<ListPage> decodeListPage(const QByteArray &json); // messages.list; no "messages": an empty page

struct Metadata
{
    QString id, threadId;
    QStringList labelIds;
    quint64 historyId = 0;
    qint64 internalDateMs = 0;
    qint64 sizeEstimate = 0;
    QString snippet;                        // HTML entities decoded
    QList<QPair<QString, QString>> headers; // payload.headers, name and value, in order
};
Result<Metadata> decodeMetadata(const QByteArray &json); // messages.get format=metadata or minimal

struct Raw
{
    QString id, threadId;
    QStringList labelIds;
    quint64 historyId = 0;
    qint64 internalDateMs = 0;
    QByteArray raw; // the RFC 822 bytes
};
Result<Raw> decodeRaw(const QByteArray &json); // messages.get format=raw

struct HistoryEvent
{
    enum Type { Added, Deleted, LabelsAdded, LabelsRemoved } type = Added;
    quint64 id = 0; // the history record's id
    QString messageId, threadId;
    QStringList labelIds; // LabelsAdded/Removed: the labels that changed; Added: the message's labels if given
};

struct HistoryPage
{
    // Flattened in record order; within a record messagesAdded, messagesDeleted,
    // labelsAdded, labelsRemoved.
    QList<HistoryEvent> events;
    QString nextPageToken;
    quint64 historyId = 0;
};
Result<HistoryPage> decodeHistoryPage(const QByteArray &json); // history.list

// Google's error body {"error":{"code","message","errors":[{"reason"}],"status"}}.
struct ApiError
{
    int code = 0;
    QString reason; // the first reason; "" when none
    QString message;
};
ApiError decodeError(const QByteArray &json);

// Gmail's snippets are HTML-escaped: &amp; &lt; &gt; &quot; &#39; &#NNN; &#xHH; undone.
QString decodeHtmlEntities(const QString &text);

// A store record from metadata, with the headers read the way the MIME pipeline reads
// imported mail. No body: bodyText, contentHash and compressedRaw stay empty.
store::MessageRecord recordFromMetadata(const Metadata &m);

} // namespace em::gmail
