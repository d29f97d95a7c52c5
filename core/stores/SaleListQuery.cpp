#include "stores/SaleListQuery.h"

#include "db/Database.h"
#include "db/SqlError.h"
#include "db/SqlRows.h"

#include <QSqlQuery>
#include <QVariant>
#include <QVariantMap>

namespace setia {
namespace {

// The WHERE clause of a filter and its bound values. Voided and payment conditions are
// written as literals so that SQLite can use the partial index of voided sales.
struct Where
{
    QString sql;
    QVariantMap values;
};

Where where(const SaleListFilter& filter)
{
    QStringList conditions;
    Where result;
    switch (filter.voided) {
    case VoidFilter::Valid:
        conditions.append(QStringLiteral("s.voided = 0"));
        break;
    case VoidFilter::Voided:
        conditions.append(QStringLiteral("s.voided = 1"));
        break;
    case VoidFilter::All:
        break;
    }
    if (filter.payment)
        conditions.append(*filter.payment == PaymentKind::Credit
                              ? QStringLiteral("s.payment = 'credit'")
                              : QStringLiteral("s.payment = 'cash'"));
    // Times are ISO text: a day's sales lie in [from, to + 1 day).
    if (filter.from.isValid()) {
        conditions.append(QStringLiteral("s.sold_at >= :from"));
        result.values.insert(QStringLiteral(":from"), filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        conditions.append(QStringLiteral("s.sold_at < :to"));
        result.values.insert(QStringLiteral(":to"), filter.to.addDays(1).toString(Qt::ISODate));
    }
    if (filter.customerId != 0) {
        conditions.append(QStringLiteral("s.customer_id = :customer"));
        result.values.insert(QStringLiteral(":customer"), filter.customerId);
    }
    // A prefix as a range, so the unique index on receipts serves it.
    const QString prefix = filter.receipt.trimmed().toUpper();
    if (!prefix.isEmpty()) {
        QString end = prefix;
        end.back() = QChar(end.back().unicode() + 1);
        conditions.append(QStringLiteral("s.receipt >= :receipt_from AND s.receipt < :receipt_to"));
        result.values.insert(QStringLiteral(":receipt_from"), prefix);
        result.values.insert(QStringLiteral(":receipt_to"), end);
    }
    if (!conditions.isEmpty())
        result.sql = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return result;
}

void bindAll(QSqlQuery& query, const QVariantMap& values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bindValue(it.key(), it.value());
}

} // namespace

SaleListQuery::SaleListQuery(Database& database)
    : m_database(database)
{}

Result<QList<SaleRow>> SaleListQuery::page(const SaleListFilter& filter,
                                           const PageRequest& request) const
{
    Where clause = where(filter);
    QString sql = QStringLiteral("SELECT s.id, s.receipt, s.sold_at, s.customer_id,"
                                 " c.code AS customer_code, c.name AS customer_name, s.payment,"
                                 " s.due_date, s.discount, s.revenue, s.voided, s.void_reason"
                                 " FROM sales s LEFT JOIN customers c ON c.id = s.customer_id") +
                  clause.sql;
    if (request.after) {
        sql += clause.sql.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
        sql +=
            keyset::condition(QStringLiteral("s.sold_at"), QStringLiteral("s.id"), request.order);
        clause.values.insert(QStringLiteral(":after_value"), request.after->value);
        clause.values.insert(QStringLiteral(":after_id"), request.after->id);
    }
    sql += keyset::orderAndLimit(QStringLiteral("s.sold_at"), QStringLiteral("s.id"), request.order,
                                 request.limit);

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    bindAll(query, clause.values);
    if (!query.exec())
        return SqlError::from(query);
    QList<SaleRow> rows;
    if (Status read = sql::forEachRow(
            query,
            [&](const SqlRow& r) {
                SaleRow row;
                row.id = r.integer("id");
                row.receipt = r.text("receipt");
                const QString soldAt = r.text("sold_at");
                row.soldAt = QDateTime::fromString(soldAt, Qt::ISODate);
                row.customerId = r.integer("customer_id");
                row.customerCode = r.text("customer_code");
                row.customerName = r.text("customer_name");
                row.payment = sale::paymentFromId(r.text("payment")).value_or(PaymentKind::Cash);
                row.dueDate = r.date("due_date");
                row.discount = r.integer("discount");
                row.revenue = r.integer("revenue");
                row.voided = r.flag("voided");
                row.voidReason = r.text("void_reason");
                row.key = PageKey{soldAt, row.id};
                rows.append(std::move(row));
            });
        !read)
        return read.error();
    return rows;
}

Result<SaleTotals> SaleListQuery::totals(const SaleListFilter& filter) const
{
    const Where clause = where(filter);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) AS sales, coalesce(sum(CASE WHEN s.voided = 0"
                                 " THEN s.revenue ELSE 0 END), 0) AS revenue FROM sales s") +
                  clause.sql);
    bindAll(query, clause.values);
    if (!query.exec())
        return SqlError::from(query);
    SaleTotals totals{0, 0};
    auto read = sql::firstRow(query, [&](const SqlRow& row) {
        totals = SaleTotals{row.integer("sales"), row.integer("revenue")};
    });
    if (!read)
        return read.error();
    return totals;
}

} // namespace setia
