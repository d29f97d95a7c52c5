#pragma once

#include "analytics/Segmentation.h"
#include "domain/Agenda.h"
#include "domain/FollowUp.h"
#include "domain/Receivables.h"

#include <QDate>
#include <QList>
#include <QString>

namespace setia {

// A non-archived customer as the agenda needs them (SPEC §13).
struct AgendaCustomer
{
    qint64 id = 0;
    QString code;
    QString name;
    QString phone;
    QString salesperson;
    bool bad = false;
    bool whatsapp = false;
    QDate birthday;           // invalid when unknown
    QDate joined;             // member since
    int contactInterval = 0;  // their own, in days; 0: their tier's
    QDate lastSale;           // non-voided, on or before D; invalid when none
    QDate lastInteraction;    // on or before D; invalid when none
    qint64 windowRevenue = 0; // revenue of the sales at most 365 days before D (the tier)
};

// An unfinished ticket whose clock runs, and the deadline it works towards (SPEC §14).
struct DueTicket
{
    qint64 ticketId = 0;
    qint64 customerId = 0;
    QString number;
    QString staff;
    QDateTime due;
};

// Everything the agenda of a day is made of, as read from the file.
struct AgendaInputs
{
    QList<AgendaCustomer> customers; // every non-archived customer
    QList<FollowUp> followUps;       // open and due on or before D
    QList<DueTicket> tickets;        // unfinished, their clocks running
    QList<DueCredit> debts;          // open on D, due by D+3 (overdue too)
};

namespace agenda {

// How many days ahead the agenda looks for birthdays and receivables falling due.
constexpr int birthdayDays = 7;   // D … D+6
constexpr int receivableDays = 3; // due by D+3

// The first day of the 365-day window whose revenue gives the tier on `day` (as segments'
// revenue_365 counts it: D−365 … D).
inline QDate windowStart(const QDate& day)
{
    return day.addDays(-365);
}

// SPEC §13's default contact interval of a tier (big 14, regular 30, micro 60), 0 for none.
int defaultInterval(ContributionTier tier);

// The agenda of `day` in the order of SPEC §13: follow-ups (overdue first, then by due date),
// tickets past a deadline by the end of the day, birthdays, receivables, customers out of touch;
// within a kind by date, then member code. With `staff`, only that person's: their follow-ups and
// tickets, and the rest for the customers they are the salesperson of (compared without case or
// surrounding spaces). Bad customers keep their follow-ups and tickets and are left out of the
// rest; archived ones are not in the inputs.
QList<AgendaItem> build(const AgendaInputs& inputs, const QDate& day, const QString& staff = {},
                        const SegmentationRules& rules = {});

} // namespace agenda

} // namespace setia
