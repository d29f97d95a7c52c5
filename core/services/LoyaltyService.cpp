#include "services/LoyaltyService.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/PointsExpiry.h"
#include "domain/Sale.h"
#include "services/SettingsService.h"
#include "stores/LoyaltyStore.h"
#include "stores/SaleStore.h"

#include <algorithm>

namespace setia {
namespace {

// The balance with every entry, later-dated ones included: what may still be used or taken.
const QDate allTime(9999, 12, 31);

// An entry about `sale`, dated with it, named by its receipt.
LoyaltyEntry saleEntry(const Sale& sale, LoyaltyEntryKind kind, qint64 points)
{
    LoyaltyEntry entry;
    entry.customerId = sale.customerId;
    entry.date = sale.soldAt.date();
    entry.kind = kind;
    entry.points = points;
    entry.saleId = sale.id;
    entry.reason = sale.receipt;
    return entry;
}

} // namespace

LoyaltyService::LoyaltyService(Database& database, LoyaltyStore& entries, const SaleStore& sales,
                               const SettingsService& settings, const Clock& clock)
    : m_database(database)
    , m_entries(entries)
    , m_sales(sales)
    , m_settings(settings)
    , m_clock(clock)
{}

Result<LoyaltySettings> LoyaltyService::settings() const
{
    return m_settings.loyaltySettings();
}

Result<LoyaltyTier> LoyaltyService::tierBefore(qint64 customerId, const QDate& day,
                                               const LoyaltySettings& rules) const
{
    auto spend = m_sales.customerRevenue(customerId, day.addDays(-365), day.addDays(-1));
    if (!spend)
        return spend.error();
    return loyalty::tierFor(*spend, rules);
}

Result<qint64> LoyaltyService::addEntry(LoyaltyEntry entry)
{
    entry.createdAt = m_clock.now();
    return m_entries.insert(entry);
}

Result<QList<LoyaltyEntry>> LoyaltyService::pendingExpiries(qint64 customerId, const QDate& day,
                                                            const LoyaltySettings& rules) const
{
    if (rules.expiryMonths <= 0)
        return QList<LoyaltyEntry>();
    auto entries = m_entries.entries(customerId);
    if (!entries)
        return entries.error();
    return loyalty::pendingExpiries(*entries, static_cast<int>(rules.expiryMonths), day);
}

QString LoyaltyService::expiryReason(const LoyaltySettings& rules)
{
    return tr("Not used within %1 months").arg(rules.expiryMonths);
}

Status LoyaltyService::expireDue(qint64 customerId, const QDate& day)
{
    auto rules = settings();
    if (!rules)
        return rules.error();
    auto due = pendingExpiries(customerId, day, *rules);
    if (!due)
        return due.error();
    for (LoyaltyEntry expiry : *due) {
        expiry.reason = expiryReason(*rules);
        if (auto id = addEntry(expiry); !id)
            return id.error();
    }
    return {};
}

Result<qint64> LoyaltyService::pointsFor(qint64 customerId, qint64 amount, const QDate& day) const
{
    if (customerId <= 0)
        return qint64(0);
    auto rules = settings();
    if (!rules)
        return rules.error();
    auto tier = tierBefore(customerId, day, *rules);
    if (!tier)
        return tier.error();
    return loyalty::pointsFor(amount, *tier, *rules);
}

Status LoyaltyService::earnFor(const Sale& sale)
{
    if (sale.customerId <= 0 || sale.voided)
        return {};
    const QDate day = sale.soldAt.date();
    auto earned = pointsFor(sale.customerId, sale.revenue, day);
    if (!earned)
        return earned.error();
    const qint64 points = *earned;
    if (points == 0)
        return {};
    if (Status status = expireDue(sale.customerId, day); !status)
        return status;
    if (auto id = addEntry(saleEntry(sale, LoyaltyEntryKind::Earn, points)); !id)
        return id.error();
    return {};
}

Status LoyaltyService::redeemFor(const Sale& sale, qint64 points)
{
    if (Status status = expireDue(sale.customerId, sale.soldAt.date()); !status)
        return status;
    auto balance = m_entries.balance(sale.customerId, allTime);
    if (!balance)
        return balance.error();
    if (points > *balance)
        return Error(Error::Kind::Validation,
                     tr("The member has %1 points: at most %1 can be used.").arg(*balance),
                     QStringLiteral("points"));
    auto rules = m_settings.loyaltySettings();
    if (!rules)
        return rules.error();
    LoyaltyEntry entry = saleEntry(sale, LoyaltyEntryKind::Redeem, -points);
    entry.rupiah = points * rules->pointValue;
    if (auto id = addEntry(entry); !id)
        return id.error();
    return {};
}

Status LoyaltyService::reverseFor(const Sale& sale, const QString& reason)
{
    if (sale.customerId <= 0)
        return {};
    auto net = m_entries.pointsForSale(sale.id);
    if (!net)
        return net.error();
    if (Status status = expireDue(sale.customerId, m_clock.today()); !status)
        return status;
    auto balance = m_entries.balance(sale.customerId, allTime);
    if (!balance)
        return balance.error();
    // Points the sale used come back whole; points it earned go back as far as they can.
    const qint64 back = *net < 0 ? *net : std::min(*net, *balance);
    if (back == 0)
        return {};
    LoyaltyEntry entry;
    entry.customerId = sale.customerId;
    entry.date = m_clock.today();
    entry.kind = LoyaltyEntryKind::Adjust;
    entry.points = -back;
    entry.saleId = sale.id;
    entry.reason = tr("Sale %1 voided: %2").arg(sale.receipt, reason);
    if (auto id = addEntry(entry); !id)
        return id.error();
    return {};
}

Status LoyaltyService::adjust(qint64 customerId, qint64 points, const QString& reason)
{
    const QString why = reason.simplified();
    if (why.isEmpty())
        return Error(Error::Kind::Validation, tr("Say why the points are changed."),
                     QStringLiteral("reason"));
    if (why.size() > maxReasonLength)
        return Error(Error::Kind::Validation,
                     tr("The reason is too long: at most %1 characters.").arg(maxReasonLength),
                     QStringLiteral("reason"));
    if (points == 0)
        return Error(Error::Kind::Validation, tr("Give the number of points to add or take."),
                     QStringLiteral("points"));
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status;
    if (Status status = expireDue(customerId, m_clock.today()); !status)
        return status;
    auto balance = m_entries.balance(customerId, allTime);
    if (!balance)
        return balance.error();
    if (*balance + points < 0)
        return Error(Error::Kind::Validation,
                     tr("The customer has %1 points: at most %1 can be taken.").arg(*balance),
                     QStringLiteral("points"));
    LoyaltyEntry entry;
    entry.customerId = customerId;
    entry.date = m_clock.today();
    entry.kind = LoyaltyEntryKind::Adjust;
    entry.points = points;
    entry.reason = why;
    if (auto id = addEntry(entry); !id)
        return id.error();
    return transaction.commit();
}

Result<LoyaltySummary> LoyaltyService::summary(qint64 customerId, const QDate& asOf) const
{
    LoyaltySummary summary;
    auto points = m_entries.balance(customerId, asOf);
    if (!points)
        return points.error();
    summary.points = *points;
    auto rules = settings();
    if (!rules)
        return rules.error();
    auto due = pendingExpiries(customerId, asOf, *rules);
    if (!due)
        return due.error();
    for (const LoyaltyEntry& entry : *due)
        summary.points += entry.points;
    auto spend = m_sales.customerRevenue(customerId, asOf.addDays(-364), asOf);
    if (!spend)
        return spend.error();
    summary.spend365 = *spend;
    summary.tier = loyalty::tierFor(*spend, *rules);
    return summary;
}

Result<QList<LoyaltyEntry>> LoyaltyService::ledger(qint64 customerId, const QDate& asOf) const
{
    auto rules = settings();
    if (!rules)
        return rules.error();
    auto entries = m_entries.entries(customerId);
    if (!entries)
        return entries.error();
    QList<LoyaltyEntry> ledger;
    for (const LoyaltyEntry& entry : *entries)
        if (entry.date <= asOf)
            ledger.append(entry);
    if (rules->expiryMonths <= 0)
        return ledger;
    const QList<LoyaltyEntry> due =
        loyalty::pendingExpiries(ledger, static_cast<int>(rules->expiryMonths), asOf);
    for (LoyaltyEntry expiry : due) {
        expiry.reason = expiryReason(*rules);
        // An expiry is the start of its day: before the day's other entries.
        auto at = std::find_if(ledger.begin(), ledger.end(), [&](const LoyaltyEntry& entry) {
            return entry.date >= expiry.date;
        });
        ledger.insert(at, expiry);
    }
    return ledger;
}

Status LoyaltyService::earnMany(const QList<LoyaltyEntry>& entries, const BulkOptions& options)
{
    if (entries.isEmpty())
        return {};
    const QDateTime now = m_clock.now();
    Transaction transaction(m_database);
    if (Status status = transaction.begin(options.waiting); !status)
        return status;
    const auto total = qint64(entries.size());
    qint64 done = 0;
    for (LoyaltyEntry entry : entries) {
        if (Status going = options.written(done++, total); !going)
            return going;
        if (entry.kind != LoyaltyEntryKind::Earn || entry.points <= 0 || entry.saleId <= 0 ||
            entry.customerId <= 0 || !entry.date.isValid())
            return Error(Error::Kind::Validation,
                         tr("Only a member's sale earns points, and more than 0 of them."),
                         QStringLiteral("points"));
        entry.id = 0;
        entry.rupiah = 0;
        if (!entry.createdAt.isValid())
            entry.createdAt = now;
        auto id = m_entries.insert(entry);
        if (!id)
            return id.error();
    }
    if (options.dryRun)
        return {}; // nothing is kept: the transaction rolls back
    return transaction.commit();
}

Result<qint64> LoyaltyService::pointsOfSale(qint64 saleId) const
{
    return m_entries.pointsForSale(saleId);
}

} // namespace setia
