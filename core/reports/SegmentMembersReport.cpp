#include "reports/SegmentMembersReport.h"

#include "analytics/SegmentNames.h"
#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "domain/PhoneNumber.h"
#include "domain/StatusNames.h"
#include "reports/CustomerCardReport.h"
#include "reports/ReportTable.h"

#include <QLocale>

namespace setia {

ReportDocument SegmentMembersReport::build(const QString& segmentName, const QDate& asOf,
                                           const QList<CustomerSegment>& members,
                                           const BusinessProfile& business,
                                           const QDateTime& printedAt)
{
    ReportDocument document(business, tr("Segment: %1").arg(segmentName), printedAt);
    const QLocale locale;
    document.setParameters(tr("As of %1 · %2 customers")
                               .arg(display::shortDate(asOf), locale.toString(members.size())));
    using Column = ReportTable::Column;
    using Align = ReportTable::Align;
    ReportTable table({Column{tr("Code"), 8}, Column{tr("Name"), 20}, Column{tr("Phone"), 13},
                       Column{tr("City"), 10}, Column{tr("Lifecycle"), 9}, Column{tr("Tier"), 7},
                       Column{tr("RFM segment"), 11}, Column{tr("Days since"), 6, Align::Right},
                       Column{tr("Revenue 365 days"), 16, Align::Right}});
    qint64 revenue = 0;
    for (const CustomerSegment& s : members) {
        const CustomerActivity& a = s.activity;
        table.addRow({a.code, a.name, PhoneNumber::formatNational(a.phone), a.city,
                      StatusNames::lifecycle(s.lifecycle),
                      s.tier == ContributionTier::None ? QString() : SegmentNames::tier(s.tier),
                      SegmentNames::rfmSegment(s.rfm),
                      s.recencyDays >= 0 ? locale.toString(s.recencyDays) : QString(),
                      money::format(a.revenue)});
        revenue += a.revenue;
    }
    table.addTotalRow({QString(), tr("%1 customers").arg(locale.toString(members.size())),
                       QString(), QString(), QString(), QString(), QString(), QString(),
                       money::format(revenue)});
    document.setBodyHtml(table.toHtml());
    return document;
}

} // namespace setia
