#pragma once

#include <QDateTime>
#include <QString>

namespace setia {

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
