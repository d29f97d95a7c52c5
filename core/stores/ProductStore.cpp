#include "stores/ProductStore.h"

#include "db/Database.h"
#include "db/SqlError.h"
#include "db/SqlValue.h"
#include "db/SqlitePlatform.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace setia {
namespace {

const QString productColumns =
    QStringLiteral("id, sku, name, category, unit, price, cost, active, created_at, updated_at");

QString sortColumn(ProductSort sort)
{
    switch (sort) {
    case ProductSort::Sku:
        return QStringLiteral("sku");
    case ProductSort::Name:
        return QStringLiteral("sort_name");
    case ProductSort::Category:
        return QStringLiteral("category");
    case ProductSort::Price:
        return QStringLiteral("price");
    }
    return QStringLiteral("sort_name");
}

Product readProduct(const QSqlQuery& q)
{
    Product p;
    p.id = q.value(0).toLongLong();
    p.sku = q.value(1).toString();
    p.name = q.value(2).toString();
    p.category = q.value(3).toString();
    p.unit = q.value(4).toString();
    p.price = q.value(5).toLongLong();
    p.cost = q.value(6).toLongLong();
    p.active = q.value(7).toInt() != 0;
    p.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    p.updatedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    return p;
}

void bindProduct(QSqlQuery& query, const Product& p)
{
    query.bindValue(QStringLiteral(":sku"), sql::text(p.sku));
    query.bindValue(QStringLiteral(":name"), sql::text(p.name));
    query.bindValue(QStringLiteral(":sort_name"), p.name.toCaseFolded());
    query.bindValue(QStringLiteral(":category"), sql::text(p.category));
    query.bindValue(QStringLiteral(":unit"), sql::text(p.unit));
    query.bindValue(QStringLiteral(":price"), p.price);
    query.bindValue(QStringLiteral(":cost"), p.cost);
    query.bindValue(QStringLiteral(":active"), p.active ? 1 : 0);
    query.bindValue(QStringLiteral(":updated_at"), p.updatedAt.toString(Qt::ISODateWithMs));
}

// Word prefixes of the search text as an FTS query; empty when there is nothing to match.
QString matchQuery(const QString& search)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\w]+"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    const QStringList words = search.split(nonWord, Qt::SkipEmptyParts);
    return words.isEmpty() ? QString() : sqlite::prefixMatchQuery(words);
}

const QString searchSql =
    QStringLiteral(" AND id IN (SELECT rowid FROM product_words WHERE product_words MATCH :match)");

} // namespace

ProductStore::ProductStore(Database& database)
    : m_database(database)
{}

Result<qint64> ProductStore::insert(const Product& product)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO products (sku, name, sort_name, category, unit, price, cost, active,"
        " created_at, updated_at) VALUES (:sku, :name, :sort_name, :category, :unit, :price,"
        " :cost, :active, :created_at, :updated_at)"));
    bindProduct(query, product);
    query.bindValue(QStringLiteral(":created_at"), product.createdAt.toString(Qt::ISODateWithMs));
    if (!query.exec())
        return SqlError::from(query);
    return query.lastInsertId().toLongLong();
}

Status ProductStore::update(const Product& product)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE products SET sku = :sku, name = :name, sort_name = :sort_name,"
        " category = :category, unit = :unit, price = :price, cost = :cost, active = :active,"
        " updated_at = :updated_at WHERE id = :id"));
    bindProduct(query, product);
    query.bindValue(QStringLiteral(":id"), product.id);
    if (!query.exec())
        return SqlError::from(query);
    return {};
}

Result<QStringList> ProductStore::categories() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT DISTINCT category FROM products WHERE category <> ''"
                                   " ORDER BY category COLLATE NOCASE")))
        return SqlError::from(query);
    QStringList categories;
    while (query.next())
        categories.append(query.value(0).toString());
    return categories;
}

Result<std::optional<Product>> ProductStore::find(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + productColumns +
                  QStringLiteral(" FROM products WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return SqlError::from(query);
    if (!query.next())
        return std::optional<Product>();
    return std::optional<Product>(readProduct(query));
}

Result<std::optional<Product>> ProductStore::findBySku(const QString& sku) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + productColumns +
                  QStringLiteral(" FROM products WHERE sku = :sku"));
    query.bindValue(QStringLiteral(":sku"), sku);
    if (!query.exec())
        return SqlError::from(query);
    if (!query.next())
        return std::optional<Product>();
    return std::optional<Product>(readProduct(query));
}

Result<bool> ProductStore::skuTaken(const QString& sku, qint64 exceptId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM products WHERE sku = :sku AND id <> :id"));
    query.bindValue(QStringLiteral(":sku"), sku);
    query.bindValue(QStringLiteral(":id"), exceptId);
    if (!query.exec())
        return SqlError::from(query);
    return query.next();
}

Result<QList<Product>> ProductStore::all() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + productColumns +
                    QStringLiteral(" FROM products ORDER BY sku")))
        return SqlError::from(query);
    QList<Product> products;
    while (query.next())
        products.append(readProduct(query));
    return products;
}

Result<QList<ProductRow>> ProductStore::page(const ProductFilter& filter, ProductSort sort,
                                             const PageRequest& request) const
{
    const QString column = sortColumn(sort);
    const QString match = matchQuery(filter.search);
    QString sql = QStringLiteral("SELECT ") + productColumns + QStringLiteral(", ") + column +
                  QStringLiteral(" FROM products WHERE active = :active");
    if (!match.isEmpty())
        sql += searchSql;
    if (request.after)
        sql += QStringLiteral(" AND ") +
               keyset::condition(column, QStringLiteral("id"), request.order);
    sql += keyset::orderAndLimit(column, QStringLiteral("id"), request.order, request.limit);

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.bindValue(QStringLiteral(":active"), filter.inactive ? 0 : 1);
    if (!match.isEmpty())
        query.bindValue(QStringLiteral(":match"), match);
    if (request.after) {
        query.bindValue(QStringLiteral(":after_value"), request.after->value);
        query.bindValue(QStringLiteral(":after_id"), request.after->id);
    }
    if (!query.exec())
        return SqlError::from(query);
    QList<ProductRow> rows;
    while (query.next()) {
        Product product = readProduct(query);
        PageKey key{query.value(10), product.id};
        rows.append(ProductRow{std::move(product), std::move(key)});
    }
    return rows;
}

Result<qint64> ProductStore::count(const ProductFilter& filter) const
{
    const QString match = matchQuery(filter.search);
    QString sql = QStringLiteral("SELECT count(*) FROM products WHERE active = :active");
    if (!match.isEmpty())
        sql += searchSql;
    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    query.bindValue(QStringLiteral(":active"), filter.inactive ? 0 : 1);
    if (!match.isEmpty())
        query.bindValue(QStringLiteral(":match"), match);
    if (!query.exec() || !query.next())
        return SqlError::from(query);
    return query.value(0).toLongLong();
}

} // namespace setia
