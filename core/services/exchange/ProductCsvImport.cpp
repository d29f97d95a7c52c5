#include "services/exchange/ProductCsvImport.h"

#include "io/CsvFields.h"
#include "services/ProductService.h"

namespace setia {

ProductCsvImport::ProductCsvImport(ProductService& products)
    : m_products(products)
{}

std::optional<QString> ProductCsvImport::addRow(int, const QStringList& values)
{
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
    auto product = m_products.validated(draft);
    if (!product)
        return refusedFor(product.error());
    if (m_seen.contains(product->sku))
        return tr("sku %1 appears twice in the file.").arg(product->sku);
    auto taken = m_products.findBySku(product->sku);
    if (!taken)
        return refusedFor(taken.error());
    if (taken->has_value())
        return tr("sku %1 is already a product in Setia. Change it there, or use another SKU.")
            .arg(product->sku);
    m_seen.insert(product->sku);
    m_staged.append(std::move(product).value());
    return std::nullopt;
}

Result<qint64> ProductCsvImport::finish(QList<RejectedRow>&, int& acceptedRows,
                                        const BulkOptions& options)
{
    auto created = m_products.createMany(m_staged, options);
    if (!created)
        return created.error();
    acceptedRows += static_cast<int>(created->size());
    return qint64(created->size());
}

} // namespace setia
