#pragma once

#include "analytics/ComplaintStats.h"
#include "io/CsvWriter.h"
#include "reports/ReportDocument.h"

#include <QCoreApplication>
#include <QDate>

namespace setia {

// The complaints report of the report centre (issue 16): over the complaints received in a
// period, a summary; by category, and by month and category, how many were heard back and
// put right within their deadlines and how long that took in opening hours; the customers
// who complained more than once; and what each kind of remedy cost. Its CSV holds one row
// per complaint with the figures the paper adds up, for a spreadsheet to take further.
class ComplaintsReport
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintsReport)

public:
    ComplaintsReport(QList<TicketDetails> tickets, const QDate& from, const QDate& to);

    const ComplaintStats& stats() const { return m_stats; }

    ReportDocument document(const BusinessProfile& business, const QDateTime& printedAt) const;
    // number,received,month,category,priority,status,customer_code,customer_name,
    // first_response_hours,response_late,resolution_hours,resolution_late,remedy,remedy_cost
    void writeCsv(CsvWriter& writer) const;

    // "2,5": open seconds as hours with one decimal in the language's way; "-" for -1.
    static QString hoursText(qint64 seconds);
    // "8 of 10 (80 %)"; "-" when none is decided.
    static QString onTimeText(int onTime, int decided);

private:
    QList<TicketDetails> m_tickets;
    QDate m_from;
    QDate m_to;
    ComplaintStats m_stats;
};

} // namespace setia
