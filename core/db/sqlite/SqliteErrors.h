#pragma once

#include "common/Error.h"

namespace setia::sqliteErrors {

// The Error for SQLite's own (extended) result code and message.
Error fromNative(int code, const QString& text);

} // namespace setia::sqliteErrors
