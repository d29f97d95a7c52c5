#pragma once

#include "common/Result.h"

#include <QStringList>

namespace setia {
class CustomerService;
}

namespace setia::bench {

// What people type into the search box to find someone (SPEC §9: random name and phone
// fragments), drawn from real rows: half name-word prefixes of 3–5 letters, half phone
// fragments — the last four digits, the start of the number as written ("0812-34") or five
// digits from the middle. Deterministic for a seed.
Result<QStringList> searchFragments(const CustomerService& customers, int count, quint64 seed);
// The last four digits of random customers' phones: what a cashier types at the counter.
Result<QStringList> phoneEndings(const CustomerService& customers, int count, quint64 seed);

} // namespace setia::bench
