#include "domain/SaleMath.h"

namespace setia::saleMath {

qint64 roundedDivide(qint64 numerator, qint64 denominator)
{
    const qint64 quotient = numerator / denominator;
    const qint64 remainder = numerator % denominator;
    if (2 * (remainder < 0 ? -remainder : remainder) >= denominator)
        return quotient + (numerator < 0 ? -1 : 1);
    return quotient;
}

qint64 lineAmount(Quantity quantity, qint64 unitPrice, qint64 lineDiscount)
{
    return roundedDivide(quantity.milli() * unitPrice, Quantity::scale) - lineDiscount;
}

qint64 lineCostMilli(Quantity quantity, qint64 unitCost)
{
    return quantity.milli() * unitCost;
}

} // namespace setia::saleMath
