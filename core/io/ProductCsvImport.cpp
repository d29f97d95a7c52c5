#include "io/ProductCsvImport.h"

#include "common/Clock.h"
#include "io/CsvFields.h"
#include "services/ProductService.h"
#include "stores/ProductStore.h"

namespace setia {

ProductCsvImport::ProductCsvImport(const ProductService& rules, ProductStore& products,
                                   const Clock& clock)
    : m_rules(rules)
    , m_products(products)
    , m_clock(clock)
{}

QStringList ProductCsvImport::canonicalColumns()
{
    return {QStringLiteral("sku"),  QStringLiteral("name"),  QStringLiteral("category"),
            QStringLiteral("unit"), QStringLiteral("price"), QStringLiteral("cost")};
}

QStringList ProductCsvImport::requiredColumns() const
{
    return {QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("price")};
}

std::optional<QString> ProductCsvImport::addRow(int, const QStringList& values)
{
    if (m_failure)
        return m_failure->message();
    Product draft;
    draft.sku = values.at(0);
    draft.name = values.at(1);
    draft.category = values.at(2);
    draft.unit = values.at(3);
    QString reason;
    const auto price = CsvFields::amount(values.at(4), QStringLiteral("price"), reason);
    if (!price)
        return reason;
    draft.price = *price;
    if (!values.at(5).trimmed().isEmpty()) {
        const auto cost = CsvFields::amount(values.at(5), QStringLiteral("cost"), reason);
        if (!cost)
            return reason;
        draft.cost = *cost;
    }
    auto product = m_rules.validated(draft);
    if (!product)
        return product.error().message();
    if (m_seen.contains(product->sku))
        return tr("sku %1 appears twice in the file.").arg(product->sku);
    auto taken = m_products.skuTaken(product->sku);
    if (!taken) {
        m_failure = taken.error();
        return taken.error().message();
    }
    if (*taken)
        return tr("sku %1 is already a product in Setia. Change it there, or use another SKU.")
            .arg(product->sku);
    product->createdAt = m_clock.now();
    product->updatedAt = product->createdAt;
    auto id = m_products.insert(*product);
    if (!id) {
        m_failure = id.error();
        return id.error().message();
    }
    m_seen.insert(product->sku);
    ++m_created;
    return std::nullopt;
}

Result<qint64> ProductCsvImport::finish(QList<RejectedRow>&, int& acceptedRows,
                                        const ImportProgress&)
{
    if (m_failure)
        return *m_failure;
    acceptedRows += static_cast<int>(m_created);
    return m_created;
}

} // namespace setia
