#pragma once

#include "analytics/NpsTally.h"
#include "io/CsvWriter.h"
#include "reports/ReportDocument.h"

#include <QCoreApplication>
#include <QDate>

namespace setia {

// The satisfaction report of the report centre (SPEC §14): NPS and CSAT of a period,
// overall and broken down by each grouping (lifecycle, tier, RFM segment, type, area), with
// n and the margin ("data belum cukup" under the minimum), and what customers wrote.
class SatisfactionReport
{
    Q_DECLARE_TR_FUNCTIONS(SatisfactionReport)

public:
    // One breakdown: its name on paper and id in the CSV, and its groups' rows (the `all` row
    // first, as nps::tally gives them) with each group's name as shown.
    struct Breakdown
    {
        QString title; // "By lifecycle"
        QString id;    // "lifecycle"; "all" for the overall one
        QList<NpsTally> rows;
        QStringList names; // one per row
    };
    // An answer that came with words, newest first on paper.
    struct Comment
    {
        QDateTime at;
        QString customer; // "C000123 · Budi", or "Anonymous"
        int nps = SurveyResponse::noScore;
        int csat = SurveyResponse::noScore;
        QString comment;
    };

    SatisfactionReport(const QDate& from, const QDate& to, int minimumResponses,
                       QList<Breakdown> breakdowns, QList<Comment> comments);

    const QList<Breakdown>& breakdowns() const { return m_breakdowns; }

    ReportDocument document(const BusinessProfile& business, const QDateTime& printedAt) const;
    // grouping,group,responses,promoters,passives,detractors,nps,margin,csat_responses,csat:
    // SPEC §14's columns with the breakdown first and CSAT after; the overall row has
    // grouping and group `all`.
    void writeCsv(CsvWriter& writer) const;

    // "42,9" (tenths in the language's way), "-" without a score.
    static QString tenthsText(const std::optional<qint64>& tenths);
    // "± 8,1", or "data belum cukup" under the minimum.
    static QString marginText(const NpsTally& tally, int minimum);

private:
    QDate m_from;
    QDate m_to;
    int m_minimum;
    QList<Breakdown> m_breakdowns;
    QList<Comment> m_comments;
};

} // namespace setia
