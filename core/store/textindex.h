#pragma once

#include <QString>

namespace em::store {

// FTS5's unicode61 tokenizer splits on spaces and punctuation, which Chinese and Japanese
// text does not use. Both the indexed text and the query pass through this, which puts a
// space around every CJK character so each becomes a token and a query phrase matches
// adjacent characters.
QString normalizeForIndex(const QString &text);
bool containsWordCharacter(const QString &text);

} // namespace em::store
