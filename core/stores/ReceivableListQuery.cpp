#include "stores/ReceivableListQuery.h"

#include "db/Database.h"
#include "db/SqlError.h"

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
    const QString day = asOf.toString(Qt::ISODate);
    QHash<qint64, qint64> paid;
    QSqlQuery payments(m_database.connection());
    payments.setForwardOnly(true);
    payments.prepare(QStringLiteral("SELECT customer_id, sum(amount) FROM payments"
                                    " WHERE voided = 0 AND paid_on <= ? GROUP BY customer_id"));
    payments.addBindValue(day);
    if (!payments.exec())
        return SqlError::from(payments);
    while (payments.next())
        paid.insert(payments.value(0).toLongLong(), payments.value(1).toLongLong());

    // The literal conditions let SQLite read the partial index sales_credit alone.
    QSqlQuery sales(m_database.connection());
    sales.setForwardOnly(true);
    // Dates come as Julian day numbers: parsing 350 000 ISO dates in Qt would cost more
    // than the whole query.
    sales.prepare(
        QStringLiteral("SELECT customer_id, id, CAST(julianday(sale_date) + 0.5 AS INTEGER),"
                       " CAST(julianday(due_date) + 0.5 AS INTEGER), revenue FROM sales"
                       " WHERE payment = 'credit' AND voided = 0 AND sale_date <= ?"
                       " ORDER BY customer_id, sold_at, id"));
    sales.addBindValue(day);
    if (!sales.exec())
        return SqlError::from(sales);
    QList<ReceivableRow> rows;
    QList<CreditSale> customerSales;
    qint64 current = 0;
    while (sales.next()) {
        const qint64 customerId = sales.value(0).toLongLong();
        if (customerId != current) {
            if (current != 0)
                addDebtor(rows, current, customerSales, paid.value(current), asOf);
            current = customerId;
            customerSales.clear();
        }
        customerSales.append(CreditSale{sales.value(1).toLongLong(), QString(),
                                        QDate::fromJulianDay(sales.value(2).toLongLong()),
                                        QDate::fromJulianDay(sales.value(3).toLongLong()),
                                        sales.value(4).toLongLong()});
    }
    if (current != 0)
        addDebtor(rows, current, customerSales, paid.value(current), asOf);
    if (Status read = readCustomers(rows); !read)
        return read.error();
    return rows;
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
        while (query.next()) {
            ReceivableRow& row = rows[index.value(query.value(0).toLongLong())];
            row.code = query.value(1).toString();
            row.name = query.value(2).toString();
            row.phone = query.value(3).toString();
            row.archived = query.value(4).toInt() != 0;
            row.creditLimit = query.value(5).toLongLong();
        }
    }
    return {};
}

} // namespace setia
