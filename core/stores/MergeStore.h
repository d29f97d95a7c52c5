#pragma once

#include "common/Result.h"
#include "domain/CustomerMerge.h"
#include "domain/DuplicatePair.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace setia {

class Database;

// All SQL of merging customers (SPEC §2): who may be duplicates, moving a customer's ledger
// rows to another with a journal of each row moved, and moving them back. Writes run inside
// the caller's Transaction; the customers' own rows are CustomerStore's.
class MergeStore
{
public:
    // What the journal keeps of one merge, for undoing it.
    struct Journal
    {
        CustomerMerge merge;
        QByteArray keptBefore; // customerSnapshot::of() the kept customer before the merge
        QByteArray keptAfter;  // … and right after it
        bool mergedWasArchived = false;
    };

    explicit MergeStore(Database& database);

    // Every active customer (not archived, not merged), in the order they were added.
    Result<QList<DuplicateCandidate>> candidates() const;
    // What a merge of `customerId` into another would move.
    Result<MergeMoves> ledgerRows(qint64 customerId) const;

    // Starts a merge's journal; returns its id.
    Result<qint64> record(const Journal& journal);
    // Moves every ledger row of `from` to `to` (and `from`'s route place, if `to` has none),
    // listing each row in the journal of `mergeId`.
    Result<MergeMoves> moveLedgers(qint64 mergeId, qint64 from, qint64 to);
    // Moves the rows `mergeId` moved, and only those, back from `to` to `from`.
    Status moveBack(qint64 mergeId, qint64 from, qint64 to);
    Status markUndone(qint64 mergeId, const QDateTime& at);

    Result<std::optional<Journal>> find(qint64 mergeId) const;
    // The latest merges, newest first, undone ones too.
    Result<QList<CustomerMerge>> latest(int limit) const;
    // Whether a merge after `mergeId` that still holds involves either customer.
    Result<bool> laterMergeHolds(qint64 mergeId, qint64 keptId, qint64 mergedId) const;
    // Whether `customerId`'s points, or stamps on any card, add up to less than zero.
    Result<bool> balanceBelowZero(qint64 customerId) const;

private:
    Database& m_database;
};

} // namespace setia
