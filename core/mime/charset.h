#pragma once

#include <QByteArray>
#include <QString>

namespace em::mime {

// Decodes bytes labelled with a MIME charset to text. Unknown or lying labels fall back
// the way mail readers do: valid UTF-8 first, then windows-1252, which never fails.
QString decodeCharset(const QByteArray &bytes, const QByteArray &charset);

} // namespace em::mime
