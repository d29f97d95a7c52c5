#pragma once

#include "common/Result.h"
#include "domain/Loyalty.h"

#include <QList>

#include <memory>

namespace setia {

class Database;
class Statement;

// All SQL about the loyalty ledger. Writes run inside the caller's Transaction.
class LoyaltyStore
{
public:
    explicit LoyaltyStore(Database& database);
    ~LoyaltyStore();

    Result<qint64> insert(const LoyaltyEntry& entry);
    // Σ of the customer's entries dated on or before `asOf`.
    Result<qint64> balance(qint64 customerId, const QDate& asOf) const;
    // Σ of the entries about this sale (what it earned, less what was taken back).
    Result<qint64> pointsForSale(qint64 saleId) const;
    // Every entry of the customer, oldest first.
    Result<QList<LoyaltyEntry>> entries(qint64 customerId) const;

private:
    Database& m_database;
    // Prepared once: every sale to a member writes an entry, and demo data a million.
    std::unique_ptr<Statement> m_insert;
};

} // namespace setia
