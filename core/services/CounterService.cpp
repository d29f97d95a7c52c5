#include "services/CounterService.h"

#include "common/Clock.h"
#include "db/Transaction.h"
#include "domain/PhoneNumber.h"
#include "services/CustomerCardService.h"
#include "services/CustomerService.h"
#include "services/LoyaltyService.h"
#include "services/PaymentService.h"
#include "services/SaleService.h"
#include "services/StampService.h"
#include "stores/CounterSearchQuery.h"

#include <limits>

namespace setia {

CounterService::CounterService(Database& database, const CounterSearchQuery& search,
                               const CustomerService& customers, const CustomerCardService& cards,
                               SaleService& sales, LoyaltyService& loyalty, StampService& stamps,
                               const PaymentService& payments, const Clock& clock)
    : m_database(database)
    , m_search(search)
    , m_customers(customers)
    , m_cards(cards)
    , m_sales(sales)
    , m_loyalty(loyalty)
    , m_stamps(stamps)
    , m_payments(payments)
    , m_clock(clock)
{}

Result<CounterMatches> CounterService::find(const QString& text, int limit) const
{
    const QString ending = PhoneNumber::typedEnding(text);
    if (!ending.isEmpty())
        return m_search.byDigits(ending, PhoneNumber::queryDigits(text), limit);
    CounterMatches matches;
    if (text.trimmed().isEmpty() || !PhoneNumber::queryDigits(text).isEmpty())
        return matches; // nothing typed yet, or one or two digits: every number has them
    const CustomerFilter filter{text, false};
    PageRequest request;
    request.limit = limit > 0 ? limit : std::numeric_limits<int>::max();
    auto page = m_customers.page(filter, CustomerSort::Name, request);
    if (!page)
        return page.error();
    auto total = m_customers.count(filter);
    if (!total)
        return total.error();
    QList<qint64> ids;
    ids.reserve(page->size());
    for (const CustomerRow& row : std::as_const(*page))
        ids.append(row.id);
    auto visits = m_search.lastVisits(ids);
    if (!visits)
        return visits.error();
    matches.total = *total;
    matches.rows.reserve(page->size());
    for (const CustomerRow& row : std::as_const(*page)) {
        CounterMatches::Row match;
        match.id = row.id;
        match.code = row.code;
        match.name = row.name;
        match.phone = row.phone;
        match.city = row.city;
        match.lastVisit = visits->value(row.id);
        matches.rows.append(std::move(match));
    }
    return matches;
}

Result<CounterMember> CounterService::member(qint64 customerId) const
{
    const QDate today = m_clock.today();
    auto card = m_cards.card(customerId, today);
    if (!card)
        return card.error();
    auto loyalty = m_loyalty.summary(customerId, today);
    if (!loyalty)
        return loyalty.error();
    auto stamps = m_stamps.standings(customerId);
    if (!stamps)
        return stamps.error();
    auto rules = m_loyalty.settings();
    if (!rules)
        return rules.error();
    return CounterMember{std::move(card).value(), *loyalty, std::move(stamps).value(), *rules};
}

Result<qint64> CounterService::pointsFor(qint64 customerId, qint64 amount) const
{
    return m_loyalty.pointsFor(customerId, amount, m_clock.today());
}

Result<CounterOutcome> CounterService::purchase(const CounterPurchase& purchase)
{
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status.error();
    auto draft = m_sales.amountSale(purchase.customerId, purchase.amount, PaymentKind::Cash);
    if (!draft)
        return draft.error();
    draft->redeemPoints = purchase.redeemPoints;
    auto sale = m_sales.record(*draft);
    if (!sale)
        return sale.error();
    auto outcome = outcomeOf(*sale, purchase.redeemPoints);
    if (!outcome)
        return outcome.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return outcome;
}

Result<CounterOutcome> CounterService::takeReward(qint64 customerId, qint64 cardId)
{
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status.error();
    SaleDraft draft;
    draft.customerId = customerId;
    draft.stampRewards = {cardId};
    auto sale = m_sales.record(draft);
    if (!sale)
        return sale.error();
    auto outcome = outcomeOf(*sale, 0);
    if (!outcome)
        return outcome.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return outcome;
}

Result<CounterOutcome> CounterService::outcomeOf(const Sale& sale, qint64 pointsUsed) const
{
    CounterOutcome outcome;
    outcome.sale = sale;
    outcome.pointsUsed = pointsUsed;
    auto points = m_loyalty.pointsOfSale(sale.id);
    if (!points)
        return points.error();
    outcome.pointsEarned = std::max<qint64>(0, *points + pointsUsed);
    auto stamps = m_stamps.stampsOfSale(sale.id);
    if (!stamps)
        return stamps.error();
    for (qint64 gained : std::as_const(*stamps))
        outcome.stampsGained += gained;
    if (sale.customerId <= 0)
        return outcome; // a walk-in purchase: no member's balances
    const QDate today = m_clock.today();
    auto balance = m_loyalty.summary(sale.customerId, today);
    if (!balance)
        return balance.error();
    outcome.pointsBalance = balance->points;
    auto owed = m_payments.receivable(sale.customerId, today);
    if (!owed)
        return owed.error();
    outcome.owed = owed->balance;
    return outcome;
}

} // namespace setia
