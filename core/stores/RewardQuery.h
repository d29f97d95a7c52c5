#pragma once

#include "common/Result.h"

#include <QDate>
#include <QHash>

namespace setia {

class Database;

// What a customer's rewards cost in a period: free items (lines given away whole) at their
// cost, and the Rupiah points took off their sales.
struct RewardCost
{
    qint64 freeCostMilli = 0; // in 1/1000 Rupiah
    qint64 pointDiscounts = 0;
};

// Rewards per customer over the non-voided sales dated from `from` to `to`, both included.
class RewardQuery
{
public:
    explicit RewardQuery(Database& database);

    Result<QHash<qint64, RewardCost>> costs(const QDate& from, const QDate& to) const;

private:
    Database& m_database;
};

} // namespace setia
