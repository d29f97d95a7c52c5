#include "complaints/TicketReceiptOutput.h"

#include "common/ReportOutput.h"
#include "common/UserPrompter.h"
#include "printing/ReceiptPrinter.h"
#include "reports/TicketReceipt.h"
#include "services/TicketService.h"

namespace setia {

TicketReceiptOutput::TicketReceiptOutput(const TicketService& tickets, UserPrompter& prompter,
                                         QWidget* parent)
    : m_tickets(tickets)
    , m_prompter(prompter)
    , m_parent(parent)
{}

bool TicketReceiptOutput::printOnRoll(qint64 ticketId, const QString& number)
{
    const ReceiptPrinter::Choice choice = ReceiptPrinter::stored();
    auto lines = m_tickets.receipt(ticketId, choice.roll);
    const Status printed =
        lines ? ReceiptPrinter::print(*lines, choice, tr("Complaint %1").arg(number))
              : Status(lines.error());
    if (!printed) {
        m_prompter.warn(m_parent, tr("Print the tanda terima"),
                        tr("The complaint is saved; its tanda terima was not printed: %1")
                            .arg(printed.error().message()));
        return false;
    }
    return true;
}

void TicketReceiptOutput::previewA5(qint64 ticketId)
{
    auto sheet = m_tickets.receiptSheet(ticketId);
    if (!sheet) {
        m_prompter.warn(m_parent, tr("Print the tanda terima"), sheet.error().message());
        return;
    }
    reportOutput::preview(m_parent, *sheet, TicketReceipt::sheetLayout(), m_prompter);
}

QString TicketReceiptOutput::saveA5Pdf(qint64 ticketId, const QString& number)
{
    auto sheet = m_tickets.receiptSheet(ticketId);
    if (!sheet) {
        m_prompter.warn(m_parent, tr("Save the tanda terima"), sheet.error().message());
        return {};
    }
    return reportOutput::savePdf(m_parent, *sheet, TicketReceipt::sheetLayout(), m_prompter,
                                 tr("Tanda terima %1.pdf").arg(number));
}

} // namespace setia
