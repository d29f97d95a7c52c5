#pragma once

#include "domain/Sale.h"
#include "domain/Ticket.h"
#include "io/CsvWriter.h"
#include "services/AgendaService.h"
#include "services/Backend.h"
#include "services/CustomerService.h"
#include "services/ProductService.h"
#include "services/SaleService.h"
#include "services/TicketService.h"
#include "support/Builders.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"

#include <QBuffer>

namespace setia::test {

// Sunday 22 November 2026, 10:00: the shop is closed on Sundays.
struct ComplaintShop
{
    TempDatabase temp;
    std::unique_ptr<Backend> backend = temp.open(temp.freshPath());
    Customer sri = add(QStringLiteral("Sri Rahayu"));
    Customer tono = add(QStringLiteral("Tono Wijaya"));
    qint64 beras = product();

    Customer add(const QString& name)
    {
        auto saved = backend->customers().create(customerDraft(name));
        SETIA_REQUIRE_OK(saved);
        return *saved;
    }

    qint64 product()
    {
        auto p = backend->products().create(
            productDraft(QStringLiteral("BRS"), QStringLiteral("Beras"), 100'000, 80'000));
        SETIA_REQUIRE_OK(p);
        return p->id;
    }

    Sale sell(const Customer& c, const QDateTime& at)
    {
        SaleDraft draft;
        draft.customerId = c.id;
        draft.soldAt = at;
        draft.lines = {SaleLineDraft{beras, Quantity::fromMilli(1000), {}, 0}};
        auto sale = backend->sales().record(draft);
        SETIA_REQUIRE_OK(sale);
        return *sale;
    }

    Ticket open(const Customer& c, const QDateTime& at,
                const QString& words = QStringLiteral("Berasnya berkutu"))
    {
        Ticket t;
        t.customerId = c.id;
        t.receivedAt = at;
        t.category = QStringLiteral("product");
        t.summary = words;
        auto opened = backend->tickets().open(t);
        SETIA_REQUIRE_OK(opened);
        return *opened;
    }

    QStringList agendaCsv(const QDate& day)
    {
        auto items = backend->agenda().forDay(day);
        SETIA_REQUIRE_OK(items);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer, CsvWriter::Bom::Without);
        AgendaService::writeCsv(writer, *items);
        SETIA_REQUIRE_OK(writer.commit());
        return QString::fromUtf8(bytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    }
};

inline QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute));
}

} // namespace setia::test
