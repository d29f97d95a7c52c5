#pragma once

#include "domain/Agenda.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace setia {

// How the day's agenda reads on screen and on the printed day list, translated.
class AgendaTexts
{
    Q_DECLARE_TR_FUNCTIONS(AgendaTexts)

public:
    static QString kindName(AgendaKind kind); // "Follow-up", "Birthday", "Receivable", …
    // What the row asks for, as of `day`: "Call about the order (Dedi) — 2 days late",
    // "Turns 36 on Tue 24/11", "Rp16.000 due 24/11", "Last contact 02/11/2026, 20 days ago
    // (every 10 days)".
    static QString detail(const AgendaItem& item, const QDate& day);
    // True for a follow-up past its due day or credit already overdue: shown red.
    static bool isLate(const AgendaItem& item, const QDate& day);
};

} // namespace setia
