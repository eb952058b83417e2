#pragma once

#include "message.h"

#include <QByteArray>

namespace em::mime {

struct ParseOptions
{
    bool keepAttachmentData = false; // decode and keep attachment bytes (saving, not indexing)
};

// Parses raw RFC 822 bytes. Never fails: what cannot be read is left empty and the
// result is marked broken. Safe to call from several threads at once.
ParsedMessage parseMessage(const QByteArray &raw, const ParseOptions &options = {});

} // namespace em::mime
