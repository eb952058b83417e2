#pragma once

#include "util/result.h"

#include <QString>
#include <QVariantList>

namespace em::store {

// The search language of the search field and `emailctl search`:
//   free words (prefix match), "quoted phrases", from: to: cc: subject:,
//   has:attachment, is:unread|read|starred|answered|draft, in:FOLDER,
//   before:YYYY-MM-DD, after:YYYY-MM-DD, OR, a leading - to negate, ( ) to group.
// Terms side by side must all match; OR binds tighter (a OR b c = (a OR b) AND c).
// Compiles to an SQL condition over `messages m` with every value bound, never spliced.
struct CompiledSearch
{
    QString where;       // an SQL boolean expression over the alias m
    QVariantList values; // bound in order for the ? placeholders of `where`
    // The full-text expression every result must match, when there is one: the reader
    // probes it to choose between walking the index hits and walking messages by date.
    QString requiredMatch;
};

Result<CompiledSearch> compileSearch(const QString &query);

} // namespace em::store
