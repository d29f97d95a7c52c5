#pragma once

#include "io/CsvImport.h"

#include <QCoreApplication>
#include <QSet>

namespace setia {

class ProductService;
class ProductStore;
class Clock;

// Products files (SPEC §8): sku, name, category, unit, price, cost, checked by the
// catalogue's own rules. A SKU already in Setia or earlier in the file is refused.
class ProductCsvImport final : public CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(ProductCsvImport)

public:
    ProductCsvImport(const ProductService& rules, ProductStore& products, const Clock& clock);

    static QStringList canonicalColumns();
    QStringList columns() const override { return canonicalColumns(); }
    QStringList requiredColumns() const override;
    std::optional<QString> addRow(int line, const QStringList& values) override;
    Result<qint64> finish(QList<RejectedRow>& rejected, int& acceptedRows,
                          const ImportProgress& progress) override;

private:
    const ProductService& m_rules;
    ProductStore& m_products;
    const Clock& m_clock;
    QSet<QString> m_seen;
    qint64 m_created = 0;
    std::optional<Error> m_failure;
};

} // namespace setia
