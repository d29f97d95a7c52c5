#pragma once

#include "domain/Customer.h"
#include "domain/Product.h"

namespace setia::test {

// A customer draft that passes validation: a name and, when given, a phone as typed.
inline Customer customerDraft(const QString& name, const QString& phone = {})
{
    Customer draft;
    draft.name = name;
    draft.phone = phone;
    return draft;
}

// A product draft that passes validation.
inline Product productDraft(const QString& sku, const QString& name, qint64 price = 10'000,
                            qint64 cost = 8'000)
{
    Product draft;
    draft.sku = sku;
    draft.name = name;
    draft.price = price;
    draft.cost = cost;
    return draft;
}

} // namespace setia::test
