#include "stores/SaleStore.h"

#include "db/Database.h"
#include "db/SqlError.h"
#include "db/SqlValue.h"

#include <QHash>
#include <QVariant>

namespace setia {
namespace {

const QString saleColumns = QStringLiteral(
    "id, receipt, sold_at, customer_id, payment, due_date, lines_total, discount, revenue,"
    " cost_milli, note, voided, void_reason, voided_at, created_at");

QString timeText(const QDateTime& at)
{
    return at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

Sale readSale(const QSqlQuery& q)
{
    Sale s;
    s.id = q.value(0).toLongLong();
    s.receipt = q.value(1).toString();
    s.soldAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
    s.customerId = q.value(3).toLongLong();
    s.payment = sale::paymentFromId(q.value(4).toString()).value_or(PaymentKind::Cash);
    s.dueDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    s.linesTotal = q.value(6).toLongLong();
    s.discount = q.value(7).toLongLong();
    s.revenue = q.value(8).toLongLong();
    s.costMilli = q.value(9).toLongLong();
    s.note = q.value(10).toString();
    s.voided = q.value(11).toInt() != 0;
    s.voidReason = q.value(12).toString();
    s.voidedAt = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
    s.createdAt = QDateTime::fromString(q.value(14).toString(), Qt::ISODateWithMs);
    return s;
}

} // namespace

SaleStore::SaleStore(Database& database)
    : m_database(database)
{}

Result<qint64> SaleStore::insert(const Sale& sale)
{
    if (m_insertSale.lastQuery().isEmpty()) {
        m_insertSale = QSqlQuery(m_database.connection());
        m_insertSale.prepare(QStringLiteral(
            "INSERT INTO sales (receipt, sold_at, sale_date, customer_id, payment, due_date,"
            " lines_total, discount, revenue, cost_milli, note, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        m_insertLine = QSqlQuery(m_database.connection());
        m_insertLine.prepare(QStringLiteral(
            "INSERT INTO sale_lines (sale_id, line_no, product_id, sku, product_name,"
            " quantity_milli, unit_price, unit_cost, discount, amount)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    QSqlQuery& q = m_insertSale;
    q.bindValue(0, sale.receipt);
    q.bindValue(1, timeText(sale.soldAt));
    q.bindValue(2, sale.soldAt.date().toString(Qt::ISODate));
    q.bindValue(3, sale.customerId > 0 ? QVariant(sale.customerId)
                                       : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(4, sale::paymentId(sale.payment));
    q.bindValue(5, sql::date(sale.dueDate));
    q.bindValue(6, sale.linesTotal);
    q.bindValue(7, sale.discount);
    q.bindValue(8, sale.revenue);
    q.bindValue(9, sale.costMilli);
    q.bindValue(10, sql::text(sale.note));
    q.bindValue(11, sale.createdAt.toString(Qt::ISODateWithMs));
    if (!q.exec())
        return SqlError::from(q);
    const qint64 id = q.lastInsertId().toLongLong();
    int lineNo = 0;
    for (const SaleLine& line : sale.lines) {
        QSqlQuery& l = m_insertLine;
        l.bindValue(0, id);
        l.bindValue(1, ++lineNo);
        l.bindValue(2, line.productId);
        l.bindValue(3, sql::text(line.sku));
        l.bindValue(4, sql::text(line.productName));
        l.bindValue(5, line.quantity.milli());
        l.bindValue(6, line.unitPrice);
        l.bindValue(7, line.unitCost);
        l.bindValue(8, line.discount);
        l.bindValue(9, line.amount);
        if (!l.exec())
            return SqlError::from(l);
    }
    return id;
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
    q.prepare(QStringLiteral("SELECT product_id, sku, product_name, quantity_milli, unit_price,"
                             " unit_cost, discount, amount FROM sale_lines WHERE sale_id = ?"
                             " ORDER BY line_no"));
    q.addBindValue(saleId);
    if (!q.exec())
        return SqlError::from(q);
    QList<SaleLine> lines;
    while (q.next()) {
        SaleLine line;
        line.productId = q.value(0).toLongLong();
        line.sku = q.value(1).toString();
        line.productName = q.value(2).toString();
        line.quantity = Quantity::fromMilli(q.value(3).toLongLong());
        line.unitPrice = q.value(4).toLongLong();
        line.unitCost = q.value(5).toLongLong();
        line.discount = q.value(6).toLongLong();
        line.amount = q.value(7).toLongLong();
        lines.append(line);
    }
    return lines;
}

Result<std::optional<Sale>> SaleStore::find(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") + saleColumns + QStringLiteral(" FROM sales WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return SqlError::from(q);
    if (!q.next())
        return std::optional<Sale>();
    Sale sale = readSale(q);
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
    if (!q.next())
        return std::optional<Sale>();
    return find(q.value(0).toLongLong());
}

Result<bool> SaleStore::receiptTaken(const QString& receipt) const
{
    if (m_receiptTaken.lastQuery().isEmpty()) {
        m_receiptTaken = QSqlQuery(m_database.connection());
        m_receiptTaken.prepare(QStringLiteral("SELECT 1 FROM sales WHERE receipt = ?"));
    }
    m_receiptTaken.bindValue(0, receipt);
    if (!m_receiptTaken.exec())
        return SqlError::from(m_receiptTaken);
    const bool taken = m_receiptTaken.next();
    m_receiptTaken.finish();
    return taken;
}

Status SaleStore::forEachSale(const std::function<void(const Sale&)>& visit) const
{
    // One pass over sales and their lines together, in sale order.
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT s.id, s.receipt, s.sold_at, s.customer_id, s.payment, s.due_date,"
            " s.lines_total, s.discount, s.revenue, s.cost_milli, s.note, s.voided,"
            " s.void_reason, s.voided_at, s.created_at, l.product_id, l.sku, l.product_name,"
            " l.quantity_milli, l.unit_price, l.unit_cost, l.discount, l.amount"
            " FROM sales s JOIN sale_lines l ON l.sale_id = s.id WHERE s.voided = 0"
            " ORDER BY s.id, l.line_no")))
        return SqlError::from(q);
    Sale current;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id != current.id) {
            if (current.id != 0)
                visit(current);
            current = readSale(q);
        }
        SaleLine line;
        line.productId = q.value(15).toLongLong();
        line.sku = q.value(16).toString();
        line.productName = q.value(17).toString();
        line.quantity = Quantity::fromMilli(q.value(18).toLongLong());
        line.unitPrice = q.value(19).toLongLong();
        line.unitCost = q.value(20).toLongLong();
        line.discount = q.value(21).toLongLong();
        line.amount = q.value(22).toLongLong();
        current.lines.append(line);
    }
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
        " ORDER BY sold_at, receipt"));
    q.addBindValue(customerId);
    q.addBindValue(asOf.toString(Qt::ISODate));
    if (!q.exec())
        return SqlError::from(q);
    QList<CreditSale> sales;
    while (q.next())
        sales.append(CreditSale{q.value(0).toLongLong(), q.value(1).toString(),
                                QDate::fromString(q.value(2).toString(), Qt::ISODate),
                                QDate::fromString(q.value(3).toString(), Qt::ISODate),
                                q.value(4).toLongLong()});
    return sales;
}

Result<QList<Sale>> SaleStore::customerSales(qint64 customerId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + saleColumns +
              QStringLiteral(" FROM sales WHERE customer_id = ? ORDER BY sold_at, receipt"));
    q.addBindValue(customerId);
    if (!q.exec())
        return SqlError::from(q);
    QList<Sale> sales;
    while (q.next())
        sales.append(readSale(q));
    // Lines in one pass over the customer's sales, not one query per sale.
    QSqlQuery l(m_database.connection());
    l.setForwardOnly(true);
    l.prepare(QStringLiteral(
        "SELECT l.sale_id, l.product_id, l.sku, l.product_name, l.quantity_milli, l.unit_price,"
        " l.unit_cost, l.discount, l.amount FROM sales s JOIN sale_lines l ON l.sale_id = s.id"
        " WHERE s.customer_id = ? ORDER BY l.sale_id, l.line_no"));
    l.addBindValue(customerId);
    if (!l.exec())
        return SqlError::from(l);
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < sales.size(); ++i)
        index.insert(sales.at(i).id, i);
    while (l.next()) {
        SaleLine line;
        line.productId = l.value(1).toLongLong();
        line.sku = l.value(2).toString();
        line.productName = l.value(3).toString();
        line.quantity = Quantity::fromMilli(l.value(4).toLongLong());
        line.unitPrice = l.value(5).toLongLong();
        line.unitCost = l.value(6).toLongLong();
        line.discount = l.value(7).toLongLong();
        line.amount = l.value(8).toLongLong();
        if (auto it = index.find(l.value(0).toLongLong()); it != index.end())
            sales[it.value()].lines.append(line);
    }
    return sales;
}

Result<qint64> SaleStore::count() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sales")) || !q.next())
        return SqlError::from(q);
    return q.value(0).toLongLong();
}

} // namespace setia
