#pragma once

#include "common/Result.h"
#include "domain/Customer.h"
#include "domain/CustomerMerge.h"
#include "domain/DuplicatePair.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace setia {

class Clock;
class CustomerService;
class CustomerStore;
class Database;
class MergeStore;
class PaymentService;
class SaleService;

// Duplicate customers (SPEC §2): finding who may be one person, merging two — the kept one
// takes the fields chosen and every sale, payment, point and stamp entry of the other, who is
// hidden, not deleted — and undoing a merge exactly, from its journal.
class MergeService
{
    Q_DECLARE_TR_FUNCTIONS(MergeService)

public:
    // The lists that show customers, sales and payments hear of a merge through their own
    // services' signals (a merge changes all three).
    MergeService(Database& database, CustomerStore& customerStore, MergeStore& merges,
                 CustomerService& customers, SaleService& sales, PaymentService& payments,
                 const Clock& clock, QString staff);

    // Pairs of active customers who may be one person: the same phone number first, then
    // names alike (nameLikeness::key) in the same city (or both without one; a name of one
    // word needs a city). `progress` is told (done, total) now and then; false stops with
    // Cancelled.
    Result<QList<DuplicatePair>>
    findDuplicates(const std::function<bool(qint64 done, qint64 total)>& progress = {}) const;

    // What the kept customer would look like: their own fields, the other's where theirs are
    // empty, the earlier join date, both customers' tags, both notes, each consent as last
    // recorded. The starting point of the side-by-side choice.
    Result<Customer> proposal(qint64 keptId, qint64 mergedId) const;
    // What merging `mergedId` would move.
    Result<MergeMoves> rowsToMove(qint64 mergedId) const;

    // Merges `mergedId` into `keptId`: the kept customer gets the fields of `result` (its id
    // and member code stay the kept one's), every ledger row of the merged one moves to it,
    // and the merged one is hidden. One transaction; the journal makes it undoable.
    Result<CustomerMerge> merge(qint64 keptId, qint64 mergedId, const Customer& result);
    // The latest merges, newest first (undone ones too, with their time).
    Result<QList<CustomerMerge>> latest(int limit = 200) const;
    // Undoes a merge: the rows it moved go back, the merged customer is shown again as they
    // were, and each field of the kept customer that still holds what the merge made of it
    // gets its earlier value back (a field changed since keeps the change). Refused when a
    // later merge involving either customer still holds, or when points or stamps used
    // since the merge would leave either customer below zero.
    Status undo(qint64 mergeId);

private:
    Result<Customer> stored(qint64 id) const;
    void announce() const;

    Database& m_database;
    CustomerStore& m_customerStore;
    MergeStore& m_merges;
    CustomerService& m_customers;
    SaleService& m_sales;
    PaymentService& m_payments;
    const Clock& m_clock;
    QString m_staff;
};

} // namespace setia
