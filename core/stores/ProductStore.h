#pragma once

#include "common/Result.h"
#include "domain/Product.h"
#include "domain/ProductList.h"
#include "stores/Keyset.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace setia {

class Database;

// All SQL about products. Writes run inside the caller's Transaction.
class ProductStore
{
public:
    explicit ProductStore(Database& database);

    Result<qint64> insert(const Product& product);
    Status update(const Product& product);

    Result<std::optional<Product>> find(qint64 id) const;
    Result<std::optional<Product>> findBySku(const QString& sku) const;
    Result<bool> skuTaken(const QString& sku, qint64 exceptId = 0) const;
    // The whole catalogue, inactive products too, by SKU (imports and exports: a shop's
    // catalogue is hundreds of products, not millions).
    Result<QList<Product>> all() const;
    // The categories in use, each once, in alphabetical order.
    Result<QStringList> categories() const;

    Result<QList<ProductRow>> page(const ProductFilter& filter, ProductSort sort,
                                   const PageRequest& request) const;
    Result<qint64> count(const ProductFilter& filter) const;

private:
    Database& m_database;
};

} // namespace setia
