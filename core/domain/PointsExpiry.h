#pragma once

#include "domain/Loyalty.h"

#include <QList>

namespace setia::loyalty {

// The day points given on `earned` expire when they last `months` months: they can be used
// up to the day before (earned 2026-01-31, 1 month: usable through 2026-02-27).
QDate expiresOn(const QDate& earned, int months);

// The expire entries a customer's ledger still lacks on `asOf`, oldest first. Points are used
// first in, first out: each entry that takes points (a redemption, an adjustment down, an
// expiry already written) takes them from the oldest points still valid on its day, and
// whatever is left of points past their expiry day expires on that day. `entries` are the
// customer's, ordered by date and then by id. Nothing expires when `months` is 0.
QList<LoyaltyEntry> pendingExpiries(const QList<LoyaltyEntry>& entries, int months,
                                    const QDate& asOf);

} // namespace setia::loyalty
