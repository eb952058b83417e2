#pragma once

#include "util/result.h"

#include <QSqlDatabase>

namespace em::store {

// The schema version this build writes. Migrations only go forward.
constexpr int kSchemaVersion = 4;

// Brings the store up to kSchemaVersion, one transaction per step.
Status migrate(QSqlDatabase &db, const QString &path, int upTo = kSchemaVersion); // upTo: for migration tests
// For readers: the store exists and was written by a version we understand.
Status checkSchema(QSqlDatabase &db, const QString &path);

} // namespace em::store
