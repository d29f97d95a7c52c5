#include "stores/TargetQuery.h"

#include "db/Database.h"
#include "db/IdList.h"
#include "db/SqlDialect.h"
#include "db/SqlError.h"
#include "db/SqlRows.h"
#include "domain/IsoTime.h"

#include <QSqlQuery>
#include <QStringList>

namespace setia {
namespace {

constexpr qsizetype rhythmDays = 6;

} // namespace

TargetQuery::TargetQuery(Database& database)
    : m_database(database)
{}

namespace {

const QString candidateColumns =
    QStringLiteral("SELECT id, code, name, address, city, area, phone, customer_type, salesperson,"
                   " visit_days FROM customers");

TargetCandidate readCandidate(const Statement& q)
{
    TargetCandidate candidate;
    TargetCustomer& c = candidate.customer;
    c.customerId = q.integer("id");
    c.code = q.text("code");
    c.name = q.text("name");
    c.address = q.text("address");
    c.city = q.text("city");
    c.area = q.text("area");
    c.phone = q.text("phone");
    c.type = q.text("customer_type");
    c.salesperson = q.text("salesperson");
    candidate.visitDays = VisitDays::fromMask(static_cast<int>(q.integer("visit_days")));
    return candidate;
}

} // namespace

Result<QStringList> TargetQuery::distinct(const QString& column) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // `column` is one of the two names the header allows, never text from a user.
    if (!q.exec(QStringLiteral("SELECT DISTINCT %1 AS name FROM customers"
                               " WHERE archived = 0 AND %1 <> '' ORDER BY %1")
                    .arg(column)))
        return SqlError::from(q);
    QStringList names;
    if (Status read =
            sql::forEachRow(q, [&](const SqlRow& row) { names.append(row.text("name")); });
        !read)
        return read.error();
    return names;
}

Result<std::optional<TargetCandidate>> TargetQuery::candidate(qint64 customerId) const
{
    auto prepared = m_database.dialect().prepare(
        m_database.connection(),
        candidateColumns + QStringLiteral(" WHERE id = ? AND archived = 0"));
    if (!prepared)
        return prepared.error();
    Statement& q = **prepared;
    q.bind(1, customerId);
    std::optional<TargetCandidate> found;
    if (Status read = q.forEach([&] { found = readCandidate(q); }); !read)
        return read.error();
    return found;
}

Result<QList<TargetCandidate>> TargetQuery::candidates(const QString& salesperson,
                                                       const QString& area) const
{
    QString sql = candidateColumns + QStringLiteral(" WHERE archived = 0 AND bad = 0");
    // The spellings of the salesperson or area come from their index (archived, column);
    // the customers then from it too, rather than a function over every customer.
    QStringList values;
    if (!salesperson.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND salesperson IN (SELECT DISTINCT salesperson FROM customers"
                              " WHERE archived = 0 AND lower(trim(salesperson)) = lower(?))");
        values.append(salesperson.trimmed());
    }
    if (!area.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND area IN (SELECT DISTINCT area FROM customers"
                              " WHERE archived = 0 AND lower(trim(area)) = lower(?))");
        values.append(area.trimmed());
    }
    auto prepared = m_database.dialect().prepare(m_database.connection(), sql);
    if (!prepared)
        return prepared.error();
    Statement& q = **prepared;
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bind(int(i + 1), values.at(i));
    QList<TargetCandidate> customers;
    if (Status read = q.forEach([&] { customers.append(readCandidate(q)); }); !read)
        return read.error();
    return customers;
}

Result<QHash<qint64, PurchaseRhythm>> TargetQuery::rhythms(const QSet<qint64>& customers,
                                                           const QDate& day) const
{
    auto prepared = m_database.dialect().prepare(
        m_database.connection(),
        QStringLiteral("SELECT customer_id, sale_date FROM sales"
                       " WHERE voided = 0 AND customer_id IS NOT NULL AND sale_date <= ?"
                       " ORDER BY customer_id, sale_date"));
    if (!prepared)
        return prepared.error();
    Statement& q = **prepared;
    q.bind(1, isoTime::date(day));
    const int customerColumn = q.column("customer_id");
    const int dateColumn = q.column("sale_date");
    QHash<qint64, PurchaseRhythm> rhythms;
    qint64 current = 0;
    PurchaseRhythm* rhythm = nullptr;
    if (Status read = q.forEach([&] {
            const qint64 customer = q.integer(customerColumn);
            if (customer != current) {
                current = customer;
                rhythm = customers.contains(customer) ? &rhythms[customer] : nullptr;
            }
            if (!rhythm)
                return;
            ++rhythm->sales;
            const QDate date = isoTime::parseDate(q.utf8(dateColumn));
            if (!rhythm->lastDays.isEmpty() && rhythm->lastDays.constLast() == date)
                return; // several sales on one day are one purchase day
            rhythm->lastDays.append(date);
            if (rhythm->lastDays.size() > rhythmDays)
                rhythm->lastDays.removeFirst();
        });
        !read)
        return read.error();
    return rhythms;
}

Result<QHash<qint64, QList<TargetSale>>> TargetQuery::sales(const QList<qint64>& customers,
                                                            const QDate& day) const
{
    QHash<qint64, QList<TargetSale>> sales;
    if (customers.isEmpty())
        return sales;
    auto prepared = m_database.dialect().prepare(
        m_database.connection(),
        QStringLiteral("SELECT s.customer_id, s.id, s.sold_at, s.receipt, s.revenue,"
                       " l.product_id, l.quantity_milli"
                       " FROM sales s %1 sale_lines l ON l.sale_id = s.id"
                       " WHERE s.customer_id IN (%2) AND s.voided = 0 AND s.sale_date <= ?"
                       " ORDER BY s.customer_id, s.sold_at, s.receipt, l.line_no")
            .arg(m_database.dialect().orderedJoin(), sql::idList(customers)));
    if (!prepared)
        return prepared.error();
    Statement& q = **prepared;
    q.bind(1, isoTime::date(day));
    qint64 lastSale = 0;
    if (Status read = q.forEach([&] {
            QList<TargetSale>& list = sales[q.integer("customer_id")];
            const qint64 saleId = q.integer("id");
            if (saleId != lastSale) {
                lastSale = saleId;
                TargetSale sale;
                sale.soldAt = QDateTime::fromString(q.text("sold_at"), Qt::ISODate);
                sale.receipt = q.text("receipt");
                sale.revenue = q.integer("revenue");
                list.append(sale);
            }
            list.last().milliByProduct[q.integer("product_id")] += q.integer("quantity_milli");
        });
        !read)
        return read.error();
    return sales;
}

Result<QHash<qint64, TargetProduct>> TargetQuery::products() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, sku, name, price FROM products")))
        return SqlError::from(q);
    QHash<qint64, TargetProduct> products;
    if (Status read = sql::forEachRow(
            q,
            [&](const SqlRow& row) {
                products.insert(row.integer("id"), TargetProduct{row.text("sku"), row.text("name"),
                                                                 row.integer("price")});
            });
        !read)
        return read.error();
    return products;
}

Result<QHash<QString, QHash<qint64, qint64>>>
TargetQuery::boughtByType(const QSet<QString>& types, const QDate& from, const QDate& to) const
{
    QHash<QString, QHash<qint64, qint64>> bought;
    if (types.isEmpty())
        return bought;
    // Each customer of one of the types, by id; then the lines of the period's sales (from
    // the index by time: sold_at starts with the sale's date), added up here. Grouping in
    // SQL would sort 300 000 lines of a 90-day period at 1 000 000 sales.
    auto customers = m_database.dialect().prepare(
        m_database.connection(), QStringLiteral("SELECT id, customer_type FROM customers"));
    if (!customers)
        return customers.error();
    // Added up by the type's position here, named once at the end.
    QList<QHash<qint64, qint64>> byType;
    QStringList typeNames;
    QHash<QString, int> typeIndex;
    QHash<qint64, int> customerType;
    Statement& all = **customers;
    const int idColumn = all.column("id");
    const int typeColumn = all.column("customer_type");
    if (Status read = all.forEach([&] {
            const QString type = all.text(typeColumn);
            if (!types.contains(type))
                return;
            auto index = typeIndex.constFind(type);
            if (index == typeIndex.cend()) {
                index = typeIndex.insert(type, int(byType.size()));
                byType.append(QHash<qint64, qint64>());
                typeNames.append(type);
            }
            customerType.insert(all.integer(idColumn), *index);
        });
        !read)
        return read.error();
    auto lines = m_database.dialect().prepare(
        m_database.connection(),
        QStringLiteral("SELECT s.customer_id, l.product_id, l.quantity_milli"
                       " FROM sales s %1 sale_lines l ON l.sale_id = s.id"
                       " WHERE s.sold_at >= ? AND s.sold_at < ? AND s.voided = 0"
                       " AND s.customer_id IS NOT NULL")
            .arg(m_database.dialect().orderedJoin()));
    if (!lines)
        return lines.error();
    Statement& q = **lines;
    q.bind(1, isoTime::date(from));
    q.bind(2, isoTime::date(to.addDays(1)));
    const int customer = q.column("customer_id");
    const int product = q.column("product_id");
    const int quantity = q.column("quantity_milli");
    if (Status read = q.forEach([&] {
            const auto type = customerType.constFind(q.integer(customer));
            if (type != customerType.cend())
                byType[*type][q.integer(product)] += q.integer(quantity);
        });
        !read)
        return read.error();
    for (qsizetype i = 0; i < typeNames.size(); ++i)
        bought.insert(typeNames.at(i), byType.at(i));
    return bought;
}

} // namespace setia
