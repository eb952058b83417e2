#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace em::util {

// A file name that is safe to create inside a folder the user chose, from a name a message
// suggested (an attachment's filename parameter, a subject): NFC; '/' and '\' and the
// characters reserved on common file systems (<>:"|?*) replaced with '_'; control characters
// (C0, DEL, C1) and the bidi and invisible format characters (U+200B-U+200F, U+202A-U+202E,
// U+2060-U+2069, U+FEFF, ...) removed; no leading or trailing dot or space (so never a hidden
// file, "." or ".."); Windows device names (CON, NUL, COM1, LPT1.txt, ...) prefixed with '_';
// at most 255 UTF-8 bytes, keeping a short extension and whole characters. A name left empty
// becomes `fallback` (made safe the same way; "attachment" when that is empty too).
QString safeFileName(const QString &suggested, const QString &fallback = QStringLiteral("attachment"));

// The absolute path, inside `folder` (which must exist and be a folder), of a new file for
// safeFileName(suggested): "name.ext", else "name (2).ext", "name (3).ext", ... for the first
// name nothing (not even a dangling symbolic link) has. The folder is given canonically, and
// the path is checked to stay in it. Failure: a user-readable message.
// Another process can still take the name before it is written: writeNewFile() refuses then.
Result<QString> uniqueTargetPath(const QString &folder, const QString &suggested);

// Writes `data` to a new file at `path`, readable and writable by the user only (0600):
// created exclusively (never overwrites, never follows a symbolic link), and removed again
// when writing fails. Failure: a user-readable message (already exists, permission denied,
// disk full, read-only, ...).
Status writeNewFile(const QString &path, const QByteArray &data);

} // namespace em::util
