#pragma once

#include "common/Result.h"
#include "domain/Product.h"

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

    Result<std::optional<Product>> find(qint64 id) const;
    Result<QStringList> categories() const;

Q_SIGNALS:
    void productAdded(qint64 id);
    void productChanged(qint64 id);

private:
    Status checkSku(const Product& product) const;

    Database& m_database;
    ProductStore& m_products;
    const Clock& m_clock;
};

} // namespace setia
