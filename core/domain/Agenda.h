#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace setia {

// What a row of the day's agenda asks for (SPEC §13), in the agenda's order.
enum class AgendaKind { FollowUp, Ticket, Birthday, Receivable, Touch };

// One row of the agenda for a day D: who, what, by when.
struct AgendaItem
{
    AgendaKind kind = AgendaKind::FollowUp;
    qint64 customerId = 0;
    QString code;
    QString name;
    QString phone;
    QString salesperson;
    bool whatsapp = false; // the phone takes WhatsApp messages (not consent: see Customer)
    // FollowUp: its due date; Ticket: the day of the deadline it works towards; Birthday: the
    // birthday's day within D … D+6; Receivable: the earliest due date of what falls due by D+3;
    // Touch: last touch + contact interval.
    QDate due;
    qint64 followUpId = 0; // FollowUp
    QString task;          // FollowUp: what to do
    QString staff;         // FollowUp, Ticket: whose it is
    qint64 ticketId = 0;   // Ticket
    QString ticketNumber;  // Ticket
    QDateTime deadline;    // Ticket: the deadline missed, or missed by the end of the day
    QDate birthday;        // Birthday: as recorded
    qint64 amount = 0;     // Receivable: what is open and due by D+3, whole Rupiah
    QDate lastTouch;       // Touch: the latest sale or interaction; invalid when none
    int interval = 0;      // Touch: the contact interval in days

    // The `detail` column of the agenda CSV (SPEC §13): the task, the ticket number, the
    // birthday as recorded, the amount, the last touch (empty when none).
    QString detail() const;

    friend bool operator==(const AgendaItem&, const AgendaItem&) = default;
};

namespace agenda {
// "followup", "ticket", "birthday", "receivable", "touch" (files and the CLI).
QString kindId(AgendaKind kind);
} // namespace agenda

} // namespace setia
