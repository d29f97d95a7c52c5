#include "domain/TicketTexts.h"

#include "domain/DisplayFormat.h"

#include <QLocale>

namespace setia {
namespace {

QString when(const QDateTime& at)
{
    return QLocale().toString(at, QStringLiteral("dd/MM HH:mm"));
}

} // namespace

QString TicketTexts::status(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Open:
        return tr("New");
    case TicketStatus::InProgress:
        return tr("In progress");
    case TicketStatus::Waiting:
        return tr("Waiting for the customer");
    case TicketStatus::Resolved:
        return tr("Resolved");
    case TicketStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString TicketTexts::priority(TicketPriority priority)
{
    switch (priority) {
    case TicketPriority::Low:
        return tr("Low");
    case TicketPriority::Normal:
        return tr("Normal");
    case TicketPriority::High:
        return tr("Urgent");
    }
    return {};
}

QString TicketTexts::remedy(RemedyKind remedy)
{
    switch (remedy) {
    case RemedyKind::None:
        return tr("Nothing given");
    case RemedyKind::Refund:
        return tr("Money back");
    case RemedyKind::Credit:
        return tr("Credit on the account");
    case RemedyKind::FreeItem:
        return tr("A free item");
    case RemedyKind::Points:
        return tr("A voucher of points");
    case RemedyKind::Other:
        return tr("Something else");
    }
    return {};
}

QString TicketTexts::category(const QString& category)
{
    if (category == QLatin1String("product"))
        return tr("Product quality");
    if (category == QLatin1String("service"))
        return tr("Service");
    if (category == QLatin1String("price"))
        return tr("Price or receipt error");
    if (category == QLatin1String("delivery"))
        return tr("Delivery");
    if (category == QLatin1String("other"))
        return tr("Other");
    return category;
}

QString TicketTexts::deadline(const Ticket& ticket, const TicketClock& clock, const QDateTime& now)
{
    if (ticket.finished())
        return clock.late() ? tr("Resolved late") : tr("Resolved on time");
    if (clock.paused)
        return clock.late() ? tr("Clock stopped (was late)") : tr("Clock stopped");
    const QDateTime due = TicketClock::pendingDue(ticket, clock);
    if (!due.isValid())
        return tr("No deadline");
    const bool answered = ticket.firstResponseAt.isValid();
    if (due < now)
        return (answered ? tr("Late: resolution due %1") : tr("Late: answer due %1"))
            .arg(when(due));
    return (answered ? tr("Resolve by %1") : tr("Answer by %1")).arg(when(due));
}

QString TicketTexts::step(const TicketEvent& event)
{
    switch (event.kind) {
    case TicketEventKind::Opened:
        return tr("Complaint received: %1").arg(event.note);
    case TicketEventKind::Status:
        return event.note.isEmpty() ? tr("Now: %1").arg(status(event.status))
                                    : tr("Now: %1 — %2").arg(status(event.status), event.note);
    case TicketEventKind::Response:
        return tr("Answered: %1").arg(event.note);
    case TicketEventKind::Note:
        return tr("Note: %1").arg(event.note);
    case TicketEventKind::Remedy:
        return tr("Remedy: %1").arg(event.note);
    }
    return {};
}

} // namespace setia
