#include "services/ProfitabilityService.h"

#include "analytics/SegmentNames.h"
#include "domain/Money.h"
#include "io/CsvWriter.h"
#include "reports/ReportTable.h"
#include "stores/RewardQuery.h"

#include <QLocale>

#include <algorithm>

namespace setia {

namespace {

// Tenths of a percent as "12<point>5", in integers; a minus sign for a loss.
QString permilleText(qint64 permille, const QString& point, const QString& minus)
{
    const qint64 size = permille < 0 ? -permille : permille;
    return (permille < 0 ? minus : QString()) + QString::number(size / 10) + point +
           QString::number(size % 10);
}

QString localPercent(qint64 permille)
{
    const QLocale locale;
    return permilleText(permille, locale.decimalPoint(), QStringLiteral("−")) +
           QStringLiteral(" %");
}

} // namespace

ProfitabilityService::ProfitabilityService(const RewardQuery& rewards)
    : m_rewards(rewards)
{}

Result<QList<ProfitabilityRow>> ProfitabilityService::rows(const QList<CustomerSegment>& customers,
                                                           const QDate& asOf) const
{
    auto rewards = m_rewards.costs(asOf.addDays(-365), asOf);
    if (!rewards)
        return rewards.error();
    QList<ProfitabilityRow> rows;
    for (const CustomerSegment& s : customers) {
        const CustomerActivity& a = s.activity;
        if (a.frequency == 0)
            continue;
        const RewardCost cost = rewards->value(a.customerId);
        const qint64 freeCost = segmentation::costRupiah(cost.freeCostMilli);
        ProfitabilityRow row;
        row.code = a.code;
        row.name = a.name;
        row.sales = a.revenue + cost.pointDiscounts;
        row.costOfGoods = segmentation::costRupiah(a.costMilli) - freeCost;
        row.rewards = freeCost + cost.pointDiscounts + a.remedyCost;
        row.margin = s.margin;
        row.revenue90 = a.revenue90;
        row.revenuePrev90 = a.revenuePrev90;
        row.group = s.profit;
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        return a.margin != b.margin ? a.margin > b.margin : a.code < b.code;
    });
    return rows;
}

qint64 ProfitabilityService::marginPermille(const ProfitabilityRow& row)
{
    return row.sales == 0 ? 0 : segmentation::divideRounded(row.margin * 1000, row.sales);
}

QString ProfitabilityService::trendText(const ProfitabilityRow& row)
{
    if (row.revenuePrev90 == 0)
        return row.revenue90 > 0 ? tr("new") : QStringLiteral("—");
    const qint64 permille =
        segmentation::divideRounded((row.revenue90 - row.revenuePrev90) * 1000, row.revenuePrev90);
    return (permille > 0 ? QStringLiteral("+") : QString()) + localPercent(permille);
}

void ProfitabilityService::writeCsv(CsvWriter& writer, const QList<ProfitabilityRow>& rows)
{
    writer.writeRow(QStringList{QStringLiteral("code"), QStringLiteral("name"),
                                QStringLiteral("sales"), QStringLiteral("cost_of_goods"),
                                QStringLiteral("rewards"), QStringLiteral("margin"),
                                QStringLiteral("margin_percent"), QStringLiteral("revenue_90"),
                                QStringLiteral("revenue_prev_90"), QStringLiteral("profit_group")});
    for (const ProfitabilityRow& row : rows)
        writer.writeRow(
            {row.code, row.name, row.sales, row.costOfGoods, row.rewards, row.margin,
             permilleText(marginPermille(row), QStringLiteral("."), QStringLiteral("-")),
             row.revenue90, row.revenuePrev90, segmentation::profitGroupId(row.group)});
}

ReportDocument ProfitabilityService::report(const QList<ProfitabilityRow>& rows,
                                            const BusinessProfile& business,
                                            const QString& parameters, const QDateTime& printedAt)
{
    ReportDocument document(business, tr("Customer profitability"), printedAt);
    document.setParameters(parameters);
    using Column = ReportTable::Column;
    using Align = ReportTable::Align;
    ReportTable table(
        {Column{tr("Code"), 8}, Column{tr("Name"), 24}, Column{tr("Sales"), 11, Align::Right},
         Column{tr("Cost of goods"), 11, Align::Right}, Column{tr("Rewards"), 9, Align::Right},
         Column{tr("Margin"), 11, Align::Right}, Column{tr("Margin %"), 7, Align::Right},
         Column{tr("Trend 90 days"), 10, Align::Right}, Column{tr("Group"), 9}});
    ProfitabilityRow total;
    const QLocale locale;
    for (const ProfitabilityRow& row : rows) {
        table.addRow({row.code, row.name, money::format(row.sales), money::format(row.costOfGoods),
                      money::format(row.rewards), money::format(row.margin),
                      localPercent(marginPermille(row)), trendText(row),
                      SegmentNames::profitGroup(row.group)});
        total.sales += row.sales;
        total.costOfGoods += row.costOfGoods;
        total.rewards += row.rewards;
        total.margin += row.margin;
        total.revenue90 += row.revenue90;
        total.revenuePrev90 += row.revenuePrev90;
    }
    table.addTotalRow({QString(), tr("%1 customers").arg(locale.toString(rows.size())),
                       money::format(total.sales), money::format(total.costOfGoods),
                       money::format(total.rewards), money::format(total.margin),
                       localPercent(marginPermille(total)), trendText(total), QString()});
    document.setBodyHtml(
        table.toHtml() +
        QStringLiteral("<p class=\"note\">%1</p>")
            .arg(ReportTable::escape(
                tr("Over the 365 days up to the date. Sales before point discounts − cost of the "
                   "goods paid for − rewards (free items at cost, point discounts and what "
                   "complaints' "
                   "remedies cost) = margin. "
                   "Trend: revenue of the last 90 days against the 90 days before."))));
    return document;
}

} // namespace setia
