#include "domain/AgendaTexts.h"

#include "domain/DisplayFormat.h"
#include "domain/Money.h"

#include <QLocale>

namespace setia {

QString AgendaTexts::kindName(AgendaKind kind)
{
    switch (kind) {
    case AgendaKind::FollowUp:
        return tr("Follow-up");
    case AgendaKind::Ticket:
        return tr("Complaint");
    case AgendaKind::Birthday:
        return tr("Birthday");
    case AgendaKind::Receivable:
        return tr("Receivable");
    case AgendaKind::Touch:
        return tr("Out of touch");
    }
    return {};
}

bool AgendaTexts::isLate(const AgendaItem& item, const QDate& day)
{
    if (item.kind == AgendaKind::Ticket)
        return true; // past a deadline, or past it by the end of the day
    return (item.kind == AgendaKind::FollowUp || item.kind == AgendaKind::Receivable) &&
           item.due < day;
}

QString AgendaTexts::detail(const AgendaItem& item, const QDate& day)
{
    const qint64 late = item.due.daysTo(day);
    switch (item.kind) {
    case AgendaKind::FollowUp: {
        QString text = item.staff.isEmpty() ? item.task : tr("%1 (%2)").arg(item.task, item.staff);
        if (late > 0)
            text = tr("%1 — %n day(s) late", nullptr, int(late)).arg(text);
        return text;
    }
    case AgendaKind::Ticket:
        return tr("%1: deadline %2 (%3)")
            .arg(item.ticketNumber, display::shortDateTime(item.deadline), item.staff);
    case AgendaKind::Birthday: {
        const QString on = QLocale().toString(item.due, QStringLiteral("ddd dd/MM"));
        if (item.birthday.year() > 1900 && item.due.year() > item.birthday.year())
            return tr("Turns %1 on %2").arg(item.due.year() - item.birthday.year()).arg(on);
        return tr("Birthday on %1").arg(on);
    }
    case AgendaKind::Receivable:
        return late > 0
                   ? tr("%1 overdue since %2")
                         .arg(money::format(item.amount), display::shortDate(item.due))
                   : tr("%1 due %2").arg(money::format(item.amount), display::shortDate(item.due));
    case AgendaKind::Touch:
        if (!item.lastTouch.isValid())
            return tr("Never contacted (every %n day(s))", nullptr, item.interval);
        return tr("Last contact %1, %2 days ago (every %n day(s))", nullptr, item.interval)
            .arg(display::shortDate(item.lastTouch))
            .arg(item.lastTouch.daysTo(day));
    }
    return {};
}

} // namespace setia
