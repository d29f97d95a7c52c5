#include "stores/TargetQuery.h"

#include "db/Database.h"
#include "db/SqlError.h"
#include "db/SqlitePlatform.h"
#include "domain/IsoTime.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace setia {
namespace {

constexpr qsizetype rhythmDays = 6;

// Ids read from the database, listed in the SQL as they are.
QString idList(const QList<qint64>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

} // namespace

TargetQuery::TargetQuery(Database& database)
    : m_database(database)
{}

namespace {

const QString candidateColumns =
    QStringLiteral("SELECT id, code, name, address, city, area, phone, customer_type, salesperson,"
                   " visit_days FROM customers");

TargetCandidate readCandidate(const sqlite::FastStatement& q)
{
    TargetCandidate candidate;
    TargetCustomer& c = candidate.customer;
    c.customerId = q.columnInt(0);
    c.code = q.columnText(1);
    c.name = q.columnText(2);
    c.address = q.columnText(3);
    c.city = q.columnText(4);
    c.area = q.columnText(5);
    c.phone = q.columnText(6);
    c.type = q.columnText(7);
    c.salesperson = q.columnText(8);
    candidate.visitDays = VisitDays::fromMask(static_cast<int>(q.columnInt(9)));
    return candidate;
}

} // namespace

Result<QStringList> TargetQuery::distinct(const QString& column) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // `column` is one of the two names the header allows, never text from a user.
    if (!q.exec(QStringLiteral("SELECT DISTINCT %1 FROM customers"
                               " WHERE archived = 0 AND %1 <> '' ORDER BY %1")
                    .arg(column)))
        return SqlError::from(q);
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

Result<std::optional<TargetCandidate>> TargetQuery::candidate(qint64 customerId) const
{
    auto prepared = sqlite::FastStatement::prepare(
        m_database.connection(),
        candidateColumns + QStringLiteral(" WHERE id = ?1 AND archived = 0"));
    if (!prepared)
        return prepared.error();
    (*prepared)->bind(1, customerId);
    auto row = (*prepared)->next();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<TargetCandidate>();
    return std::optional<TargetCandidate>(readCandidate(**prepared));
}

Result<QList<TargetCandidate>> TargetQuery::candidates(const QString& salesperson,
                                                       const QString& area) const
{
    QString sql = candidateColumns + QStringLiteral(" WHERE archived = 0 AND bad = 0");
    // The spellings of the salesperson or area come from their index (archived, column);
    // the customers then from it too, rather than a function over every customer.
    if (!salesperson.trimmed().isEmpty())
        sql += QStringLiteral(" AND salesperson IN (SELECT DISTINCT salesperson FROM customers"
                              " WHERE archived = 0 AND lower(trim(salesperson)) = lower(?1))");
    if (!area.trimmed().isEmpty())
        sql += QStringLiteral(" AND area IN (SELECT DISTINCT area FROM customers"
                              " WHERE archived = 0 AND lower(trim(area)) = lower(?2))");
    auto prepared = sqlite::FastStatement::prepare(m_database.connection(), sql);
    if (!prepared)
        return prepared.error();
    sqlite::FastStatement& q = **prepared;
    if (!salesperson.trimmed().isEmpty())
        q.bind(1, salesperson.trimmed());
    if (!area.trimmed().isEmpty())
        q.bind(2, area.trimmed());
    QList<TargetCandidate> customers;
    if (Status read = q.forEach([&] { customers.append(readCandidate(q)); }); !read)
        return read.error();
    return customers;
}

Result<QHash<qint64, PurchaseRhythm>> TargetQuery::rhythms(const QSet<qint64>& customers,
                                                           const QDate& day) const
{
    auto prepared = sqlite::FastStatement::prepare(
        m_database.connection(),
        QStringLiteral("SELECT customer_id, sale_date FROM sales"
                       " WHERE voided = 0 AND customer_id IS NOT NULL AND sale_date <= ?1"
                       " ORDER BY customer_id, sale_date"));
    if (!prepared)
        return prepared.error();
    sqlite::FastStatement& q = **prepared;
    q.bind(1, isoTime::date(day));
    QHash<qint64, PurchaseRhythm> rhythms;
    qint64 current = 0;
    PurchaseRhythm* rhythm = nullptr;
    QString lastText;
    if (Status read = q.forEach([&] {
            const qint64 customer = q.columnInt(0);
            if (customer != current) {
                current = customer;
                rhythm = customers.contains(customer) ? &rhythms[customer] : nullptr;
                lastText.clear();
            }
            if (!rhythm)
                return;
            ++rhythm->sales;
            const QString text = q.columnText(1);
            if (text == lastText)
                return; // several sales on one day are one purchase day
            lastText = text;
            rhythm->lastDays.append(QDate::fromString(text, Qt::ISODate));
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
    auto prepared = sqlite::FastStatement::prepare(
        m_database.connection(),
        QStringLiteral("SELECT s.customer_id, s.id, s.sold_at, s.receipt, s.revenue,"
                       " l.product_id, l.quantity_milli"
                       " FROM sales s CROSS JOIN sale_lines l ON l.sale_id = s.id"
                       " WHERE s.customer_id IN (%1) AND s.voided = 0 AND s.sale_date <= ?1"
                       " ORDER BY s.customer_id, s.sold_at, s.receipt, l.line_no")
            .arg(idList(customers)));
    if (!prepared)
        return prepared.error();
    sqlite::FastStatement& q = **prepared;
    q.bind(1, isoTime::date(day));
    qint64 lastSale = 0;
    if (Status read = q.forEach([&] {
            QList<TargetSale>& list = sales[q.columnInt(0)];
            const qint64 saleId = q.columnInt(1);
            if (saleId != lastSale) {
                lastSale = saleId;
                TargetSale sale;
                sale.soldAt = QDateTime::fromString(q.columnText(2), Qt::ISODate);
                sale.receipt = q.columnText(3);
                sale.revenue = q.columnInt(4);
                list.append(sale);
            }
            list.last().milliByProduct[q.columnInt(5)] += q.columnInt(6);
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
    while (q.next())
        products.insert(
            q.value(0).toLongLong(),
            TargetProduct{q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
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
    auto customers = sqlite::FastStatement::prepare(
        m_database.connection(), QStringLiteral("SELECT id, customer_type FROM customers"));
    if (!customers)
        return customers.error();
    // Added up by the type's position here, named once at the end.
    QList<QHash<qint64, qint64>> byType;
    QStringList typeNames;
    QHash<QString, int> typeIndex;
    QHash<qint64, int> customerType;
    sqlite::FastStatement& all = **customers;
    if (Status read = all.forEach([&] {
            const QString type = all.columnText(1);
            if (!types.contains(type))
                return;
            auto index = typeIndex.constFind(type);
            if (index == typeIndex.cend()) {
                index = typeIndex.insert(type, int(byType.size()));
                byType.append(QHash<qint64, qint64>());
                typeNames.append(type);
            }
            customerType.insert(all.columnInt(0), *index);
        });
        !read)
        return read.error();
    auto lines = sqlite::FastStatement::prepare(
        m_database.connection(),
        QStringLiteral("SELECT s.customer_id, l.product_id, l.quantity_milli"
                       " FROM sales s CROSS JOIN sale_lines l ON l.sale_id = s.id"
                       " WHERE s.sold_at >= ?1 AND s.sold_at < ?2 AND s.voided = 0"
                       " AND s.customer_id IS NOT NULL"));
    if (!lines)
        return lines.error();
    sqlite::FastStatement& q = **lines;
    q.bind(1, isoTime::date(from));
    q.bind(2, isoTime::date(to.addDays(1)));
    if (Status read = q.forEach([&] {
            const auto type = customerType.constFind(q.columnInt(0));
            if (type != customerType.cend())
                byType[*type][q.columnInt(1)] += q.columnInt(2);
        });
        !read)
        return read.error();
    for (qsizetype i = 0; i < typeNames.size(); ++i)
        bought.insert(typeNames.at(i), byType.at(i));
    return bought;
}

} // namespace setia
