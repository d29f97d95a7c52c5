#pragma once

#include "analytics/SegmentRule.h"
#include "analytics/Segmentation.h"
#include "common/Result.h"

#include <QHash>
#include <QList>

#include <memory>
#include <optional>

namespace setia {

class CsvWriter;
class Database;
class SegmentQuery;
class SettingsService;

// Everyone's segments as of one date under one set of thresholds.
struct SegmentSnapshot
{
    QDate asOf;
    SegmentationRules rules;
    QList<CustomerSegment> customers; // by member code
    QHash<qint64, qsizetype> indexOf; // customer id → position in `customers`
};

// Segmentation of SPEC §5 as of a date, for every non-archived customer: lifecycle, credit
// status, contribution tier, RFM, margin, profit group and value. Computed from the sales
// and kept only until the database changes (a commit here, or a write by another program),
// the thresholds change or another date is asked for: never a stale copy.
class SegmentService
{
public:
    SegmentService(Database& database, const SegmentQuery& query, const SettingsService& settings);

    Result<std::shared_ptr<const SegmentSnapshot>> snapshot(const QDate& asOf) const;
    // True when snapshot(asOf) is at hand, false when it must be worked out from the sales
    // (about a second at 1 000 000 sales): a view then says so before asking.
    bool isReady(const QDate& asOf) const;
    // By member code.
    Result<QList<CustomerSegment>> segments(const QDate& asOf) const;
    // nullopt for an archived or unknown customer.
    Result<std::optional<CustomerSegment>> segmentOf(qint64 customerId, const QDate& asOf) const;
    // The customers a rule selects, by member code.
    Result<QList<CustomerSegment>> members(const SegmentRule& rule, const QDate& asOf) const;
    // Their customer ids only, in the same order.
    Result<QList<qint64>> memberIds(const SegmentRule& rule, const QDate& asOf) const;

    // The CSV of SPEC §8 (`setia-cli segments`): its header, then one row per customer.
    static void writeCsv(CsvWriter& writer, const QList<CustomerSegment>& segments);

private:
    // Whether the snapshot kept is the one for `asOf` under `rules`, with nothing written since.
    bool holds(const QDate& asOf, const SegmentationRules& rules, qint64 dataVersion) const;

    Database& m_database;
    const SegmentQuery& m_query;
    const SettingsService& m_settings;
    struct Cached
    {
        std::shared_ptr<const SegmentSnapshot> snapshot;
        quint64 changes = 0;
        qint64 dataVersion = 0;
    };
    mutable std::optional<Cached> m_cached;
};

} // namespace setia
