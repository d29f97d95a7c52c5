#pragma once

#include "domain/Sale.h"
#include "io/CsvWriter.h"
#include "services/Backend.h"
#include "services/CustomerService.h"
#include "services/ProductService.h"
#include "services/SaleService.h"
#include "services/SegmentService.h"
#include "support/Builders.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"

#include <QBuffer>

namespace setia::test {

// A shop in memory for segment tests: two products (Beras at Rp10.000, cost Rp8.000; Gula at
// Rp333, cost Rp111), customers made by name and sales dated days before the clock's today.
struct Shop
{
    TempDatabase temp;
    std::unique_ptr<Backend> backend = temp.openMemory();
    qint64 beras = 0;
    qint64 gula = 0;

    Shop()
    {
        auto p = backend->products().create(
            productDraft(QStringLiteral("BRS"), QStringLiteral("Beras"), 10'000, 8'000));
        REQUIRE(p.ok());
        beras = p->id;
        auto g = backend->products().create(
            productDraft(QStringLiteral("GLA"), QStringLiteral("Gula"), 333, 111));
        REQUIRE(g.ok());
        gula = g->id;
    }

    qint64 customer(const QString& name)
    {
        auto saved = backend->customers().create(customerDraft(name));
        REQUIRE(saved.ok());
        return saved->id;
    }

    Sale sell(qint64 customerId, int daysAgo, qint64 product, qint64 milli)
    {
        SaleDraft draft;
        draft.customerId = customerId;
        draft.soldAt = QDateTime(FixedClock::defaultNow().date().addDays(-daysAgo), QTime(10, 0));
        draft.lines = {SaleLineDraft{product, Quantity::fromMilli(milli), {}, 0}};
        auto sale = backend->sales().record(draft);
        REQUIRE(sale.ok());
        return *sale;
    }

    QStringList csv(const QDate& day)
    {
        auto segments = backend->segments().segments(day);
        REQUIRE(segments.ok());
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer, CsvWriter::Bom::Without);
        SegmentService::writeCsv(writer, *segments);
        SETIA_REQUIRE_OK(writer.commit());
        return QString::fromUtf8(bytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    }
};

} // namespace setia::test
