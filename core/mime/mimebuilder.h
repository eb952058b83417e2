#pragma once

#include "message.h"

#include <QByteArray>

namespace em::mime {

struct BuildOptions
{
    bool includeBcc = false; // the provider APIs read Bcc from the message and strip it
    bool crlf = true;        // RFC 5322 line endings on the wire
};

// Builds RFC 822 bytes: text with an optional HTML alternative, inline images in
// multipart/related, attachments in multipart/mixed; non-ASCII headers encoded (RFC 2047,
// RFC 2231 file names); a fresh Message-ID when none is given.
QByteArray buildMessage(const OutgoingMessage &message, const BuildOptions &options = {});

// "<random@domain>"-style id without brackets, unique per call.
QString generateMessageId(const QString &domain);

} // namespace em::mime
