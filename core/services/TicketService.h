#pragma once

#include "analytics/TicketDetails.h"
#include "common/Result.h"
#include "domain/BusinessProfile.h"
#include "domain/Ticket.h"
#include "reports/ComplaintsReport.h"
#include "reports/ReceiptRoll.h"
#include "services/BulkOptions.h"

#include <QList>
#include <QObject>

namespace setia {

class Clock;
class CustomerStore;
class Database;
class FollowUpService;
class SequenceStore;
class SettingsService;
class TicketStore;

// Complaints (SPEC §14): opened from the card, the counter or a sale, answered, put on hold
// while the customer is waited for, resolved with a remedy whose cost counts as a reward, and
// checked with the customer afterwards. Every step is kept (the deadlines are worked out from
// them, the timeline shows them); nothing is deleted.
class TicketService : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxSummaryLength = 1000;
    static constexpr int maxResolutionLength = 1000;
    static constexpr int maxNoteLength = 500;
    static constexpr int maxCategoryLength = 40;
    static constexpr qint64 maxRemedyCost = 999'999'999'999;

    // `staff` is who records the steps, and whose a ticket is unless told, until user
    // accounts exist.
    TicketService(Database& database, TicketStore& tickets, SequenceStore& sequences,
                  FollowUpService& followUps, const CustomerStore& customers,
                  const SettingsService& settings, const Clock& clock, QString staff,
                  QObject* parent = nullptr);

    // A draft checked and cleaned as open() saves it (an import checks its rows with it): a
    // customer that exists, their own sale and line, a category, the customer's words.
    Result<Ticket> validated(Ticket draft) const;
    // Opens a ticket received now (or at the draft's time): numbered KL + the day + a counter.
    Result<Ticket> open(Ticket draft);
    // Tickets brought in from another system, with their numbers (made when empty) and status,
    // in one transaction; a number already in use is refused.
    Result<qint64> openMany(QList<Ticket> drafts, const BulkOptions& options = {});
    // Whether a ticket has this number already.
    Result<bool> numberTaken(const QString& number) const;

    // The customer heard back (a call, a message): the first response, when it is one; an
    // open ticket is then in progress.
    Result<Ticket> respond(qint64 ticketId, const QString& note);
    // Another status (SPEC §14), with what happened; resolving needs resolve(). Moving away
    // from `open` is a first response.
    Result<Ticket> move(qint64 ticketId, TicketStatus to, const QString& note = {});
    // Resolved: what was done, the remedy and its cost. A follow-up asks the customer
    // afterwards whether they are satisfied (Settings says how many days later).
    Result<Ticket> resolve(qint64 ticketId, const QString& resolution, RemedyKind remedy,
                           qint64 remedyCost);
    // A note on the ticket's history.
    Result<Ticket> note(qint64 ticketId, const QString& note);

    Result<TicketDetails> details(qint64 ticketId) const;
    // The unfinished tickets by the deadline they work towards (the late ones first; those
    // waiting for the customer last), each with its clock.
    Result<QList<TicketDetails>> queue() const;
    // A customer's, newest first.
    Result<QList<Ticket>> forCustomer(qint64 customerId) const;
    // Received on `from` … `to` (both included), oldest first, each with its clock now.
    Result<QList<TicketDetails>> receivedBetween(const QDate& from, const QDate& to) const;
    // The complaints report of those received `from` … `to` (the report centre).
    Result<ComplaintsReport> report(const QDate& from, const QDate& to) const;
    // The tanda terima for the customer, on a thermal roll: what they said and by when the
    // shop answers.
    Result<QStringList> receipt(qint64 ticketId, ReceiptRoll roll) const;
    // The same on an A5 sheet (TicketReceipt::sheetLayout()).
    Result<ReportDocument> receiptSheet(qint64 ticketId) const;
    // The categories offered (Settings), the defaults by id.
    QStringList categories() const;
    // Who records the steps, and whose a new ticket is unless told.
    const QString& staff() const { return m_staff; }

Q_SIGNALS:
    // After the commit: a ticket was opened or took a step.
    void ticketsChanged(qint64 customerId);

private:
    Result<Ticket> step(qint64 ticketId,
                        const std::function<Status(Ticket&, TicketEvent&)>& change);
    // What a tanda terima states: the ticket, by when the shop answers, the letterhead.
    struct ReceiptFacts
    {
        Ticket ticket;
        QDateTime answerBy;
        BusinessProfile business;
    };
    Result<ReceiptFacts> receiptFacts(qint64 ticketId) const;
    Result<QString> nextNumber(const QDate& day);
    // Inside the caller's transaction: a checked ticket numbered (unless it has a number),
    // saved with its first step (and, brought in part-way, the step to where it stands).
    Result<qint64> save(Ticket& ticket, const QDateTime& now);
    Result<QList<TicketDetails>> withClocks(const QList<Ticket>& tickets) const;

    Database& m_database;
    TicketStore& m_tickets;
    SequenceStore& m_sequences;
    FollowUpService& m_followUps;
    const CustomerStore& m_customers;
    const SettingsService& m_settings;
    const Clock& m_clock;
    QString m_staff;
};

} // namespace setia
