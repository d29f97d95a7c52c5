#pragma once

#include "analytics/Segmentation.h"
#include "common/Result.h"

#include <QList>

namespace setia {

class CsvWriter;
class SegmentQuery;

// Segmentation of SPEC §5 as of a date, for every non-archived customer: lifecycle, credit
// status, contribution tier, RFM, margin and profit group. Always recomputed from the
// sales, never stored.
class SegmentService
{
public:
    explicit SegmentService(const SegmentQuery& query);

    // By member code.
    Result<QList<CustomerSegment>> segments(const QDate& asOf) const;

    // The CSV of SPEC §8 (`setia-cli segments`): its header, then one row per customer.
    static void writeCsv(CsvWriter& writer, const QList<CustomerSegment>& segments);

private:
    const SegmentQuery& m_query;
};

} // namespace setia
