#pragma once

#include "db/SqlDialect.h"

// The full-text indexes over active customers that the search reads (schema version 1).
namespace setia::customerSearch {

// Words of the name, the member code and the city.
const SqlDialect::TextIndex& words();
// The phone's digits, searched for any part of them.
const SqlDialect::TextIndex& digits();

} // namespace setia::customerSearch
