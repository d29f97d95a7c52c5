#pragma once

#include "common/Result.h"

namespace setia {
class Backend;
class Clock;
} // namespace setia

namespace setia::bench {

// Exports the file's customers, products and sales as CSV, imports customers and products
// into a new database, then times the import of the sales file there: sales CSV lines per
// second, the commit included.
Result<double> measureSalesImport(Backend& source, const Clock& clock);

} // namespace setia::bench
