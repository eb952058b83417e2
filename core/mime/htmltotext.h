#pragma once

#include <QString>

namespace em::mime {

// Readable plain text of an HTML document for snippets, the search index and replies:
// scripts, styles and comments dropped, block structure kept as line breaks, whitespace
// collapsed. Never fetches anything (libxml2 is told not to use the network).
QString htmlToText(const QString &html);

} // namespace em::mime
