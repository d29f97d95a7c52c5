#include "services/CustomerCardService.h"

#include "domain/Product.h"
#include "domain/SaleMath.h"
#include "domain/Timeline.h"
#include "services/LoyaltyService.h"
#include "services/SettingsService.h"
#include "stores/BusinessRuleStore.h"
#include "stores/CustomerStore.h"
#include "stores/FollowUpStore.h"
#include "stores/InteractionStore.h"
#include "stores/PaymentStore.h"
#include "stores/SaleStore.h"
#include "stores/SurveyStore.h"
#include "stores/TicketStore.h"

#include <QHash>

#include <algorithm>

namespace setia {
namespace {

// "2 × Beras Premium 5 kg, 1,5 × Telur Ayam, +3 more"
QString describe(const QList<SaleLine>& lines, const QString& moreText)
{
    constexpr qsizetype shown = 3;
    QStringList parts;
    for (qsizetype i = 0; i < std::min(shown, lines.size()); ++i)
        parts.append(lines.at(i).quantity.toString() + QStringLiteral(" × ") +
                     lines.at(i).productName);
    if (lines.size() > shown)
        parts.append(moreText.arg(lines.size() - shown));
    return parts.join(QStringLiteral(", "));
}

Lifecycle lifecycleOf(const Customer& customer, const QDate& lastPurchase, const QDate& asOf,
                      const SegmentationRules& rules)
{
    if (customer.bad)
        return Lifecycle::Bad;
    if (!lastPurchase.isValid())
        return Lifecycle::Prospect;
    const qint64 days = lastPurchase.daysTo(asOf);
    return days <= rules.activeDays    ? Lifecycle::Active
           : days <= rules.passiveDays ? Lifecycle::Passive
                                       : Lifecycle::Lost;
}

} // namespace

CustomerCardService::CustomerCardService(
    const CustomerStore& customers, const SaleStore& sales, const PaymentStore& payments,
    const LoyaltyService& loyalty, const InteractionStore& interactions,
    const FollowUpStore& followUps, const BusinessRuleStore& rules, const TicketStore& tickets,
    const SurveyStore& surveys, const SettingsService& settings)
    : m_customers(customers)
    , m_sales(sales)
    , m_payments(payments)
    , m_loyalty(loyalty)
    , m_interactions(interactions)
    , m_followUps(followUps)
    , m_rules(rules)
    , m_tickets(tickets)
    , m_surveys(surveys)
    , m_settings(settings)
{}

Result<CustomerCard> CustomerCardService::card(qint64 customerId, const QDate& asOf) const
{
    auto customer = m_customers.find(customerId);
    if (!customer)
        return customer.error();
    if (!customer->has_value())
        return Error(Error::Kind::NotFound,
                     tr("This customer does not exist. Search for them again."));
    auto sales = m_sales.customerSales(customerId);
    if (!sales)
        return sales.error();
    auto payments = m_payments.customerPayments(customerId);
    if (!payments)
        return payments.error();

    auto loyalty = m_loyalty.summary(customerId, asOf);
    if (!loyalty)
        return loyalty.error();

    CustomerCard card;
    card.customer = **customer;
    card.asOf = asOf;
    card.points = loyalty->points;
    QList<CreditSale> credit;
    qint64 paymentsTotal = 0;
    struct Favourite
    {
        FavouriteItem item;
        qint64 order = 0; // first seen, to keep ties stable
    };
    QHash<qint64, Favourite> favourites;
    const QString moreText = tr("+%1 more");

    for (const Sale& sale : std::as_const(*sales)) {
        if (sale.soldAt.date() > asOf)
            continue;
        CardEntry entry;
        entry.kind = CardEntry::Kind::Sale;
        entry.id = sale.id;
        entry.at = sale.soldAt;
        entry.document = sale.receipt;
        entry.description = describe(sale.lines, moreText);
        entry.amount = sale.revenue;
        entry.credit = sale.payment == PaymentKind::Credit;
        entry.paid = entry.credit ? 0 : sale.revenue;
        entry.voided = sale.voided;
        entry.voidReason = sale.voidReason;
        card.entries.append(entry);
        if (sale.voided)
            continue;
        if (entry.credit)
            credit.append(
                CreditSale{sale.id, sale.receipt, sale.soldAt.date(), sale.dueDate, sale.revenue});
        ++card.purchases;
        card.totalSpent += sale.revenue;
        if (!card.firstPurchase.isValid() || sale.soldAt.date() < card.firstPurchase)
            card.firstPurchase = sale.soldAt.date();
        if (!card.lastPurchase.isValid() || sale.soldAt.date() > card.lastPurchase)
            card.lastPurchase = sale.soldAt.date();
        for (const SaleLine& line : sale.lines) {
            if (line.sku == amountSku)
                continue; // an amount is not an item anyone prefers
            auto it = favourites.find(line.productId);
            if (it == favourites.end())
                it = favourites.insert(
                    line.productId,
                    Favourite{FavouriteItem{line.sku, line.productName, Quantity(), 0},
                              favourites.size()});
            it->item.quantity = it->item.quantity + line.quantity;
            it->item.amount += line.amount;
        }
    }
    for (const Payment& payment : std::as_const(*payments)) {
        if (payment.paidOn > asOf)
            continue;
        CardEntry entry;
        entry.kind = CardEntry::Kind::Payment;
        entry.id = payment.id;
        entry.at = QDateTime(payment.paidOn, payment.createdAt.date() == payment.paidOn
                                                 ? payment.createdAt.time()
                                                 : QTime(12, 0));
        entry.document =
            payment.method.isEmpty() ? tr("Payment") : tr("Payment (%1)").arg(payment.method);
        entry.description = payment.note;
        entry.paid = payment.amount;
        entry.voided = payment.voided;
        entry.voidReason = payment.voidReason;
        card.entries.append(entry);
        if (!payment.voided)
            paymentsTotal += payment.amount;
    }

    // Date order; on one day the sales come before the payments that settle them.
    std::stable_sort(card.entries.begin(), card.entries.end(),
                     [](const CardEntry& a, const CardEntry& b) {
                         if (a.at.date() != b.at.date())
                             return a.at.date() < b.at.date();
                         if (a.kind != b.kind)
                             return a.kind == CardEntry::Kind::Sale;
                         return a.at.time() < b.at.time();
                     });
    qint64 balance = 0;
    for (CardEntry& entry : card.entries) {
        if (!entry.voided) {
            if (entry.kind == CardEntry::Kind::Sale && entry.credit)
                balance += entry.amount;
            else if (entry.kind == CardEntry::Kind::Payment)
                balance -= entry.paid;
        }
        entry.balance = balance;
    }

    card.receivable = ReceivableSummary::compute(credit, paymentsTotal, asOf);
    if (card.purchases > 0)
        card.averageTicket = saleMath::roundedDivide(card.totalSpent, card.purchases);
    QList<Favourite> ranked = favourites.values();
    std::sort(ranked.begin(), ranked.end(), [](const Favourite& a, const Favourite& b) {
        if (a.item.quantity != b.item.quantity)
            return a.item.quantity > b.item.quantity;
        return a.order < b.order;
    });
    for (qsizetype i = 0; i < std::min<qsizetype>(5, ranked.size()); ++i)
        card.favourites.append(ranked.at(i).item);
    auto rules = m_settings.segmentationRules();
    if (!rules)
        return rules.error();
    card.lifecycle = lifecycleOf(card.customer, card.lastPurchase, asOf, *rules);

    auto points = m_loyalty.ledger(customerId, asOf);
    if (!points)
        return points.error();
    auto interactions = m_interactions.forCustomer(customerId);
    if (!interactions)
        return interactions.error();
    auto followUps = m_followUps.forCustomer(customerId);
    if (!followUps)
        return followUps.error();
    QList<Interaction> touched;
    for (const Interaction& i : std::as_const(*interactions))
        if (i.at.date() <= asOf)
            touched.append(i);
    QList<FollowUp> tasks;
    for (const FollowUp& f : std::as_const(*followUps))
        if (!f.done() || f.doneAt.date() <= asOf)
            tasks.append(f);
    auto firings = m_rules.firingsOf(customerId);
    if (!firings)
        return firings.error();
    QList<RuleFiring> fired;
    for (const RuleFiring& f : std::as_const(*firings))
        if (f.firedAt.date() <= asOf)
            fired.append(f);
    auto tickets = m_tickets.forCustomer(customerId);
    if (!tickets)
        return tickets.error();
    QList<Ticket> complaints;
    QList<qint64> ticketIds;
    for (const Ticket& t : std::as_const(*tickets))
        if (t.receivedAt.date() <= asOf) {
            complaints.append(t);
            ticketIds.append(t.id);
        }
    auto steps = m_tickets.events(ticketIds);
    if (!steps)
        return steps.error();
    QHash<qint64, QList<TicketEvent>> stepsBy = std::move(steps).value();
    for (auto it = stepsBy.begin(); it != stepsBy.end(); ++it)
        it->removeIf([&asOf](const TicketEvent& e) { return e.at.date() > asOf; });
    auto surveys = m_surveys.forCustomer(customerId);
    if (!surveys)
        return surveys.error();
    QList<SurveyResponse> answers;
    for (const SurveyResponse& r : std::as_const(*surveys))
        if (r.at.date() <= asOf)
            answers.append(r);
    card.timeline = Timeline::build(card.entries, *points, touched, tasks, fired, complaints,
                                    stepsBy, answers, asOf);
    return card;
}

namespace card {

QString lifecycleId(Lifecycle lifecycle)
{
    switch (lifecycle) {
    case Lifecycle::Prospect:
        return QStringLiteral("prospect");
    case Lifecycle::Active:
        return QStringLiteral("active");
    case Lifecycle::Passive:
        return QStringLiteral("passive");
    case Lifecycle::Lost:
        return QStringLiteral("lost");
    case Lifecycle::Bad:
        return QStringLiteral("bad");
    }
    return {};
}

} // namespace card
} // namespace setia
