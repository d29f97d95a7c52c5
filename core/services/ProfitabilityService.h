#pragma once

#include "analytics/Segmentation.h"
#include "common/Result.h"
#include "reports/ReportDocument.h"

#include <QCoreApplication>
#include <QList>

namespace setia {

class CsvWriter;
class RewardQuery;

// One customer's profitability over the 365-day window (SPEC §5). The columns add up:
// sales − cost of goods − rewards = margin, where sales are before point discounts, the
// cost of goods is that of the items paid for, and rewards are free items at cost plus
// point discounts. The margin is the segments' margin_365.
struct ProfitabilityRow
{
    QString code;
    QString name;
    qint64 sales = 0;
    qint64 costOfGoods = 0;
    qint64 rewards = 0;
    qint64 margin = 0;
    qint64 revenue90 = 0;
    qint64 revenuePrev90 = 0;
    ProfitGroup group = ProfitGroup::None;
};

// The profitability report: per customer with a sale in the window, largest margin first.
class ProfitabilityService
{
    Q_DECLARE_TR_FUNCTIONS(ProfitabilityService)

public:
    explicit ProfitabilityService(const RewardQuery& rewards);

    // The rows for `customers` (segments as of `asOf`), those without a sale in the window
    // left out.
    Result<QList<ProfitabilityRow>> rows(const QList<CustomerSegment>& customers,
                                         const QDate& asOf) const;

    // Margin as a share of sales in tenths of a percent, rounded half away; 0 without sales.
    static qint64 marginPermille(const ProfitabilityRow& row);
    // "+25,0 %", "−10,0 %", "new" (nothing in the 90 days before) or "—" (nothing at all).
    static QString trendText(const ProfitabilityRow& row);

    static void writeCsv(CsvWriter& writer, const QList<ProfitabilityRow>& rows);
    // `parameters`: what the rows cover ("Per 22/11/2026 · Segment: Loyal").
    static ReportDocument report(const QList<ProfitabilityRow>& rows,
                                 const BusinessProfile& business, const QString& parameters,
                                 const QDateTime& printedAt);

private:
    const RewardQuery& m_rewards;
};

} // namespace setia
