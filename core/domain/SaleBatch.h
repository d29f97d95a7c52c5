#pragma once

#include "common/Error.h"
#include "domain/Sale.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QTime>

#include <vector>

namespace setia {

// Sales that happened already (an import, demo data), compact on purpose: a batch holds a
// million of them, and Sale with its lists and strings costs more to make and free than the
// database costs to store it. SaleService::importSales prices and checks each.
struct SaleBatch
{
    struct Line
    {
        qint64 productId = 0;
        qint64 quantityMilli = 0;
        qint64 unitPrice = 0;
        qint64 discount = 0; // whole Rupiah off the line
    };
    struct Entry
    {
        QString receipt;
        QDate date;
        QTime time;
        qint64 customerId = 0; // 0 for a walk-in
        PaymentKind payment = PaymentKind::Cash;
        qint64 discount = 0;  // off the whole sale
        qint32 firstLine = 0; // in `lines`
        qint32 lineCount = 0;
    };
    std::vector<Entry> sales;
    std::vector<Line> lines;
    // The receipts are the shop's own numbers ("PJ261122-0001"), each day's counted up from 1
    // in the order given: the counter of each day goes on after them (demo data).
    bool numberedBySetia = false;
};

// What became of the sales of a batch, by their position in it. Sparse on purpose: a
// refusal is rare, and an Error kept for each of a million saved sales would cost more
// memory than the sales themselves.
struct ImportedSales
{
    std::vector<qint64> ids;       // the saved sale's id; 0 for a refused one
    QHash<qint64, Error> refusals; // why the sale at that position was refused

    const Error* refusal(std::size_t position) const
    {
        const auto it = refusals.constFind(qint64(position));
        return it == refusals.cend() ? nullptr : &*it;
    }
};

} // namespace setia
