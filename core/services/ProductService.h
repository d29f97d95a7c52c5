#pragma once

#include "common/Result.h"
#include "domain/Product.h"
#include "domain/ProductList.h"
#include "services/BulkOptions.h"

#include <QObject>

namespace setia {

class Clock;
class Database;
class ProductStore;

// Product use cases: the catalogue's rules (unique SKU, whole-Rupiah price and cost).
class ProductService : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxSkuLength = 40;
    static constexpr int maxNameLength = 120;
    static constexpr int maxTextLength = 60;

    ProductService(Database& database, ProductStore& products, const Clock& clock,
                   QObject* parent = nullptr);

    Result<Product> validated(Product draft) const;
    Result<Product> create(Product draft);
    Result<Product> update(Product changed);
    Status setActive(qint64 id, bool active);
    // Saves many new products in one transaction (an import, demo data), each checked as by
    // create() — a SKU already in Setia included; the first that fails stops the call, nothing
    // saved. Returns the ids, in order.
    Result<QList<qint64>> createMany(QList<Product> drafts, const BulkOptions& options = {});

    Result<std::optional<Product>> find(qint64 id) const;
    Result<std::optional<Product>> findBySku(const QString& sku) const;
    // The whole catalogue, inactive products too, by SKU (a shop's is hundreds, not millions).
    Result<QList<Product>> all() const;
    Result<QStringList> categories() const;

    // The products list: a page of what `filter` finds, sorted, and how many it finds.
    Result<QList<ProductRow>> page(const ProductFilter& filter, ProductSort sort,
                                   const PageRequest& request) const;
    Result<qint64> count(const ProductFilter& filter) const;

Q_SIGNALS:
    // After the commit: one product was added or changed; or many were (an import).
    void productAdded(qint64 id);
    void productChanged(qint64 id);
    void productsChanged();

private:
    Status checkSku(const Product& product) const;

    Database& m_database;
    ProductStore& m_products;
    const Clock& m_clock;
};

} // namespace setia
