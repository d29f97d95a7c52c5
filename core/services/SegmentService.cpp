#include "services/SegmentService.h"

#include "io/CsvWriter.h"
#include "stores/SegmentQuery.h"

namespace setia {
namespace {

// A score, or an empty cell outside the RFM population.
CsvCell scoreCell(int score)
{
    return score > 0 ? CsvCell(score) : CsvCell(QString());
}

} // namespace

SegmentService::SegmentService(const SegmentQuery& query)
    : m_query(query)
{}

Result<QList<CustomerSegment>> SegmentService::segments(const QDate& asOf) const
{
    auto activity = m_query.activity(asOf);
    if (!activity)
        return activity.error();
    return segmentation::compute(*activity, asOf);
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
