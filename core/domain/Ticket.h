#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace setia {

// Where a complaint stands (SPEC §14). Stored by id ("open", …).
enum class TicketStatus { Open, InProgress, Waiting, Resolved, Closed };
enum class TicketPriority { Low, Normal, High };
// What the shop gave to put it right; its cost counts as a reward (SPEC §5).
enum class RemedyKind { None, Refund, Credit, FreeItem, Points, Other };

// A complaint (keluhan, SPEC §14): who, about which sale, what they said, and how far it has
// come. Its deadlines are worked out from its steps (TicketEvent) and the opening hours.
struct Ticket
{
    qint64 id = 0;
    QString number; // KL + yyMMdd + "-" + 3 digits
    qint64 customerId = 0;
    qint64 saleId = 0; // 0: none
    int saleLine = 0;  // the sale's line number, 0: the whole sale
    QString category;  // a default's id (ticket::defaultCategories) or the shop's own words
    TicketPriority priority = TicketPriority::Normal;
    QString staff;
    QDateTime receivedAt;
    TicketStatus status = TicketStatus::Open;
    QDateTime firstResponseAt; // null until the customer heard back
    QDateTime resolvedAt;      // null until resolved (again null when reopened)
    QString summary;           // the customer's words
    QString resolution;
    RemedyKind remedy = RemedyKind::None;
    qint64 remedyCost = 0; // whole Rupiah
    QDateTime createdAt;
    QString createdBy;
    // As read, for lists: the customer's member code and name.
    QString customerCode;
    QString customerName;

    bool finished() const
    {
        return status == TicketStatus::Resolved || status == TicketStatus::Closed;
    }

    friend bool operator==(const Ticket&, const Ticket&) = default;
};

// One step of a ticket, in its history and on the customer's timeline.
enum class TicketEventKind { Opened, Status, Response, Note, Remedy };

struct TicketEvent
{
    qint64 id = 0;
    qint64 ticketId = 0;
    TicketEventKind kind = TicketEventKind::Opened;
    QDateTime at;
    QString staff;
    TicketStatus status = TicketStatus::Open; // the status after this step
    QString note;

    friend bool operator==(const TicketEvent&, const TicketEvent&) = default;
};

namespace ticket {
QList<TicketStatus> statuses();
QString statusId(TicketStatus status);
std::optional<TicketStatus> statusFromId(const QString& id);
QList<TicketPriority> priorities();
QString priorityId(TicketPriority priority);
std::optional<TicketPriority> priorityFromId(const QString& id);
QList<RemedyKind> remedies();
QString remedyId(RemedyKind remedy);
std::optional<RemedyKind> remedyFromId(const QString& id);
QString eventKindId(TicketEventKind kind);
std::optional<TicketEventKind> eventKindFromId(const QString& id);
// The default categories' ids (product quality, service, price or receipt error, delivery,
// other): shown translated; the shop may add its own words.
QStringList defaultCategories();
// Whether a status may follow another: open → anything; in progress and waiting between
// each other and to resolved; resolved → closed or back to in progress; closed is final.
bool canMove(TicketStatus from, TicketStatus to);
// "KL261122-007": the ticket number of the `sequence`th ticket received on `day`.
QString number(const QDate& day, int sequence);
} // namespace ticket

} // namespace setia
