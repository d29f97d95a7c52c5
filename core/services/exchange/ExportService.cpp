#include "services/exchange/ExportService.h"

#include "domain/Customer.h"
#include "domain/Sale.h"
#include "io/CsvColumns.h"
#include "io/CsvWriter.h"
#include "stores/CustomerStore.h"
#include "stores/InteractionStore.h"
#include "stores/PaymentStore.h"
#include "stores/ProductStore.h"
#include "stores/SaleStore.h"
#include "stores/SurveyStore.h"
#include "stores/TicketStore.h"

#include <QHash>

namespace setia {
namespace {

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

ExportService::ExportService(const CustomerStore& customers, const ProductStore& products,
                             const SaleStore& sales, const PaymentStore& payments,
                             const InteractionStore& interactions, const TicketStore& tickets,
                             const SurveyStore& surveys)
    : m_customers(customers)
    , m_products(products)
    , m_sales(sales)
    , m_payments(payments)
    , m_interactions(interactions)
    , m_tickets(tickets)
    , m_surveys(surveys)
{}

Result<qint64> ExportService::run(ImportKind kind, const QString& path) const
{
    auto writer = CsvWriter::create(path);
    if (!writer)
        return writer.error();
    auto rows = run(kind, writer.value());
    if (!rows)
        return rows.error();
    if (Status status = writer->commit(); !status)
        return status.error();
    return rows;
}

Result<qint64> ExportService::run(ImportKind kind, CsvWriter& writer) const
{
    writer.writeRow(CsvColumns::of(kind));
    Status status;
    switch (kind) {
    case ImportKind::Customers:
        status = customers(writer);
        break;
    case ImportKind::Products:
        status = products(writer);
        break;
    case ImportKind::Sales:
        status = sales(writer);
        break;
    case ImportKind::Payments:
        status = payments(writer);
        break;
    case ImportKind::Interactions:
        status = interactions(writer);
        break;
    case ImportKind::Surveys:
        status = surveys(writer);
        break;
    case ImportKind::Tickets:
        status = tickets(writer);
        break;
    }
    if (!status)
        return status.error();
    return writer.rowsWritten() - 1;
}

Status ExportService::customers(CsvWriter& writer) const
{
    return m_customers.forEach([&](const Customer& c) {
        writer.writeRow({c.code, c.name, customer::kindId(c.kind), c.phone, c.email, c.address,
                         c.city, c.area, c.type, customer::sourceId(c.source), c.salesperson,
                         c.visitDays.toCsv(), isoDate(c.birthday), isoDate(c.joined),
                         CsvCell(c.creditLimit), CsvCell(qint64(c.termsDays)),
                         c.tags.join(QStringLiteral(", ")), c.notes});
    });
}

Status ExportService::products(CsvWriter& writer) const
{
    auto all = m_products.all();
    if (!all)
        return all.error();
    for (const Product& p : std::as_const(*all))
        writer.writeRow({p.sku, p.name, p.category, p.unit, CsvCell(p.price), CsvCell(p.cost)});
    return {};
}

Status ExportService::sales(CsvWriter& writer) const
{
    auto codes = m_customers.idsAndTermsByCode();
    if (!codes)
        return codes.error();
    QHash<qint64, QString> codeById;
    for (auto it = codes->cbegin(); it != codes->cend(); ++it)
        codeById.insert(it->first, it.key());
    return m_sales.forEachSale([&](const Sale& sale) {
        const QString when = sale.soldAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const QString code = codeById.value(sale.customerId);
        for (qsizetype i = 0; i < sale.lines.size(); ++i) {
            const SaleLine& line = sale.lines.at(i);
            writer.writeRow({sale.receipt, when, code, line.sku,
                             CsvCell::numeric(line.quantity.toString(QLatin1Char('.'))),
                             CsvCell(line.unitPrice), sale::paymentId(sale.payment),
                             CsvCell(line.discount), CsvCell(i == 0 ? sale.discount : 0)});
        }
    });
}

Status ExportService::payments(CsvWriter& writer) const
{
    return m_payments.forEach([&](const Payment& p, const QString& code) {
        writer.writeRow({isoDate(p.paidOn), code, CsvCell(p.amount), p.method, p.note});
    });
}

Status ExportService::interactions(CsvWriter& writer) const
{
    return m_interactions.forEach([&](const Interaction& i, const QString& code) {
        writer.writeRow({i.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")), code,
                         interaction::kindId(i.kind), i.staff, i.summary, i.outcome});
    });
}

Status ExportService::surveys(CsvWriter& writer) const
{
    const auto score = [](int value) {
        return value == SurveyResponse::noScore ? CsvCell(QString()) : CsvCell(qint64(value));
    };
    return m_surveys.forEach(
        [&](const SurveyResponse& r, const QString& code, const QString& receipt) {
            writer.writeRow({r.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")), code,
                             survey::channelId(r.channel), score(r.nps), score(r.csat), r.comment,
                             receipt});
        });
}

Status ExportService::tickets(CsvWriter& writer) const
{
    return m_tickets.forEach([&](const Ticket& t, const QString& code, const QString& receipt) {
        writer.writeRow({t.number, t.receivedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), code,
                         receipt, t.category, ticket::priorityId(t.priority),
                         ticket::statusId(t.status), t.summary, CsvCell(t.remedyCost)});
    });
}

} // namespace setia
