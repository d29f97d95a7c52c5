#include "reports/SatisfactionReport.h"

#include "domain/DisplayFormat.h"
#include "reports/ReportHtml.h"
#include "reports/ReportTable.h"

#include <algorithm>

namespace setia {
namespace {

QString scoreText(int score)
{
    return score == SurveyResponse::noScore ? QStringLiteral("-") : QString::number(score);
}

} // namespace

SatisfactionReport::SatisfactionReport(const QDate& from, const QDate& to, int minimumResponses,
                                       QList<Breakdown> breakdowns, QList<Comment> comments)
    : m_from(from)
    , m_to(to)
    , m_minimum(minimumResponses)
    , m_breakdowns(std::move(breakdowns))
    , m_comments(std::move(comments))
{
    std::stable_sort(m_comments.begin(), m_comments.end(),
                     [](const Comment& a, const Comment& b) { return a.at > b.at; });
}

QString SatisfactionReport::tenthsText(const std::optional<qint64>& tenths)
{
    return tenths ? display::tenths(*tenths) : QStringLiteral("-");
}

QString SatisfactionReport::marginText(const NpsTally& tally, int minimum)
{
    const auto margin = tally.marginTenths(minimum);
    return margin ? tr("± %1").arg(tenthsText(margin)) : tr("not enough data");
}

ReportDocument SatisfactionReport::document(const BusinessProfile& business,
                                            const QDateTime& printedAt) const
{
    using namespace reporthtml;
    using Column = ReportTable::Column;
    using Align = ReportTable::Align;
    ReportDocument document(business, tr("Customer satisfaction (NPS and CSAT)"), printedAt);
    document.setParameters(
        tr("Answers of %1 – %2").arg(display::shortDate(m_from), display::shortDate(m_to)));
    QString body;
    for (const Breakdown& breakdown : m_breakdowns) {
        body += heading(breakdown.title);
        ReportTable table(
            {Column{tr("Group"), 22}, Column{tr("Answers"), 9, Align::Right},
             Column{tr("Promoters"), 10, Align::Right}, Column{tr("Passives"), 9, Align::Right},
             Column{tr("Detractors"), 10, Align::Right}, Column{tr("NPS"), 8, Align::Right},
             Column{tr("Margin (95 %)"), 14, Align::Right},
             Column{tr("CSAT answers"), 9, Align::Right}, Column{tr("CSAT 4–5"), 9, Align::Right}});
        for (qsizetype i = 0; i < breakdown.rows.size(); ++i) {
            const NpsTally& t = breakdown.rows.at(i);
            const QStringList cells{
                breakdown.names.value(i, t.group),
                display::count(t.responses),
                display::count(t.promoters),
                display::count(t.passives),
                display::count(t.detractors),
                tenthsText(t.npsTenths()),
                t.responses > 0 ? marginText(t, m_minimum) : QStringLiteral("-"),
                display::count(t.csatResponses),
                t.csatTenths() ? tr("%1 %").arg(tenthsText(t.csatTenths())) : QStringLiteral("-")};
            if (t.group == nps::allGroup && breakdown.id != nps::allGroup)
                table.addTotalRow(cells);
            else
                table.addRow(cells);
        }
        body += table.toHtml();
    }
    body += note(tr("NPS counts each customer's latest score of the period once and every "
                    "anonymous answer: 9–10 promote, 7–8 are passive, 0–6 detract; NPS = the "
                    "share of promoters less that of detractors. Groups are the customer's "
                    "segments on %1. The "
                    "margin is shown from %2 answers; CSAT is the share of 4 and 5.")
                     .arg(display::shortDate(m_to), display::count(m_minimum)));

    body += heading(tr("What customers wrote"));
    if (m_comments.isEmpty()) {
        body += paragraph(tr("No answer of this period came with a comment."));
    } else {
        ReportTable comments({Column{tr("Date"), 12}, Column{tr("Customer"), 24},
                              Column{tr("NPS"), 7, Align::Right},
                              Column{tr("CSAT"), 7, Align::Right}, Column{tr("Comment"), 50}});
        for (const Comment& c : m_comments)
            comments.addRow({display::shortDate(c.at.date()), c.customer, scoreText(c.nps),
                             scoreText(c.csat), c.comment});
        body += comments.toHtml();
    }
    document.setBodyHtml(body);
    return document;
}

void SatisfactionReport::writeCsv(CsvWriter& writer) const
{
    writer.writeRow({QStringLiteral("grouping"), QStringLiteral("group"),
                     QStringLiteral("responses"), QStringLiteral("promoters"),
                     QStringLiteral("passives"), QStringLiteral("detractors"),
                     QStringLiteral("nps"), QStringLiteral("margin"),
                     QStringLiteral("csat_responses"), QStringLiteral("csat")});
    bool overallWritten = false;
    for (const Breakdown& breakdown : m_breakdowns)
        for (const NpsTally& t : breakdown.rows) {
            const bool overall = t.group == nps::allGroup;
            if (overall && overallWritten)
                continue; // each breakdown repeats it on paper; once in the file
            overallWritten = overallWritten || overall;
            const auto score = t.npsTenths();
            const auto margin = t.marginTenths(m_minimum);
            const auto csat = t.csatTenths();
            writer.writeRow(QList<CsvCell>{
                overall ? nps::allGroup : breakdown.id, t.group, t.responses, t.promoters,
                t.passives, t.detractors,
                CsvCell::numeric(score ? nps::tenthsText(*score) : QString()),
                margin ? CsvCell::numeric(nps::tenthsText(*margin))
                       : CsvCell(QStringLiteral("n<%1").arg(m_minimum)),
                t.csatResponses, CsvCell::numeric(csat ? nps::tenthsText(*csat) : QString())});
        }
}

} // namespace setia
