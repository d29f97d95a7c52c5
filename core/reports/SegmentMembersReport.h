#pragma once

#include "analytics/Segmentation.h"
#include "reports/ReportDocument.h"

#include <QCoreApplication>

namespace setia {

// The customers of one segment on paper: who they are, how they buy and what they bring,
// one row each under the segment's name and date.
class SegmentMembersReport
{
    Q_DECLARE_TR_FUNCTIONS(SegmentMembersReport)

public:
    static ReportDocument build(const QString& segmentName, const QDate& asOf,
                                const QList<CustomerSegment>& members,
                                const BusinessProfile& business, const QDateTime& printedAt);
};

} // namespace setia
