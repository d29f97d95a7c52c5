#include "domain/Agenda.h"

namespace setia {

QString AgendaItem::detail() const
{
    switch (kind) {
    case AgendaKind::FollowUp:
        return task;
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
