#pragma once

#include <QDateTime>
#include <QString>

namespace setia {

// What a merge moved from the merged customer to the kept one: rows of each ledger.
struct MergeMoves
{
    qint64 sales = 0;
    qint64 payments = 0;
    qint64 pointEntries = 0;
    qint64 stampEntries = 0;
    qint64 interactions = 0;
    qint64 followUps = 0;
    qint64 tickets = 0;
    qint64 surveys = 0;
    bool routeStop = false; // the merged customer's place on the salesperson's route

    friend bool operator==(const MergeMoves&, const MergeMoves&) = default;
};

// One merge of two customers, as its journal keeps it (SPEC §2): the kept customer took over
// the merged one's records; the merged one is hidden until the merge is undone.
struct CustomerMerge
{
    qint64 id = 0;
    qint64 keptId = 0;
    QString keptCode;
    QString keptName;
    qint64 mergedId = 0;
    QString mergedCode;
    QString mergedName;
    QDateTime mergedAt;
    QString mergedBy;
    QDateTime undoneAt; // null while the merge holds
    MergeMoves moved;
};

} // namespace setia
