#pragma once

#include "mime/message.h"

#include <QJsonObject>

// Between Graph's JSON message and the RFC 822 form the mailbox stores.
namespace em::sandbox::graph {

// What the builder needs to write the same message again (drafts are edited this way).
mime::OutgoingMessage outgoingFrom(const mime::ParsedMessage &parsed);
// Applies a Graph message resource (subject, body, recipients, fileAttachments); false
// with a reason when a value has the wrong shape.
bool applyMessageJson(const QJsonObject &message, mime::OutgoingMessage *out, QString *error = nullptr);
// A fileAttachment resource as an attachment to build; false with a reason when invalid.
bool attachmentFromJson(const QJsonObject &json, mime::OutgoingAttachment *out, QString *error);
// The message as recipients get it: without its Bcc header.
QByteArray stripBcc(const QByteArray &raw);

} // namespace em::sandbox::graph
