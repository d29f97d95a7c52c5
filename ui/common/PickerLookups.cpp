#include "common/PickerLookups.h"

#include "domain/Money.h"
#include "domain/PhoneNumber.h"
#include "services/CustomerService.h"
#include "services/ProductService.h"

#include <QStringList>

namespace setia::pickers {

SearchPicker::Lookup customers(const CustomerService& store)
{
    return [&store](const QString& text, int limit) -> Result<QList<PickerItem>> {
        PageRequest request;
        request.limit = limit;
        auto rows = store.page(CustomerFilter{text, false}, CustomerSort::Name, request);
        if (!rows)
            return rows.error();
        QList<PickerItem> items;
        for (const CustomerRow& row : std::as_const(*rows)) {
            QStringList detail{row.code};
            if (!row.phone.isEmpty())
                detail.append(PhoneNumber::formatNational(row.phone));
            if (!row.city.isEmpty())
                detail.append(row.city);
            items.append(
                PickerItem{row.id, row.code, row.name, detail.join(QStringLiteral(" · "))});
        }
        return items;
    };
}

SearchPicker::Lookup products(const ProductService& store)
{
    return [&store](const QString& text, int limit) -> Result<QList<PickerItem>> {
        auto item = [](const Product& product) {
            return PickerItem{product.id, product.sku,
                              product.sku + QStringLiteral("  ") + product.name,
                              money::format(product.price) + QStringLiteral(" / ") + product.unit};
        };
        QList<PickerItem> items;
        // A scanned SKU need not be a word the search index knows ("8991002101012").
        auto exact = store.findBySku(text.trimmed());
        if (!exact)
            return exact.error();
        if (*exact && (*exact)->active)
            items.append(item(**exact));
        PageRequest request;
        request.limit = limit;
        auto rows = store.page(ProductFilter{text, false}, ProductSort::Name, request);
        if (!rows)
            return rows.error();
        for (const ProductRow& row : std::as_const(*rows)) {
            if (items.isEmpty() || row.product.id != items.constFirst().id)
                items.append(item(row.product));
        }
        return items;
    };
}

} // namespace setia::pickers
