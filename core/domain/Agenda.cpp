#include "domain/Agenda.h"

namespace setia {

QString AgendaItem::detail() const
{
    switch (kind) {
    case AgendaKind::FollowUp:
        return task;
    case AgendaKind::Ticket:
        return ticketNumber;
    case AgendaKind::Birthday:
        return birthday.toString(Qt::ISODate);
    case AgendaKind::Receivable:
        return QString::number(amount);
    case AgendaKind::Touch:
        return lastTouch.isValid() ? lastTouch.toString(Qt::ISODate) : QString();
    }
    return {};
}

namespace agenda {

QString kindId(AgendaKind kind)
{
    switch (kind) {
    case AgendaKind::FollowUp:
        return QStringLiteral("followup");
    case AgendaKind::Ticket:
        return QStringLiteral("ticket");
    case AgendaKind::Birthday:
        return QStringLiteral("birthday");
    case AgendaKind::Receivable:
        return QStringLiteral("receivable");
    case AgendaKind::Touch:
        return QStringLiteral("touch");
    }
    return {};
}

} // namespace agenda

} // namespace setia
