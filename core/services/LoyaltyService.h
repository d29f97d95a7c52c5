#pragma once

#include "common/Result.h"
#include "domain/Loyalty.h"
#include "services/BulkOptions.h"

#include <QCoreApplication>

namespace setia {

class Clock;
class Database;
class LoyaltyStore;
class SaleStore;
class SettingsService;
struct Sale;

// Points (SPEC §6): a customer's purchases earn them, by tier; a voided sale takes them
// back; adjustments need a reason. The balance never goes below zero.
class LoyaltyService
{
    Q_DECLARE_TR_FUNCTIONS(LoyaltyService)

public:
    static constexpr int maxReasonLength = 200;

    LoyaltyService(Database& database, LoyaltyStore& entries, const SaleStore& sales,
                   const SettingsService& settings, const Clock& clock);

    // The rules in force (Settings, or SPEC §6's defaults).
    Result<LoyaltySettings> settings() const;

    // Inside the caller's transaction, after the sale is saved: the points it earns, by the
    // tier its customer had before it (the spend of the 365 days up to the day before).
    // Nothing for a walk-in or a sale too small for a point.
    Status earnFor(const Sale& sale);
    // Inside the caller's transaction, after the sale is saved: the member uses `points` on
    // it (their value is the sale's discount). Refused beyond the balance.
    Status redeemFor(const Sale& sale, qint64 points);
    // Inside the caller's transaction, when the sale is voided: takes back what it earned,
    // as far as the balance allows (points already used stay used), or gives back the
    // points it used.
    Status reverseFor(const Sale& sale, const QString& reason);
    // Adds or takes points by hand, with a reason; never below zero. Its own transaction.
    Status adjust(qint64 customerId, qint64 points, const QString& reason);
    // What sales already saved earned (demo data, a history brought over): earn entries, each
    // of a member's sale and more than 0 points, in one transaction; the first that is not
    // stops the call, nothing saved.
    Status earnMany(const QList<LoyaltyEntry>& entries, const BulkOptions& options = {});

    // Points and tier on `asOf`; points past their expiry day count as expired even before
    // their expire entry is written.
    Result<LoyaltySummary> summary(qint64 customerId, const QDate& asOf) const;
    // The customer's ledger up to `asOf`, oldest first, with the expiries due by then that
    // are not written yet (their id is 0): they are written with the customer's next change.
    Result<QList<LoyaltyEntry>> ledger(qint64 customerId, const QDate& asOf) const;
    // The points a saved sale earned, less what it used or had taken back.
    Result<qint64> pointsOfSale(qint64 saleId) const;
    // What a purchase of `amount` on `day` would earn the customer (shown before saving).
    Result<qint64> pointsFor(qint64 customerId, qint64 amount, const QDate& day) const;

private:
    Result<LoyaltyTier> tierBefore(qint64 customerId, const QDate& day,
                                   const LoyaltySettings& rules) const;
    Result<qint64> addEntry(LoyaltyEntry entry);
    // The expire entries due by `day` and not yet written. Nothing when points never expire.
    Result<QList<LoyaltyEntry>> pendingExpiries(qint64 customerId, const QDate& day,
                                                const LoyaltySettings& rules) const;
    static QString expiryReason(const LoyaltySettings& rules);
    // Inside the caller's transaction, before a change: writes the expiries due by `day`.
    Status expireDue(qint64 customerId, const QDate& day);

    Database& m_database;
    LoyaltyStore& m_entries;
    const SaleStore& m_sales;
    const SettingsService& m_settings;
    const Clock& m_clock;
};

} // namespace setia
