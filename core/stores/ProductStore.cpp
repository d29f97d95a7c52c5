#include "stores/ProductStore.h"

#include "db/Database.h"
#include "db/SqlDialect.h"
#include "db/SqlError.h"
#include "db/SqlRows.h"
#include "db/SqlValue.h"

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

Product readProduct(const SqlRow& row)
{
    Product p;
    p.id = row.integer("id");
    p.sku = row.text("sku");
    p.name = row.text("name");
    p.category = row.text("category");
    p.unit = row.text("unit");
    p.price = row.integer("price");
    p.cost = row.integer("cost");
    p.active = row.flag("active");
    p.createdAt = row.dateTime("created_at");
    p.updatedAt = row.dateTime("updated_at");
    return p;
}

Result<QList<Product>> readProducts(QSqlQuery& query)
{
    QList<Product> products;
    if (Status read =
            sql::forEachRow(query, [&](const SqlRow& row) { products.append(readProduct(row)); });
        !read)
        return read.error();
    return products;
}

Result<std::optional<Product>> readOne(QSqlQuery& query)
{
    auto found = readProducts(query);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Product>();
    return std::optional<Product>(found->first());
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

// The full-text index of product names, SKUs and categories (schema version 1).
const SqlDialect::TextIndex& productWords()
{
    static const SqlDialect::TextIndex index{
        QStringLiteral("product_words"),
        {QStringLiteral("name"), QStringLiteral("sku"), QStringLiteral("category")},
        QString()};
    return index;
}

// Word prefixes of the search text as a full-text query; empty when there is nothing to
// match.
QString matchQuery(const SqlDialect& dialect, const QString& search)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\w]+"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    const QStringList words = search.split(nonWord, Qt::SkipEmptyParts);
    return words.isEmpty() ? QString() : dialect.prefixMatch(words);
}

QString searchSql(const SqlDialect& dialect)
{
    return QStringLiteral(" AND id IN (%1)").arg(dialect.textMatchIds(productWords()));
}

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
                                   " ORDER BY ") +
                    m_database.dialect().ignoringCase(QStringLiteral("category"))))
        return SqlError::from(query);
    QStringList categories;
    if (Status read = sql::forEachRow(
            query, [&](const SqlRow& row) { categories.append(row.text("category")); });
        !read)
        return read.error();
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
    return readOne(query);
}

Result<std::optional<Product>> ProductStore::findBySku(const QString& sku) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + productColumns +
                  QStringLiteral(" FROM products WHERE sku = :sku"));
    query.bindValue(QStringLiteral(":sku"), sku);
    if (!query.exec())
        return SqlError::from(query);
    return readOne(query);
}

Result<bool> ProductStore::skuTaken(const QString& sku, qint64 exceptId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM products WHERE sku = :sku AND id <> :id"));
    query.bindValue(QStringLiteral(":sku"), sku);
    query.bindValue(QStringLiteral(":id"), exceptId);
    if (!query.exec())
        return SqlError::from(query);
    return sql::nextRow(query);
}

Result<QList<Product>> ProductStore::all() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + productColumns +
                    QStringLiteral(" FROM products ORDER BY sku")))
        return SqlError::from(query);
    return readProducts(query);
}

Result<QList<ProductRow>> ProductStore::page(const ProductFilter& filter, ProductSort sort,
                                             const PageRequest& request) const
{
    const QString column = sortColumn(sort);
    const QString match = matchQuery(m_database.dialect(), filter.search);
    QString sql = QStringLiteral("SELECT ") + productColumns + QStringLiteral(", ") + column +
                  QStringLiteral(" AS sort_key FROM products WHERE active = :active");
    if (!match.isEmpty())
        sql += searchSql(m_database.dialect());
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
    if (Status read =
            sql::forEachRow(query,
                            [&](const SqlRow& row) {
                                Product product = readProduct(row);
                                PageKey key{row.value("sort_key"), product.id};
                                rows.append(ProductRow{std::move(product), std::move(key)});
                            });
        !read)
        return read.error();
    return rows;
}

Result<qint64> ProductStore::count(const ProductFilter& filter) const
{
    const QString match = matchQuery(m_database.dialect(), filter.search);
    QString sql = QStringLiteral("SELECT count(*) FROM products WHERE active = :active");
    if (!match.isEmpty())
        sql += searchSql(m_database.dialect());
    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    query.bindValue(QStringLiteral(":active"), filter.inactive ? 0 : 1);
    if (!match.isEmpty())
        query.bindValue(QStringLiteral(":match"), match);
    return sql::scalar(query);
}

} // namespace setia
