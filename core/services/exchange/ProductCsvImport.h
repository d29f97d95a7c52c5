#pragma once

#include "domain/Product.h"
#include "services/exchange/CsvImport.h"

#include <QCoreApplication>
#include <QSet>

namespace setia {

class ProductService;

// Products files (SPEC §8): sku, name, category, unit, price, cost, checked by the
// catalogue's own rules. A SKU already in Setia or earlier in the file is refused.
class ProductCsvImport final : public CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(ProductCsvImport)

public:
    explicit ProductCsvImport(ProductService& products);

    std::optional<QString> addRow(int line, const QStringList& values) override;
    Result<qint64> finish(QList<RejectedRow>& rejected, int& acceptedRows,
                          const BulkOptions& options) override;

private:
    ProductService& m_products;
    QSet<QString> m_seen;
    QList<Product> m_staged;
};

} // namespace setia
