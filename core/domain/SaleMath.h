#pragma once

#include "domain/Quantity.h"

#include <QtGlobal>

// The arithmetic of SPEC §5 on whole Rupiah: exact integers, rounding half away from zero.
namespace setia::saleMath {

// numerator / denominator rounded half away from zero (denominator > 0).
qint64 roundedDivide(qint64 numerator, qint64 denominator);

// quantity × unit price − line discount, rounded to whole Rupiah.
qint64 lineAmount(Quantity quantity, qint64 unitPrice, qint64 lineDiscount);

// quantity × unit cost in thousandths of a Rupiah (exact; round only when reporting).
qint64 lineCostMilli(Quantity quantity, qint64 unitCost);

} // namespace setia::saleMath
