#pragma once

#include "message.h"

#include <QJsonObject>

namespace em::mime {

// The documented JSON form of a parsed message (emailctl show-mime --json).
QJsonObject toJson(const ParsedMessage &message);

} // namespace em::mime
