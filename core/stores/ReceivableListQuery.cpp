#include "stores/ReceivableListQuery.h"

#include "db/Database.h"
#include "db/SqlDialect.h"
#include "db/SqlError.h"
#include "db/SqlRows.h"
#include "domain/IsoTime.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace setia {
namespace {

// Customers are read by id in batches: an IN list of integers, bound one by one.
constexpr qsizetype customerBatch = 500;

void addDebtor(QList<ReceivableRow>& rows, qint64 customerId, const QList<CreditSale>& sales,
               qint64 paid, const QDate& asOf)
{
    const ReceivableSummary summary = ReceivableSummary::compute(sales, paid, asOf);
    if (summary.balance <= 0)
        return;
    ReceivableRow row;
    row.customerId = customerId;
    row.balance = summary.balance;
    row.aging = summary.aging;
    row.daysOverdue = summary.oldestOverdueDays;
    row.status = summary.status;
    if (!summary.open.isEmpty())
        row.oldestDueDate = summary.open.constFirst().sale.dueDate;
    rows.append(std::move(row));
}

} // namespace

ReceivableListQuery::ReceivableListQuery(Database& database)
    : m_database(database)
{}

Result<QList<ReceivableRow>> ReceivableListQuery::debtors(const QDate& asOf) const
{
    QList<ReceivableRow> rows;
    if (Status read = scan(m_database.connection(), asOf,
                           [&](qint64 customerId, const QList<CreditSale>& sales, qint64 paid) {
                               addDebtor(rows, customerId, sales, paid, asOf);
                           });
        !read)
        return read.error();
    if (Status read = readCustomers(rows); !read)
        return read.error();
    return rows;
}

Result<QList<DueCredit>> ReceivableListQuery::fallingDue(const QDate& asOf,
                                                         const QDate& lastDay) const
{
    return fallingDue(asOf, lastDay, m_database.connection());
}

Result<QList<DueCredit>> ReceivableListQuery::fallingDue(const QDate& asOf, const QDate& lastDay,
                                                         const QSqlDatabase& reader) const
{
    QList<DueCredit> due;
    if (Status read =
            scan(reader, asOf,
                 [&](qint64 customerId, const QList<CreditSale>& sales, qint64 paid) {
                     const ReceivableSummary summary =
                         ReceivableSummary::compute(sales, paid, asOf);
                     DueCredit credit{customerId, {}, 0};
                     for (const OpenCreditSale& open : summary.open) {
                         if (open.sale.dueDate > lastDay)
                             continue;
                         credit.amount += open.open;
                         if (!credit.firstDue.isValid() || open.sale.dueDate < credit.firstDue)
                             credit.firstDue = open.sale.dueDate;
                     }
                     if (credit.amount > 0)
                         due.append(credit);
                 });
        !read)
        return read.error();
    return due;
}

Status ReceivableListQuery::scan(const QSqlDatabase& connection, const QDate& asOf,
                                 const CustomerCredit& visit) const
{
    const QString day = asOf.toString(Qt::ISODate);
    QHash<qint64, qint64> paid;
    QSqlQuery payments(connection);
    payments.setForwardOnly(true);
    payments.prepare(QStringLiteral("SELECT customer_id, sum(amount) AS paid FROM payments"
                                    " WHERE voided = 0 AND paid_on <= ? GROUP BY customer_id"));
    payments.addBindValue(day);
    if (!payments.exec())
        return SqlError::from(payments);
    if (Status read = sql::forEachRow(payments,
                                      [&](const SqlRow& row) {
                                          paid.insert(row.integer("customer_id"),
                                                      row.integer("paid"));
                                      });
        !read)
        return read;

    // The literal conditions let the engine read the partial index sales_credit alone. The
    // dates are read as the file holds them and parsed here, by hand.
    auto prepared = m_database.dialect().prepare(
        connection, QStringLiteral("SELECT customer_id, id, sale_date, due_date, revenue FROM sales"
                                   " WHERE payment = 'credit' AND voided = 0 AND sale_date <= ?"
                                   " ORDER BY customer_id, sold_at, id"));
    if (!prepared)
        return prepared.error();
    Statement& sales = **prepared;
    sales.bind(1, isoTime::dateAscii(asOf).view());
    const int customerColumn = sales.column("customer_id");
    const int idColumn = sales.column("id");
    const int saleDate = sales.column("sale_date");
    const int dueDate = sales.column("due_date");
    const int revenue = sales.column("revenue");
    QList<CreditSale> customerSales;
    qint64 current = 0;
    if (Status read = sales.forEach([&] {
            const qint64 customerId = sales.integer(customerColumn);
            if (customerId != current) {
                if (current != 0)
                    visit(current, customerSales, paid.value(current));
                current = customerId;
                customerSales.clear();
            }
            customerSales.append(CreditSale{
                sales.integer(idColumn), QString(), isoTime::parseDate(sales.utf8(saleDate)),
                isoTime::parseDate(sales.utf8(dueDate)), sales.integer(revenue)});
        });
        !read)
        return read;
    if (current != 0)
        visit(current, customerSales, paid.value(current));
    return {};
}

Status ReceivableListQuery::readCustomers(QList<ReceivableRow>& rows) const
{
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < rows.size(); ++i)
        index.insert(rows.at(i).customerId, i);
    for (qsizetype start = 0; start < rows.size(); start += customerBatch) {
        const qsizetype count = std::min(customerBatch, rows.size() - start);
        QStringList marks(count, QStringLiteral("?"));
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT id, code, name, phone, archived, credit_limit"
                                     " FROM customers WHERE id IN (") +
                      marks.join(QLatin1Char(',')) + QLatin1Char(')'));
        for (qsizetype i = 0; i < count; ++i)
            query.addBindValue(rows.at(start + i).customerId);
        if (!query.exec())
            return SqlError::from(query);
        if (Status read = sql::forEachRow(query,
                                          [&](const SqlRow& customer) {
                                              ReceivableRow& row =
                                                  rows[index.value(customer.integer("id"))];
                                              row.code = customer.text("code");
                                              row.name = customer.text("name");
                                              row.phone = customer.text("phone");
                                              row.archived = customer.flag("archived");
                                              row.creditLimit = customer.integer("credit_limit");
                                          });
            !read)
            return read.error();
    }
    return {};
}

} // namespace setia
