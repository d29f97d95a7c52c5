#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

namespace setia {
class Backend;
}

namespace setia::bench {

struct SalesFigures
{
    QList<double> commitMs;   // one sale with 3 lines each
    QList<double> cardOpenMs; // the record card of the customer who got them
};

// Records `count` sales (3 lines, cash and credit) for a new customer the way the counter
// does — each its own transaction, synchronous=FULL, the checkpointer running beside — then
// opens that customer's record card several times. Adds the customer and sales to the file.
Result<SalesFigures> measureSales(Backend& backend, const QString& path, int count);

} // namespace setia::bench
