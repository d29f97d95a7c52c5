#include "reports/TicketReceipt.h"

#include "domain/DisplayFormat.h"
#include "domain/TicketTexts.h"
#include "reports/ReceiptText.h"
#include "reports/ReportHtml.h"
#include "reports/ReportTable.h"

namespace setia {

TicketReceipt::TicketReceipt(BusinessProfile business)
    : m_business(std::move(business))
{}

QStringList TicketReceipt::lines(const Ticket& ticket, const QDateTime& answerBy,
                                 ReceiptRoll roll) const
{
    using namespace receiptText;
    const int columns = receiptRoll::columns(roll);
    QStringList out;
    out += shopHeader(m_business, columns);
    out += rule(columns);
    out += centred(tr("COMPLAINT RECEIPT"), columns);
    out += spread(ticket.number, display::shortDateTime(ticket.receivedAt), columns);
    out += rule(columns);
    out += wrapped(tr("From: %1 (%2)").arg(ticket.customerName, ticket.customerCode), columns);
    out += wrapped(tr("About: %1").arg(TicketTexts::category(ticket.category)), columns);
    if (ticket.priority == TicketPriority::High)
        out += wrapped(tr("Priority: urgent"), columns);
    out += wrapped(tr("Your complaint:"), columns);
    for (const QString& line : ticket.summary.split(QLatin1Char('\n')))
        out += wrapped(line, columns, 2);
    out += rule(columns);
    if (answerBy.isValid())
        out += wrapped(tr("We will get back to you by %1.").arg(display::shortDateTime(answerBy)),
                       columns);
    out += wrapped(tr("Keep this receipt and give the number %1 when you ask about your "
                      "complaint.")
                       .arg(ticket.number),
                   columns);
    out += QString();
    out += spread(QString(), tr("Received by,"), columns);
    out += QString();
    out += spread(QString(), ticket.staff, columns);
    return out;
}

ReportDocument TicketReceipt::sheet(const Ticket& ticket, const QDateTime& answerBy,
                                    const QDateTime& printedAt) const
{
    using namespace reporthtml;
    ReportDocument document(m_business, tr("Complaint receipt"), printedAt);
    document.setParameters(
        tr("No. %1 · received %2").arg(ticket.number, display::shortDateTime(ticket.receivedAt)));
    document.setRunningHeader(false);
    QList<std::pair<QString, QString>> facts{
        {tr("From"), tr("%1 (%2)").arg(ticket.customerName, ticket.customerCode)},
        {tr("About"), TicketTexts::category(ticket.category)}};
    if (ticket.priority == TicketPriority::High)
        facts.append({tr("Priority"), tr("urgent")});
    QString body = fields(facts, 1);
    body += heading(tr("Your complaint"));
    body += paragraph(ticket.summary);
    if (answerBy.isValid())
        body +=
            paragraph(tr("We will get back to you by %1.").arg(display::shortDateTime(answerBy)));
    body += paragraph(tr("Keep this receipt and give the number %1 when you ask about your "
                         "complaint.")
                          .arg(ticket.number));
    // Room to sign on the right, the staff member's name under it.
    body += QStringLiteral("<table width=\"100%\" style=\"margin-top: 16px\"><tr>"
                           "<td width=\"55%\"></td><td align=\"center\">%1<br/><br/><br/><br/>"
                           "(%2)</td></tr></table>")
                .arg(ReportTable::escape(tr("Received by,")), ReportTable::escape(ticket.staff));
    document.setBodyHtml(body);
    return document;
}

QPageLayout TicketReceipt::sheetLayout()
{
    const qreal margin = ReportDocument::marginMm;
    return QPageLayout(QPageSize(QPageSize::A5), QPageLayout::Portrait,
                       QMarginsF(margin, margin, margin, margin), QPageLayout::Millimeter);
}

} // namespace setia
