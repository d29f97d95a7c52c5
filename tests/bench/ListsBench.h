#pragma once

#include "common/Result.h"

#include <QDate>

namespace setia {
class Backend;
}

namespace setia::bench {

// Medians over several runs, in milliseconds, of what the Sales and Receivables views do
// when they open or change their filter.
struct ListFigures
{
    double salesMonthMs = 0;    // this month: first page + count and revenue
    double salesAllTimeMs = 0;  // every sale: first page + count and revenue
    double salesCustomerMs = 0; // one customer's sales, all time: first page + totals
    double salesPage50Ms = 0;   // the 50th page of all sales (keyset: as cheap as the first)
    double receivablesMs = 0;   // every debtor on `today`, computed and sorted by amount
};

Result<ListFigures> measureLists(Backend& backend, const QDate& today);

} // namespace setia::bench
