#include "reports/ComplaintsReport.h"

#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "domain/TicketTexts.h"
#include "reports/ReportHtml.h"
#include "reports/ReportTable.h"

#include <QLocale>

namespace setia {
namespace {

// Open seconds in tenths of an hour, rounded half up; -1 stays -1.
qint64 tenthsOfHour(qint64 seconds)
{
    return seconds < 0 ? -1 : (seconds * 10 + 1800) / 3600;
}

QString csvHours(qint64 seconds)
{
    const qint64 tenths = tenthsOfHour(seconds);
    if (tenths < 0)
        return {};
    return QStringLiteral("%1.%2").arg(tenths / 10).arg(tenths % 10);
}

QString monthName(const QDate& month)
{
    return QLocale().toString(month, QStringLiteral("MMMM yyyy"));
}

QList<ReportTable::Column> figureColumns(const QString& first)
{
    using Column = ReportTable::Column;
    using Align = ReportTable::Align;
    return {Column{first, 24},
            Column{ComplaintsReport::tr("Complaints"), 10, Align::Right},
            Column{ComplaintsReport::tr("Answered in time"), 16, Align::Right},
            Column{ComplaintsReport::tr("Median to answer (h)"), 12, Align::Right},
            Column{ComplaintsReport::tr("Put right in time"), 16, Align::Right},
            Column{ComplaintsReport::tr("Median to put right (h)"), 12, Align::Right},
            Column{ComplaintsReport::tr("Remedies"), 10, Align::Right}};
}

QStringList figureCells(const QString& first, const ComplaintFigures& f)
{
    return {first,
            display::count(f.tickets),
            ComplaintsReport::onTimeText(f.responseOnTime, f.responseDecided),
            ComplaintsReport::hoursText(f.medianResponseSeconds()),
            ComplaintsReport::onTimeText(f.resolutionOnTime, f.resolutionDecided),
            ComplaintsReport::hoursText(f.medianResolutionSeconds()),
            money::format(f.remedyCost)};
}

// "2,5 open hours"; "-" for none.
QString openHours(qint64 seconds)
{
    return seconds < 0
               ? QStringLiteral("-")
               : ComplaintsReport::tr("%1 open hours").arg(ComplaintsReport::hoursText(seconds));
}

} // namespace

ComplaintsReport::ComplaintsReport(QList<TicketDetails> tickets, const QDate& from, const QDate& to)
    : m_tickets(std::move(tickets))
    , m_from(from)
    , m_to(to)
    , m_stats(m_tickets)
{}

QString ComplaintsReport::hoursText(qint64 seconds)
{
    const qint64 tenths = tenthsOfHour(seconds);
    return tenths < 0 ? QStringLiteral("-") : display::tenths(tenths);
}

QString ComplaintsReport::onTimeText(int onTime, int decided)
{
    if (decided == 0)
        return QStringLiteral("-");
    const int percent = (onTime * 200 + decided) / (decided * 2);
    return tr("%1 of %2 (%3 %)")
        .arg(display::count(onTime), display::count(decided), QString::number(percent));
}

ReportDocument ComplaintsReport::document(const BusinessProfile& business,
                                          const QDateTime& printedAt) const
{
    using namespace reporthtml;
    using Column = ReportTable::Column;
    using Align = ReportTable::Align;
    ReportDocument document(business, tr("Complaints"), printedAt);
    document.setParameters(
        tr("Received %1 – %2").arg(display::shortDate(m_from), display::shortDate(m_to)));
    const ComplaintFigures& total = m_stats.total();
    if (total.tickets == 0) {
        document.setBodyHtml(paragraph(tr("No complaint was received in this period.")));
        return document;
    }

    QString body = fields({
        {tr("Complaints"), display::count(total.tickets)},
        {tr("Dealt with"), display::count(total.finished)},
        {tr("Answered in time"), onTimeText(total.responseOnTime, total.responseDecided)},
        {tr("Put right in time"), onTimeText(total.resolutionOnTime, total.resolutionDecided)},
        {tr("Median to answer"), openHours(total.medianResponseSeconds())},
        {tr("Median to put right"), openHours(total.medianResolutionSeconds())},
        {tr("Customers who complained again"), display::count(m_stats.repeated().size())},
        {tr("What remedies cost"), money::format(total.remedyCost)},
    });

    body += heading(tr("By category"));
    ReportTable categories(figureColumns(tr("Category")));
    for (const ComplaintStats::Category& c : m_stats.byCategory())
        categories.addRow(figureCells(TicketTexts::category(c.category), c.figures));
    categories.addTotalRow(figureCells(tr("Total"), total));
    body += categories.toHtml();

    body += heading(tr("By month and category"));
    ReportTable months(figureColumns(tr("Category")));
    for (const ComplaintStats::Month& m : m_stats.byMonth()) {
        months.addGroupRow(monthName(m.month));
        for (const ComplaintStats::Category& c : m.categories)
            months.addRow(figureCells(TicketTexts::category(c.category), c.figures));
        months.addTotalRow(figureCells(tr("Total %1").arg(monthName(m.month)), m.figures));
    }
    body += months.toHtml();

    body += heading(tr("Customers who complained more than once"));
    if (m_stats.repeated().isEmpty()) {
        body += paragraph(tr("No customer complained more than once in this period."));
    } else {
        ReportTable repeated({Column{tr("Code"), 12}, Column{tr("Name"), 28},
                              Column{tr("Complaints"), 12, Align::Right}, Column{tr("About"), 32},
                              Column{tr("Latest"), 16}});
        for (const ComplaintStats::RepeatCustomer& c : m_stats.repeated()) {
            QStringList about;
            for (const QString& category : c.categories)
                about.append(TicketTexts::category(category));
            repeated.addRow({c.code, c.name, display::count(c.tickets),
                             about.join(QStringLiteral(", ")), display::shortDate(c.last.date())});
        }
        body += repeated.toHtml();
    }

    body += heading(tr("Remedies"));
    if (m_stats.remedies().isEmpty()) {
        body += paragraph(tr("No remedy was given for these complaints."));
    } else {
        ReportTable remedies({Column{tr("Kind"), 50}, Column{tr("Complaints"), 20, Align::Right},
                              Column{tr("Cost"), 30, Align::Right}});
        int given = 0;
        for (const ComplaintStats::Remedy& r : m_stats.remedies()) {
            remedies.addRow(
                {TicketTexts::remedy(r.kind), display::count(r.tickets), money::format(r.cost)});
            given += r.tickets;
        }
        remedies.addTotalRow({tr("Total"), display::count(given), money::format(total.remedyCost)});
        body += remedies.toHtml();
    }
    body += note(tr("Times count the shop's opening hours, without the time spent waiting for the "
                    "customer, as the deadlines do. A deadline missed and not yet met counts as "
                    "late. Remedy costs count as rewards in customer profitability."));
    document.setBodyHtml(body);
    return document;
}

void ComplaintsReport::writeCsv(CsvWriter& writer) const
{
    writer.writeRow({QStringLiteral("number"), QStringLiteral("received"), QStringLiteral("month"),
                     QStringLiteral("category"), QStringLiteral("priority"),
                     QStringLiteral("status"), QStringLiteral("customer_code"),
                     QStringLiteral("customer_name"), QStringLiteral("first_response_hours"),
                     QStringLiteral("response_late"), QStringLiteral("resolution_hours"),
                     QStringLiteral("resolution_late"), QStringLiteral("remedy"),
                     QStringLiteral("remedy_cost")});
    const auto yesNo = [](bool late) { return late ? QStringLiteral("1") : QStringLiteral("0"); };
    for (const TicketDetails& d : m_tickets) {
        const Ticket& t = d.ticket;
        writer.writeRow(QList<CsvCell>{
            t.number, t.receivedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
            t.receivedAt.date().toString(QStringLiteral("yyyy-MM")), t.category,
            ticket::priorityId(t.priority), ticket::statusId(t.status), t.customerCode,
            t.customerName, CsvCell::numeric(csvHours(d.clock.responseSeconds)),
            CsvCell::numeric(yesNo(d.clock.responseLate)),
            CsvCell::numeric(csvHours(d.clock.resolutionSeconds)),
            CsvCell::numeric(yesNo(d.clock.resolutionLate)), ticket::remedyId(t.remedy),
            t.remedyCost});
    }
}

} // namespace setia
