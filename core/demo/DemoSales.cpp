#include "demo/DemoSales.h"

#include "demo/DemoRandom.h"
#include "domain/Loyalty.h"
#include "domain/Payment.h"
#include "domain/Sale.h"
#include "domain/SaleBatch.h"
#include "domain/SaleMath.h"
#include "services/LoyaltyService.h"
#include "services/PaymentService.h"
#include "services/SaleService.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <deque>
#include <numeric>

namespace setia {
namespace {

constexpr int historyDays = 730;

enum class Pattern { Weekly, Occasional, OneOff, Stopped, MonthlyCredit, WeeklyTrade };
enum class Payer { OnTime, Late, Bad };

struct Plan
{
    Pattern pattern = Pattern::OneOff;
    QDate start;
    QDate stop;
    double expected = 1;
    qint64 count = 0;
    bool credit = false;
    Payer payer = Payer::OnTime;
    QDate stopsPaying;        // Payer::Bad: pays nothing for sales after this day
    QList<int> favourites;    // product indexes
    QList<int> usualQuantity; // per favourite, for businesses
};

bool isCafe(const Product& p)
{
    return p.category == QLatin1String("Kafe") || p.category == QLatin1String("Makanan Berat") ||
           p.category == QLatin1String("Camilan");
}

Plan planFor(const DemoBuyer& buyer, const QDate& end, const QList<int>& shop,
             const QList<int>& cafe, demo::DemoRandom& random)
{
    Plan plan;
    plan.start = std::max(buyer.joined, end.addDays(-historyDays));
    plan.stop = end;
    int interval = 30;
    const int roll = random.between(0, 99);
    if (buyer.business) {
        if (roll < 70) {
            plan.pattern = Pattern::MonthlyCredit;
            interval = random.between(25, 35);
        } else if (roll < 90) {
            plan.pattern = Pattern::WeeklyTrade;
            interval = random.between(6, 8);
        } else {
            plan.pattern = Pattern::Stopped;
            interval = random.between(25, 35);
        }
        plan.credit = plan.pattern != Pattern::WeeklyTrade;
    } else if (roll < 25) {
        plan.pattern = Pattern::Weekly;
        interval = random.between(5, 9);
    } else if (roll < 55) {
        plan.pattern = Pattern::Occasional;
        interval = random.between(20, 60);
    } else if (roll < 85) {
        plan.pattern = Pattern::OneOff;
    } else {
        plan.pattern = Pattern::Stopped;
        interval = random.between(7, 30);
    }
    if (plan.pattern == Pattern::Stopped)
        plan.stop = end.addDays(-random.between(120, 700));
    if (plan.stop < plan.start)
        plan.stop = std::min(end, plan.start.addDays(2 * interval));
    const auto span = static_cast<double>(plan.start.daysTo(plan.stop));
    plan.expected = plan.pattern == Pattern::OneOff ? 1.5 : span / interval + 1.0;

    const int payerRoll = random.between(0, 99);
    plan.payer = payerRoll < 65 ? Payer::OnTime : payerRoll < 93 ? Payer::Late : Payer::Bad;
    plan.stopsPaying = end.addDays(-random.between(100, 300));

    const QList<int>& pool = buyer.business || random.chance(50) ? shop : cafe;
    const int favourites = random.between(3, 6);
    for (int i = 0; i < favourites; ++i) {
        const int product = pool.at(static_cast<qsizetype>(random.below(quint64(pool.size()))));
        if (!plan.favourites.contains(product)) {
            plan.favourites.append(product);
            plan.usualQuantity.append(buyer.business ? random.between(2, 20) : 1);
        }
    }
    return plan;
}

// Gives every buyer a whole number of sales, in proportion to what their pattern expects,
// adding up to exactly `target` (largest remainders get the leftovers).
void allocate(QList<Plan>& plans, qint64 target)
{
    double expected = 0;
    for (const Plan& plan : std::as_const(plans))
        expected += plan.expected;
    if (plans.isEmpty() || expected <= 0)
        return;
    const double scale = double(target) / expected;
    QList<std::pair<double, qsizetype>> remainders;
    remainders.reserve(plans.size());
    qint64 given = 0;
    for (qsizetype i = 0; i < plans.size(); ++i) {
        const double share = plans.at(i).expected * scale;
        plans[i].count = static_cast<qint64>(std::floor(share));
        given += plans.at(i).count;
        remainders.append({share - std::floor(share), i});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (qsizetype i = 0; given < target; i = (i + 1) % remainders.size(), ++given)
        ++plans[remainders.at(i).second].count;
}

Quantity quantityOf(const Product& product, int usual, bool business, demo::DemoRandom& random)
{
    const bool weighed = product.unit == QLatin1String("kg");
    if (!business)
        return weighed ? Quantity::fromMilli(500 * random.between(1, 4))
                       : Quantity::fromUnits(random.chance(80) ? 1 : 2);
    const int variation = std::max(1, usual / 3);
    const int units = std::max(1, usual + random.between(-variation, variation));
    return weighed ? Quantity::fromMilli(units * 1000 + (random.chance(30) ? 500 : 0))
                   : Quantity::fromUnits(units);
}

// What one customer spent in the 365 days before a day, as their sales go by in date order.
class SpendWindow
{
public:
    qint64 before(const QDate& day)
    {
        while (!m_sales.empty() && m_sales.front().first < day.addDays(-365)) {
            m_sum -= m_sales.front().second;
            m_sales.pop_front();
        }
        qint64 sameDay = 0; // earlier sales of that very day do not count yet
        for (auto it = m_sales.rbegin(); it != m_sales.rend() && it->first == day; ++it)
            sameDay += it->second;
        return m_sum - sameDay;
    }
    void add(const QDate& day, qint64 revenue)
    {
        m_sales.emplace_back(day, revenue);
        m_sum += revenue;
    }

private:
    std::deque<std::pair<QDate, qint64>> m_sales;
    qint64 m_sum = 0;
};

// What the demo made and has not written yet: sales, the points they earn (by their place
// in the batch, until the batch gives them ids) and payments.
struct Pending
{
    SaleBatch sales;
    QList<std::pair<std::size_t, LoyaltyEntry>> points;
    QList<Payment> payments;
};

// Sales go in a few thousand at a time: the batch and its points stay small.
constexpr std::size_t flushEvery = 20'000;

} // namespace

DemoSales::DemoSales(SaleService& sales, PaymentService& payments, LoyaltyService& loyalty)
    : m_sales(sales)
    , m_payments(payments)
    , m_loyalty(loyalty)
{}

Result<DemoSalesSummary> DemoSales::generate(const QList<DemoBuyer>& buyers,
                                             const QList<Product>& products, qint64 count,
                                             const QDate& end, demo::DemoRandom& random,
                                             const std::function<void(int)>& progress)
{
    DemoSalesSummary summary;
    if (count <= 0 || products.isEmpty())
        return summary;
    QList<int> shop;
    QList<int> cafe;
    for (qsizetype i = 0; i < products.size(); ++i)
        (isCafe(products.at(i)) ? cafe : shop).append(static_cast<int>(i));
    if (shop.isEmpty())
        shop = cafe;
    if (cafe.isEmpty())
        cafe = shop;

    QList<Plan> plans;
    plans.reserve(buyers.size());
    for (const DemoBuyer& buyer : buyers)
        plans.append(planFor(buyer, end, shop, cafe, random));
    const qint64 walkIns = buyers.isEmpty() ? count : count / 10;
    allocate(plans, count - walkIns);

    QHash<QDate, int> receiptsPerDay;
    Pending pending;
    pending.sales.numberedBySetia = true;
    // Adds a sale to the batch; its revenue (no sale discount: the demo gives none).
    auto makeSale = [&](qint64 customerId, const QDate& day, PaymentKind payment, const Plan* plan,
                        bool business) {
        SaleBatch::Entry sale;
        const int number = ++receiptsPerDay[day];
        sale.receipt = QStringLiteral("PJ%1-%2")
                           .arg(day.toString(QStringLiteral("yyMMdd")))
                           .arg(number, 4, 10, QLatin1Char('0'));
        sale.date = day;
        sale.time = QTime(random.between(7, 20), random.between(0, 59));
        sale.customerId = customerId;
        sale.payment = payment;
        sale.firstLine = qint32(pending.sales.lines.size());
        const int lineCount = business ? random.between(2, 5) : random.between(1, 3);
        QList<int> used;
        qint64 revenue = 0;
        for (int i = 0; i < lineCount; ++i) {
            int index = 0;
            int usual = 1;
            if (plan && random.chance(80)) {
                const auto f =
                    static_cast<qsizetype>(random.below(quint64(plan->favourites.size())));
                index = plan->favourites.at(f);
                usual = plan->usualQuantity.at(f);
            } else {
                const QList<int>& pool = business ? shop : (random.chance(50) ? cafe : shop);
                index = pool.at(static_cast<qsizetype>(random.below(quint64(pool.size()))));
                usual = business ? random.between(1, 10) : 1;
            }
            if (used.contains(index))
                continue;
            used.append(index);
            const Product& product = products.at(index);
            SaleBatch::Line line;
            line.productId = product.id;
            const Quantity quantity = quantityOf(product, usual, business, random);
            line.quantityMilli = quantity.milli();
            line.unitPrice = product.price;
            const qint64 gross = saleMath::lineAmount(quantity, line.unitPrice, 0);
            if (business && random.chance(5))
                line.discount = gross / 20 / 100 * 100; // 5 % off, in hundreds
            revenue += gross - line.discount;
            pending.sales.lines.push_back(line);
        }
        sale.lineCount = qint32(pending.sales.lines.size()) - sale.firstLine;
        pending.sales.sales.push_back(std::move(sale));
        ++summary.sales;
        summary.lines += pending.sales.sales.back().lineCount;
        return revenue;
    };

    qint64 written = 0;
    // Writes what is pending: the sales, then the points they earned, then the payments.
    auto flush = [&]() -> Status {
        auto saved = m_sales.importSales(pending.sales);
        if (!saved)
            return saved.error();
        for (std::size_t i = 0; i < saved->ids.size(); ++i) {
            if (const Error* refusal = saved->refusal(i))
                return *refusal; // demo data breaks no rule: this is a defect
        }
        QList<LoyaltyEntry> entries;
        entries.reserve(pending.points.size());
        for (auto& [index, entry] : pending.points) {
            entry.saleId = saved->ids[index];
            entries.append(entry);
        }
        if (Status status = m_loyalty.earnMany(entries); !status)
            return status;
        auto paid = m_payments.recordMany(pending.payments);
        if (!paid)
            return paid.error();
        written += qint64(pending.sales.sales.size());
        if (progress)
            progress(static_cast<int>(written * 100 / count));
        pending.sales.sales.clear();
        pending.sales.lines.clear();
        pending.points.clear();
        pending.payments.clear();
        return {};
    };
    // The points of a member's sale, by the tier of the 365 days before it (the rule of
    // LoyaltyService, computed here from the sales just made instead of read back).
    const LoyaltySettings rules;
    auto earn = [&](qint64 customerId, const QDate& day, qint64 revenue, qint64 spendBefore) {
        const qint64 points =
            loyalty::pointsFor(revenue, loyalty::tierFor(spendBefore, rules), rules);
        if (points == 0)
            return;
        const SaleBatch::Entry& sale = pending.sales.sales.back();
        LoyaltyEntry entry;
        entry.kind = LoyaltyEntryKind::Earn;
        entry.customerId = customerId;
        entry.date = day;
        entry.points = points;
        entry.reason = sale.receipt;
        entry.createdAt = QDateTime(sale.date, sale.time);
        pending.points.append({pending.sales.sales.size() - 1, entry});
    };
    auto pay = [&](qint64 customerId, const QDate& on, qint64 amount) {
        if (on > end || amount <= 0)
            return;
        Payment payment;
        payment.customerId = customerId;
        payment.paidOn = on;
        payment.amount = amount;
        payment.method = random.chance(70) ? QStringLiteral("transfer") : QStringLiteral("tunai");
        payment.createdAt = on.startOfDay().addSecs(15 * 3600);
        pending.payments.append(payment);
        ++summary.payments;
    };

    for (qsizetype b = 0; b < buyers.size(); ++b) {
        const DemoBuyer& buyer = buyers.at(b);
        const Plan& plan = plans.at(b);
        if (plan.count == 0)
            continue;
        const qint64 span = std::max<qint64>(0, plan.start.daysTo(plan.stop));
        QList<QDate> days;
        days.reserve(plan.count);
        // Evenly spaced back from the last purchase, give or take a sixth of the gap. The
        // last purchase lies somewhere within one gap before the plan stops, as with real
        // regulars (not all of them on the very last day).
        const double gap = double(span) / double(plan.count);
        const double phase = random.fraction() * gap;
        for (qint64 j = 0; j < plan.count; ++j) {
            if (plan.pattern == Pattern::OneOff) {
                days.append(
                    plan.start.addDays(static_cast<qint64>(random.below(quint64(span + 1)))));
                continue;
            }
            const double back =
                phase + double(plan.count - 1 - j) * gap * (1.0 + (random.fraction() - 0.5) / 3.0);
            days.append(plan.stop.addDays(-std::min<qint64>(span, std::llround(back))));
        }
        std::sort(days.begin(), days.end());
        SpendWindow spend;
        for (const QDate& day : std::as_const(days)) {
            const PaymentKind payment = plan.credit ? PaymentKind::Credit : PaymentKind::Cash;
            const qint64 revenue = makeSale(buyer.customerId, day, payment, &plan, buyer.business);
            earn(buyer.customerId, day, revenue, spend.before(day));
            spend.add(day, revenue);
            if (!plan.credit || (plan.payer == Payer::Bad && day > plan.stopsPaying))
                continue;
            const QDate due = day.addDays(buyer.termsDays);
            const QDate paidOn = plan.payer == Payer::Late ? due.addDays(random.between(10, 80))
                                                           : due.addDays(random.between(-10, 5));
            if (random.chance(10)) { // half now, the rest a month later
                const qint64 half = revenue / 2;
                pay(buyer.customerId, paidOn, half);
                pay(buyer.customerId, paidOn.addDays(30), revenue - half);
            } else {
                pay(buyer.customerId, paidOn, revenue);
            }
        }
        if (pending.sales.sales.size() >= flushEvery) {
            if (Status status = flush(); !status)
                return status.error();
        }
    }
    for (qint64 i = 0; i < walkIns; ++i) {
        const QDate day = end.addDays(-static_cast<qint64>(random.below(historyDays)));
        makeSale(0, day, PaymentKind::Cash, nullptr, false);
        if (pending.sales.sales.size() >= flushEvery) {
            if (Status status = flush(); !status)
                return status.error();
        }
    }
    if (Status status = flush(); !status)
        return status.error();
    return summary;
}

} // namespace setia
