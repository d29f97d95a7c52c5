#pragma once

#include "domain/Paging.h"
#include "domain/Product.h"

#include <QString>

namespace setia {

enum class ProductSort { Sku, Name, Category, Price };

struct ProductFilter
{
    QString search; // name, SKU or category word prefixes
    bool inactive = false;
};

struct ProductRow
{
    Product product;
    PageKey key;
};

} // namespace setia
