#pragma once

#include <QDateTime>
#include <QString>

namespace setia {

// The SKU of the product a purchase logged by its amount alone is sold as (at the counter:
// the total of a café's receipt). Setia makes it, inactive, outside the catalogue.
inline constexpr QLatin1String amountSku("SETIA-NOMINAL");

// A catalogue item. Price and cost in whole Rupiah per unit.
struct Product
{
    qint64 id = 0; // 0 until saved
    QString sku;
    QString name;
    QString category;
    QString unit = QStringLiteral("pcs");
    qint64 price = 0;
    qint64 cost = 0;
    bool active = true;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Product&, const Product&) = default;
};

} // namespace setia
