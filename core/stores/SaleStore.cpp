#include "stores/SaleStore.h"

#include "db/Database.h"
#include "db/SqlError.h"
#include "db/SqlRows.h"
#include "db/SqlValue.h"
#include "domain/IsoTime.h"

#include <QHash>
#include <QSqlQuery>
#include <QVarLengthArray>
#include <QVariant>

namespace setia {
namespace {

const QString saleColumns = QStringLiteral(
    "id, receipt, sold_at, customer_id, payment, due_date, lines_total, discount, revenue,"
    " cost_milli, note, voided, void_reason, voided_at, created_at");

Sale readSale(const SqlRow& row)
{
    Sale s;
    s.id = row.integer("id");
    s.receipt = row.text("receipt");
    s.soldAt = QDateTime::fromString(row.text("sold_at"), Qt::ISODate);
    s.customerId = row.integer("customer_id");
    s.payment = sale::paymentFromId(row.text("payment")).value_or(PaymentKind::Cash);
    s.dueDate = row.date("due_date");
    s.linesTotal = row.integer("lines_total");
    s.discount = row.integer("discount");
    s.revenue = row.integer("revenue");
    s.costMilli = row.integer("cost_milli");
    s.note = row.text("note");
    s.voided = row.flag("voided");
    s.voidReason = row.text("void_reason");
    s.voidedAt = row.dateTime("voided_at");
    s.createdAt = row.dateTime("created_at");
    return s;
}

// A line from a query selecting lineColumns.
SaleLine readLine(const SqlRow& row)
{
    SaleLine line;
    line.productId = row.integer("product_id");
    line.sku = row.text("sku");
    line.productName = row.text("product_name");
    line.quantity = Quantity::fromMilli(row.integer("quantity_milli"));
    line.unitPrice = row.integer("unit_price");
    line.unitCost = row.integer("unit_cost");
    line.discount = row.integer("line_discount");
    line.amount = row.integer("amount");
    return line;
}

const QString lineColumns =
    QStringLiteral("l.product_id, p.sku, p.name AS product_name, l.quantity_milli, l.unit_price,"
                   " l.unit_cost, l.discount AS line_discount, l.amount");

} // namespace

SaleStore::SaleStore(Database& database)
    : m_database(database)
{}

SaleStore::~SaleStore() = default;

Result<qint64> SaleStore::insert(const Sale& sale)
{
    const QByteArray receipt = sale.receipt.toUtf8();
    const QByteArray note = sale.note.toUtf8();
    const isoTime::Ascii soldAt = isoTime::dateTimeAscii(sale.soldAt.date(), sale.soldAt.time());
    const isoTime::Ascii dueDate = isoTime::dateAscii(sale.dueDate);
    const isoTime::Ascii createdAt =
        isoTime::dateTimeMsAscii(sale.createdAt.date(), sale.createdAt.time());
    SaleRecord record;
    record.receipt = receipt;
    record.soldAt = soldAt.view();
    record.customerId = sale.customerId;
    record.payment = sale.payment;
    record.dueDate = dueDate.view();
    record.linesTotal = sale.linesTotal;
    record.discount = sale.discount;
    record.revenue = sale.revenue;
    record.costMilli = sale.costMilli;
    record.note = note;
    record.createdAt = createdAt.view();
    QVarLengthArray<SaleLineRecord, 8> lines;
    for (const SaleLine& line : sale.lines)
        lines.append(SaleLineRecord{line.productId, line.quantity.milli(), line.unitPrice,
                                    line.unitCost, line.discount, line.amount});
    return insert(record, lines);
}

Result<qint64> SaleStore::insert(const SaleRecord& sale, std::span<const SaleLineRecord> lines)
{
    if (!m_insertSale) {
        auto header = m_database.dialect().prepare(
            m_database.connection(),
            QStringLiteral("INSERT INTO sales (receipt, sold_at, sale_date, customer_id, payment,"
                           " due_date, lines_total, discount, revenue, cost_milli, note,"
                           " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!header)
            return header.error();
        auto lineInsert = m_database.dialect().prepare(
            m_database.connection(),
            QStringLiteral("INSERT INTO sale_lines (sale_id, line_no, product_id,"
                           " quantity_milli, unit_price, unit_cost, discount, amount)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!lineInsert)
            return lineInsert.error();
        m_insertSale = std::move(header).value();
        m_insertLine = std::move(lineInsert).value();
    }
    Statement& q = *m_insertSale;
    q.bind(1, sale.receipt);
    q.bind(2, sale.soldAt);
    q.bind(3, sale.soldAt.first(std::min<qsizetype>(10, sale.soldAt.size())));
    if (sale.customerId > 0)
        q.bind(4, sale.customerId);
    else
        q.bindNull(4);
    q.bind(5,
           sale.payment == PaymentKind::Credit ? QByteArrayView("credit") : QByteArrayView("cash"));
    if (!sale.dueDate.isEmpty())
        q.bind(6, sale.dueDate);
    else
        q.bindNull(6);
    q.bind(7, sale.linesTotal);
    q.bind(8, sale.discount);
    q.bind(9, sale.revenue);
    q.bind(10, sale.costMilli);
    q.bind(11, sale.note);
    q.bind(12, sale.createdAt);
    auto id = q.insert();
    if (!id)
        return id.error();
    qint64 lineNo = 0;
    Statement& l = *m_insertLine;
    for (const SaleLineRecord& line : lines) {
        l.bind(1, *id);
        l.bind(2, ++lineNo);
        l.bind(3, line.productId);
        l.bind(4, line.quantityMilli);
        l.bind(5, line.unitPrice);
        l.bind(6, line.unitCost);
        l.bind(7, line.discount);
        l.bind(8, line.amount);
        if (auto inserted = l.insert(); !inserted)
            return inserted.error();
    }
    return id;
}

Result<std::unique_ptr<SqlDialect::Suspension>> SaleStore::deferIndexes(qint64 incoming)
{
    // Sales are never deleted, so the largest id is about how many there are — read from
    // the end of the table, where count(*) would read all of it.
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM sales"));
    auto held = sql::scalar(q);
    if (!held)
        return held.error();
    q.finish(); // a statement still reading would keep DROP INDEX from running
    // Building an index sorts all the rows it holds. Measured with a million sales in time
    // order, building both indexes afterwards took a third of inserting into them row by
    // row (the one by customer is written all over): a rebuild pays while the file holds
    // up to about twice as many sales as come in.
    if (incoming * 2 < *held)
        return std::unique_ptr<SqlDialect::Suspension>();
    QSqlDatabase db = m_database.connection();
    return m_database.dialect().deferIndexes(db, QStringLiteral("sales"));
}

Status SaleStore::setVoided(qint64 id, const QString& reason, const QDateTime& at)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE sales SET voided = 1, void_reason = ?, voided_at = ?"
                             " WHERE id = ?"));
    q.addBindValue(reason);
    q.addBindValue(at.toString(Qt::ISODateWithMs));
    q.addBindValue(id);
    if (!q.exec())
        return SqlError::from(q);
    return {};
}

Result<QList<SaleLine>> SaleStore::lines(qint64 saleId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") + lineColumns +
              QStringLiteral(" FROM sale_lines l JOIN products p ON p.id = l.product_id"
                             " WHERE l.sale_id = ? ORDER BY l.line_no"));
    q.addBindValue(saleId);
    if (!q.exec())
        return SqlError::from(q);
    QList<SaleLine> lines;
    if (Status read = sql::forEachRow(q, [&](const SqlRow& row) { lines.append(readLine(row)); });
        !read)
        return read.error();
    return lines;
}

Result<std::optional<Sale>> SaleStore::find(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") + saleColumns + QStringLiteral(" FROM sales WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return SqlError::from(q);
    Sale sale;
    auto found = sql::firstRow(q, [&](const SqlRow& row) { sale = readSale(row); });
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<Sale>();
    q.finish();
    auto saleLines = lines(sale.id);
    if (!saleLines)
        return saleLines.error();
    sale.lines = std::move(saleLines).value();
    return std::optional<Sale>(std::move(sale));
}

Result<std::optional<Sale>> SaleStore::findByReceipt(const QString& receipt) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id FROM sales WHERE receipt = ?"));
    q.addBindValue(receipt);
    if (!q.exec())
        return SqlError::from(q);
    qint64 id = 0;
    auto found = sql::firstRow(q, [&](const SqlRow& row) { id = row.integer("id"); });
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<Sale>();
    return find(id);
}

Status SaleStore::forEachSale(const std::function<void(const Sale&)>& visit) const
{
    // One pass over sales and their lines together, in sale order.
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
                    "SELECT s.id, s.receipt, s.sold_at, s.customer_id, s.payment, s.due_date,"
                    " s.lines_total, s.discount, s.revenue, s.cost_milli, s.note, s.voided,"
                    " s.void_reason, s.voided_at, s.created_at, ") +
                lineColumns +
                QStringLiteral(" FROM sales s JOIN sale_lines l ON l.sale_id = s.id"
                               " JOIN products p ON p.id = l.product_id WHERE s.voided = 0"
                               " ORDER BY s.id, l.line_no")))
        return SqlError::from(q);
    Sale current;
    if (Status read = sql::forEachRow(q,
                                      [&](const SqlRow& row) {
                                          if (row.integer("id") != current.id) {
                                              if (current.id != 0)
                                                  visit(current);
                                              current = readSale(row);
                                          }
                                          current.lines.append(readLine(row));
                                      });
        !read)
        return read.error();
    if (current.id != 0)
        visit(current);
    return {};
}

Result<QList<CreditSale>> SaleStore::creditSales(qint64 customerId, const QDate& asOf) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT id, receipt, sale_date, due_date, revenue FROM sales"
        " WHERE customer_id = ? AND payment = 'credit' AND voided = 0 AND sale_date <= ?"
        " ORDER BY sold_at, id"));
    q.addBindValue(customerId);
    q.addBindValue(asOf.toString(Qt::ISODate));
    if (!q.exec())
        return SqlError::from(q);
    QList<CreditSale> sales;
    if (Status read =
            sql::forEachRow(q,
                            [&](const SqlRow& row) {
                                sales.append(CreditSale{row.integer("id"), row.text("receipt"),
                                                        row.date("sale_date"), row.date("due_date"),
                                                        row.integer("revenue")});
                            });
        !read)
        return read.error();
    return sales;
}

Result<qint64> SaleStore::customerRevenue(qint64 customerId, const QDate& from,
                                          const QDate& to) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT coalesce(sum(revenue), 0) FROM sales WHERE customer_id = ?"
                             " AND sold_at >= ? AND sold_at < ? AND voided = 0"));
    q.addBindValue(customerId);
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.addDays(1).toString(Qt::ISODate));
    return sql::scalar(q);
}

Result<QList<Sale>> SaleStore::customerSales(qint64 customerId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + saleColumns +
              QStringLiteral(" FROM sales WHERE customer_id = ? ORDER BY sold_at, id"));
    q.addBindValue(customerId);
    if (!q.exec())
        return SqlError::from(q);
    QList<Sale> sales;
    if (Status read = sql::forEachRow(q, [&](const SqlRow& row) { sales.append(readSale(row)); });
        !read)
        return read.error();
    // Lines in one pass over the customer's sales, not one query per sale.
    QSqlQuery l(m_database.connection());
    l.setForwardOnly(true);
    l.prepare(QStringLiteral("SELECT l.sale_id, ") + lineColumns +
              QStringLiteral(" FROM sales s JOIN sale_lines l ON l.sale_id = s.id"
                             " JOIN products p ON p.id = l.product_id"
                             " WHERE s.customer_id = ? ORDER BY l.sale_id, l.line_no"));
    l.addBindValue(customerId);
    if (!l.exec())
        return SqlError::from(l);
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < sales.size(); ++i)
        index.insert(sales.at(i).id, i);
    if (Status read = sql::forEachRow(l,
                                      [&](const SqlRow& row) {
                                          if (auto it = index.find(row.integer("sale_id"));
                                              it != index.end())
                                              sales[it.value()].lines.append(readLine(row));
                                      });
        !read)
        return read.error();
    return sales;
}

Result<qint64> SaleStore::count() const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM sales"));
    return sql::scalar(q);
}

} // namespace setia
