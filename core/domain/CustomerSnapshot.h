#pragma once

#include "domain/Customer.h"

#include <QByteArray>

// A customer's own fields as a small JSON object (what a merge's journal keeps of the kept
// customer before and after, SPEC §2), and the field-by-field undo of a change.
namespace setia::customerSnapshot {

// Every field a person can change (not the id, code, archived flags or times), compact JSON.
QByteArray of(const Customer& customer);

// `current` with the fields of `before` put back — but only the fields that still hold what
// the change made of them (`after`): a field changed since keeps its newer value. `before`
// and `after` are snapshots from of(). Returns nullopt when either cannot be read.
std::optional<Customer> undone(const Customer& current, const QByteArray& before,
                               const QByteArray& after);

} // namespace setia::customerSnapshot
