#include "services/SegmentService.h"

#include "db/Database.h"
#include "io/CsvWriter.h"
#include "services/SettingsService.h"
#include "stores/SegmentQuery.h"

namespace setia {
namespace {

// A score, or an empty cell outside the RFM population.
CsvCell scoreCell(int score)
{
    return score > 0 ? CsvCell(score) : CsvCell(QString());
}

} // namespace

SegmentService::SegmentService(Database& database, const SegmentQuery& query,
                               const SettingsService& settings)
    : m_database(database)
    , m_query(query)
    , m_settings(settings)
{}

bool SegmentService::isReady(const QDate& asOf) const
{
    auto rules = m_settings.segmentationRules();
    auto dataVersion = m_database.dataVersion();
    return rules && dataVersion && holds(asOf, *rules, *dataVersion);
}

bool SegmentService::holds(const QDate& asOf, const SegmentationRules& rules,
                           qint64 dataVersion) const
{
    return m_cached && m_cached->snapshot->asOf == asOf && m_cached->snapshot->rules == rules &&
           m_cached->changes == m_database.changes() && m_cached->dataVersion == dataVersion;
}

Result<std::shared_ptr<const SegmentSnapshot>> SegmentService::snapshot(const QDate& asOf) const
{
    auto rules = m_settings.segmentationRules();
    if (!rules)
        return rules.error();
    auto dataVersion = m_database.dataVersion();
    if (!dataVersion)
        return dataVersion.error();
    if (holds(asOf, *rules, *dataVersion))
        return m_cached->snapshot;

    auto activity = m_query.activity(asOf);
    if (!activity)
        return activity.error();
    auto loyalty = m_settings.loyaltySettings();
    if (!loyalty)
        return loyalty.error();
    for (CustomerActivity& a : activity.value())
        a.loyaltyTier = loyalty::tierFor(a.spend365, *loyalty);
    auto fresh = std::make_shared<SegmentSnapshot>();
    fresh->asOf = asOf;
    fresh->rules = *rules;
    fresh->customers = segmentation::compute(std::move(activity).value(), asOf, *rules);
    fresh->indexOf.reserve(fresh->customers.size());
    for (qsizetype i = 0; i < fresh->customers.size(); ++i)
        fresh->indexOf.insert(fresh->customers.at(i).activity.customerId, i);
    m_cached = Cached{fresh, m_database.changes(), *dataVersion};
    return std::shared_ptr<const SegmentSnapshot>(std::move(fresh));
}

Result<QList<CustomerSegment>> SegmentService::segments(const QDate& asOf) const
{
    auto all = snapshot(asOf);
    if (!all)
        return all.error();
    return (*all)->customers;
}

Result<std::optional<CustomerSegment>> SegmentService::segmentOf(qint64 customerId,
                                                                 const QDate& asOf) const
{
    auto all = snapshot(asOf);
    if (!all)
        return all.error();
    const auto it = (*all)->indexOf.constFind(customerId);
    if (it == (*all)->indexOf.cend())
        return std::optional<CustomerSegment>();
    return std::optional<CustomerSegment>((*all)->customers.at(*it));
}

Result<QList<CustomerSegment>> SegmentService::members(const SegmentRule& rule,
                                                       const QDate& asOf) const
{
    auto all = snapshot(asOf);
    if (!all)
        return all.error();
    QList<CustomerSegment> selected;
    for (const CustomerSegment& customer : (*all)->customers)
        if (segmentRule::matches(rule, customer))
            selected.append(customer);
    return selected;
}

Result<QList<qint64>> SegmentService::memberIds(const SegmentRule& rule, const QDate& asOf) const
{
    auto all = snapshot(asOf);
    if (!all)
        return all.error();
    QList<qint64> ids;
    for (const CustomerSegment& customer : (*all)->customers)
        if (segmentRule::matches(rule, customer))
            ids.append(customer.activity.customerId);
    return ids;
}

void SegmentService::writeCsv(CsvWriter& writer, const QList<CustomerSegment>& segments)
{
    writer.writeRow(QStringList{QStringLiteral("code"), QStringLiteral("name"),
                                QStringLiteral("lifecycle"), QStringLiteral("credit_status"),
                                QStringLiteral("tier"), QStringLiteral("recency_days"),
                                QStringLiteral("frequency"), QStringLiteral("monetary"),
                                QStringLiteral("r"), QStringLiteral("f"), QStringLiteral("m"),
                                QStringLiteral("rfm_segment"), QStringLiteral("revenue_365"),
                                QStringLiteral("margin_365"), QStringLiteral("profit_group")});
    for (const CustomerSegment& s : segments) {
        const CustomerActivity& a = s.activity;
        writer.writeRow({a.code, a.name, card::lifecycleId(s.lifecycle),
                         receivables::statusId(a.credit), segmentation::tierId(s.tier),
                         s.recencyDays >= 0 ? CsvCell(s.recencyDays) : CsvCell(QString()),
                         a.frequency, a.revenue, scoreCell(s.r), scoreCell(s.f), scoreCell(s.m),
                         segmentation::rfmSegmentId(s.rfm), a.revenue, s.margin,
                         segmentation::profitGroupId(s.profit)});
    }
}

} // namespace setia
