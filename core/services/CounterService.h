#pragma once

#include "common/Result.h"
#include "domain/CounterMatches.h"
#include "domain/CounterVisit.h"

namespace setia {

class Clock;
class CounterSearchQuery;
class CustomerCardService;
class CustomerService;
class Database;
class LoyaltyService;
class PaymentService;
class SaleService;
class StampService;

// The counter's use cases (SPEC §6): what it shows of a member, and a purchase or a stamp
// reward logged in one call — one transaction — that says what it did.
class CounterService
{
public:
    CounterService(Database& database, const CounterSearchQuery& search,
                   const CustomerService& customers, const CustomerCardService& cards,
                   SaleService& sales, LoyaltyService& loyalty, StampService& stamps,
                   const PaymentService& payments, const Clock& clock);

    // The counter's search (SPEC §11): the active customers `text` finds, in the counter's
    // order, at most `limit` rows (0: all). Digits only, three or more: phone endings first;
    // one or two digits find nothing yet; words: the customer list's matches, by name.
    Result<CounterMatches> find(const QString& text, int limit) const;

    // The member as of today.
    Result<CounterMember> member(qint64 customerId) const;
    // What a purchase of `amount` would earn them today (shown before it is saved).
    Result<qint64> pointsFor(qint64 customerId, qint64 amount) const;
    // A cash purchase of its amount alone (the amount product), with its points, and the
    // points used on it; a walk-in purchase (no member) when its customer is 0.
    Result<CounterOutcome> purchase(const CounterPurchase& purchase);
    // One reward of stamp card `cardId`, given free in a sale of its own.
    Result<CounterOutcome> takeReward(qint64 customerId, qint64 cardId);

private:
    Result<CounterOutcome> outcomeOf(const Sale& sale, qint64 pointsUsed) const;

    Database& m_database;
    const CounterSearchQuery& m_search;
    const CustomerService& m_customers;
    const CustomerCardService& m_cards;
    SaleService& m_sales;
    LoyaltyService& m_loyalty;
    StampService& m_stamps;
    const PaymentService& m_payments;
    const Clock& m_clock;
};

} // namespace setia
