#include "services/TicketService.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/FollowUp.h"
#include "domain/TextInput.h"
#include "reports/TicketReceipt.h"
#include "services/FollowUpService.h"
#include "services/InteractionService.h"
#include "services/SettingsService.h"
#include "stores/CustomerStore.h"
#include "stores/SequenceStore.h"
#include "stores/TicketStore.h"

#include <algorithm>

namespace setia {
namespace {

// A time this far ahead of the clock is still "now" (another PC's clock, a slow typist).
constexpr int clockSlackSeconds = 5 * 60;

Error invalid(const QString& field, const QString& message)
{
    return Error(Error::Kind::Validation, message, field);
}

} // namespace

TicketService::TicketService(Database& database, TicketStore& tickets, SequenceStore& sequences,
                             FollowUpService& followUps, const CustomerStore& customers,
                             const SettingsService& settings, const Clock& clock, QString staff,
                             QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_tickets(tickets)
    , m_sequences(sequences)
    , m_followUps(followUps)
    , m_customers(customers)
    , m_settings(settings)
    , m_clock(clock)
    , m_staff(std::move(staff))
{}

Result<Ticket> TicketService::validated(Ticket t) const
{
    t.summary = textInput::cleaned(t.summary, true);
    t.resolution = textInput::cleaned(t.resolution, true);
    t.category = textInput::cleaned(t.category);
    t.staff = textInput::cleaned(t.staff);
    t.number = t.number.trimmed().toUpper();
    if (t.staff.isEmpty())
        t.staff = m_staff;
    if (!t.receivedAt.isValid())
        t.receivedAt = m_clock.now();
    auto customer = m_customers.find(t.customerId);
    if (!customer)
        return customer.error();
    if (!customer->has_value() || (*customer)->merged)
        return invalid(QStringLiteral("customer"),
                       tr("Choose the customer who complains: this one no longer exists or was "
                          "merged into another. Someone not yet a member is added first (a "
                          "name and a phone are enough) so the shop can reach them."));
    if (t.receivedAt > m_clock.now().addSecs(clockSlackSeconds))
        return invalid(QStringLiteral("received"),
                       tr("This time is still to come: enter when the complaint was received."));
    for (const auto& [text, field] :
         {std::pair(&t.summary, "summary"), std::pair(&t.resolution, "resolution"),
          std::pair(&t.category, "category"), std::pair(&t.staff, "staff")})
        if (textInput::hasControlCharacters(*text))
            return invalid(QLatin1String(field),
                           tr("The text holds invisible control characters. Type it again."));
    if (textInput::isBlank(t.summary))
        return invalid(QStringLiteral("summary"),
                       tr("Write down what the customer complains about, in their words."));
    if (t.summary.size() > maxSummaryLength)
        return invalid(
            QStringLiteral("summary"),
            tr("The complaint is too long: at most %1 characters.").arg(maxSummaryLength));
    if (t.resolution.size() > maxResolutionLength)
        return invalid(
            QStringLiteral("resolution"),
            tr("The resolution is too long: at most %1 characters.").arg(maxResolutionLength));
    if (textInput::isBlank(t.category))
        return invalid(QStringLiteral("category"), tr("Choose what the complaint is about."));
    if (t.category.size() > maxCategoryLength)
        return invalid(
            QStringLiteral("category"),
            tr("The category is too long: at most %1 characters.").arg(maxCategoryLength));
    if (t.staff.size() > InteractionService::maxStaffLength)
        return invalid(QStringLiteral("staff"),
                       tr("The staff name is too long: at most %1 characters.")
                           .arg(InteractionService::maxStaffLength));
    if (t.remedyCost < 0 || t.remedyCost > maxRemedyCost)
        return invalid(QStringLiteral("remedyCost"),
                       tr("What the remedy cost is between Rp0 and Rp999.999.999.999."));
    if (t.saleLine < 0 || (t.saleLine > 0 && t.saleId <= 0))
        return invalid(QStringLiteral("sale"), tr("Choose the sale the line is on."));
    if (t.saleId > 0) {
        auto ofCustomer = m_tickets.saleOf(t.saleId, t.saleLine, t.customerId);
        if (!ofCustomer)
            return ofCustomer.error();
        if (!*ofCustomer)
            return invalid(QStringLiteral("sale"),
                           tr("That sale is not this customer's. Choose one of their sales."));
    }
    return t;
}

Result<QString> TicketService::nextNumber(const QDate& day)
{
    const QString sequence = QStringLiteral("ticket.") + day.toString(QStringLiteral("yyMMdd"));
    for (;;) {
        auto next = m_sequences.next(sequence);
        if (!next)
            return next.error();
        const QString number = ticket::number(day, static_cast<int>(*next));
        auto taken = m_tickets.numberTaken(number);
        if (!taken)
            return taken.error();
        if (!*taken)
            return number; // an imported ticket may hold one already
    }
}

Result<Ticket> TicketService::open(Ticket draft)
{
    draft.number.clear();
    draft.status = TicketStatus::Open;
    draft.firstResponseAt = {};
    draft.resolvedAt = {};
    draft.resolution.clear();
    draft.remedy = RemedyKind::None;
    draft.remedyCost = 0;
    auto valid = validated(std::move(draft));
    if (!valid)
        return valid.error();
    Ticket t = std::move(valid).value();
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status.error();
    auto id = save(t, m_clock.now());
    if (!id)
        return id.error();
    auto saved = m_tickets.find(*id); // with the customer's code and name, as lists show it
    if (!saved)
        return saved.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    m_database.afterCommit([this, customer = t.customerId] { Q_EMIT ticketsChanged(customer); });
    return saved->value_or(t);
}

Result<qint64> TicketService::save(Ticket& t, const QDateTime& now)
{
    if (t.number.isEmpty()) {
        auto number = nextNumber(t.receivedAt.date());
        if (!number)
            return number.error();
        t.number = *number;
    } else {
        auto taken = m_tickets.numberTaken(t.number);
        if (!taken)
            return taken.error();
        if (*taken)
            return Error(Error::Kind::Duplicate, tr("Ticket %1 is there already.").arg(t.number),
                         QStringLiteral("number"));
    }
    t.createdAt = now;
    t.createdBy = m_staff;
    auto id = m_tickets.insert(t);
    if (!id)
        return id.error();
    TicketEvent opened;
    opened.ticketId = *id;
    opened.kind = TicketEventKind::Opened;
    opened.at = t.receivedAt;
    opened.staff = t.staff;
    opened.status = TicketStatus::Open;
    opened.note = t.summary;
    if (auto event = m_tickets.insertEvent(opened); !event)
        return event.error();
    if (t.status != TicketStatus::Open) {
        // Brought in part-way: the step to where it stands, at the time it was received.
        TicketEvent moved = opened;
        moved.kind = TicketEventKind::Status;
        moved.status = t.status;
        moved.note.clear();
        if (auto event = m_tickets.insertEvent(moved); !event)
            return event.error();
    }
    return *id;
}

Result<qint64> TicketService::openMany(QList<Ticket> drafts, const BulkOptions& options)
{
    if (drafts.isEmpty())
        return qint64(0);
    const QDateTime now = m_clock.now();
    Transaction transaction(m_database);
    if (Status status = transaction.begin(options.waiting); !status)
        return status.error();
    const auto total = qint64(drafts.size());
    qint64 done = 0;
    QList<qint64> customers;
    for (Ticket& draft : drafts) {
        if (Status going = options.written(done++, total); !going)
            return going.error();
        auto valid = validated(std::move(draft));
        if (!valid)
            return valid.error();
        Ticket t = std::move(valid).value();
        if (auto id = save(t, now); !id)
            return id.error();
        customers.append(t.customerId);
    }
    if (options.dryRun)
        return total;
    if (Status status = transaction.commit(); !status)
        return status.error();
    m_database.afterCommit([this, customers] {
        for (qint64 customer : customers)
            Q_EMIT ticketsChanged(customer);
    });
    return total;
}

Result<bool> TicketService::numberTaken(const QString& number) const
{
    return m_tickets.numberTaken(number.trimmed().toUpper());
}

Result<Ticket> TicketService::step(qint64 ticketId,
                                   const std::function<Status(Ticket&, TicketEvent&)>& change)
{
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status.error();
    auto found = m_tickets.find(ticketId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error(Error::Kind::NotFound, tr("This complaint is not there any more."));
    Ticket t = **found;
    TicketEvent event;
    event.ticketId = t.id;
    event.at = m_clock.now();
    event.staff = m_staff;
    if (Status changed = change(t, event); !changed)
        return changed.error();
    event.note = textInput::cleaned(event.note, true);
    if (textInput::hasControlCharacters(event.note))
        return invalid(QStringLiteral("note"),
                       tr("The text holds invisible control characters. Type it again."));
    if (event.note.size() > maxNoteLength)
        return invalid(QStringLiteral("note"),
                       tr("The note is too long: at most %1 characters.").arg(maxNoteLength));
    event.status = t.status;
    if (Status saved = m_tickets.update(t); !saved)
        return saved.error();
    if (auto id = m_tickets.insertEvent(event); !id)
        return id.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    m_database.afterCommit([this, customer = t.customerId] { Q_EMIT ticketsChanged(customer); });
    return t;
}

Result<Ticket> TicketService::respond(qint64 ticketId, const QString& note)
{
    return step(ticketId, [&](Ticket& t, TicketEvent& e) -> Status {
        if (t.finished())
            return invalid(QStringLiteral("status"),
                           tr("This complaint is resolved already; add a note instead."));
        if (note.trimmed().isEmpty())
            return invalid(QStringLiteral("note"), tr("Write down what the customer was told."));
        e.kind = TicketEventKind::Response;
        e.note = note;
        if (!t.firstResponseAt.isValid())
            t.firstResponseAt = e.at;
        if (t.status == TicketStatus::Open)
            t.status = TicketStatus::InProgress;
        return {};
    });
}

Result<Ticket> TicketService::move(qint64 ticketId, TicketStatus to, const QString& note)
{
    if (to == TicketStatus::Resolved)
        return invalid(QStringLiteral("status"), tr("Say how it was resolved."));
    return step(ticketId, [&](Ticket& t, TicketEvent& e) -> Status {
        if (!ticket::canMove(t.status, to))
            return invalid(QStringLiteral("status"),
                           t.status == TicketStatus::Closed
                               ? tr("This complaint is closed. Open a new one if the customer "
                                    "complains again.")
                               : tr("A complaint cannot go from this status to that one."));
        e.kind = TicketEventKind::Status;
        e.note = note;
        if (!t.firstResponseAt.isValid())
            t.firstResponseAt = e.at;
        if (to == TicketStatus::Closed && !t.resolvedAt.isValid())
            t.resolvedAt = e.at;
        if (to == TicketStatus::InProgress && t.status == TicketStatus::Resolved)
            t.resolvedAt = {}; // reopened: the resolution clock's verdict waits again
        t.status = to;
        return {};
    });
}

Result<Ticket> TicketService::resolve(qint64 ticketId, const QString& resolution, RemedyKind remedy,
                                      qint64 remedyCost)
{
    auto rules = m_settings.complaintRules();
    if (!rules)
        return rules.error();
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status.error();
    auto resolved = step(ticketId, [&](Ticket& t, TicketEvent& e) -> Status {
        if (!ticket::canMove(t.status, TicketStatus::Resolved))
            return invalid(QStringLiteral("status"),
                           tr("This complaint is resolved or closed already."));
        const QString text = textInput::cleaned(resolution, true);
        if (text.isEmpty())
            return invalid(QStringLiteral("resolution"), tr("Say how it was resolved."));
        if (text.size() > maxResolutionLength)
            return invalid(
                QStringLiteral("resolution"),
                tr("The resolution is too long: at most %1 characters.").arg(maxResolutionLength));
        if (textInput::hasControlCharacters(text))
            return invalid(QStringLiteral("resolution"),
                           tr("The text holds invisible control characters. Type it again."));
        if (remedyCost < 0 || remedyCost > maxRemedyCost)
            return invalid(QStringLiteral("remedyCost"),
                           tr("What the remedy cost is between Rp0 and Rp999.999.999.999."));
        if (remedy == RemedyKind::None && remedyCost > 0)
            return invalid(QStringLiteral("remedy"), tr("Say what the customer was given."));
        e.kind = TicketEventKind::Status;
        e.note = text;
        t.resolution = text;
        t.remedy = remedy;
        t.remedyCost = remedyCost;
        if (!t.firstResponseAt.isValid())
            t.firstResponseAt = e.at;
        t.resolvedAt = e.at;
        t.status = TicketStatus::Resolved;
        return {};
    });
    if (!resolved)
        return resolved.error();
    FollowUp check;
    check.customerId = resolved->customerId;
    check.due = m_clock.today().addDays(rules->satisfactionCheckDays);
    check.staff = resolved->staff;
    check.task = tr("Ask whether the customer is satisfied with how complaint %1 was resolved")
                     .arg(resolved->number);
    if (auto made = m_followUps.create(check); !made)
        return made.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return resolved;
}

Result<Ticket> TicketService::note(qint64 ticketId, const QString& note)
{
    return step(ticketId, [&](Ticket&, TicketEvent& e) -> Status {
        if (note.trimmed().isEmpty())
            return invalid(QStringLiteral("note"), tr("Write the note first."));
        e.kind = TicketEventKind::Note;
        e.note = note;
        return {};
    });
}

Result<TicketDetails> TicketService::details(qint64 ticketId) const
{
    auto found = m_tickets.find(ticketId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error(Error::Kind::NotFound, tr("This complaint is not there any more."));
    auto withClock = withClocks({**found});
    if (!withClock)
        return withClock.error();
    return withClock->first();
}

Result<QList<TicketDetails>> TicketService::withClocks(const QList<Ticket>& tickets) const
{
    auto rules = m_settings.complaintRules();
    if (!rules)
        return rules.error();
    QList<qint64> ids;
    for (const Ticket& t : tickets)
        ids.append(t.id);
    auto events = m_tickets.events(ids);
    if (!events)
        return events.error();
    const QDateTime now = m_clock.now();
    QList<TicketDetails> all;
    all.reserve(tickets.size());
    for (const Ticket& t : tickets) {
        const QList<TicketEvent> steps = events->value(t.id);
        all.append({t, steps, ticketClock::at(t, steps, *rules, now)});
    }
    return all;
}

Result<QList<TicketDetails>> TicketService::queue() const
{
    auto unfinished = m_tickets.unfinished();
    if (!unfinished)
        return unfinished.error();
    auto all = withClocks(*unfinished);
    if (!all)
        return all.error();
    std::stable_sort(all->begin(), all->end(), [](const TicketDetails& a, const TicketDetails& b) {
        const QDateTime dueA = TicketClock::pendingDue(a.ticket, a.clock);
        const QDateTime dueB = TicketClock::pendingDue(b.ticket, b.clock);
        if (dueA.isValid() != dueB.isValid())
            return dueA.isValid(); // those waiting for the customer last
        if (dueA != dueB)
            return dueA < dueB;
        return a.ticket.receivedAt < b.ticket.receivedAt;
    });
    return all;
}

Result<TicketService::ReceiptFacts> TicketService::receiptFacts(qint64 ticketId) const
{
    auto found = details(ticketId);
    if (!found)
        return found.error();
    auto business = m_settings.businessProfile();
    if (!business)
        return business.error();
    // Once answered, the receipt no longer promises an answer.
    const QDateTime answerBy =
        found->ticket.firstResponseAt.isValid() ? QDateTime() : found->clock.responseDue;
    return ReceiptFacts{found->ticket, answerBy, *business};
}

Result<QStringList> TicketService::receipt(qint64 ticketId, ReceiptRoll roll) const
{
    auto facts = receiptFacts(ticketId);
    if (!facts)
        return facts.error();
    return TicketReceipt(facts->business).lines(facts->ticket, facts->answerBy, roll);
}

Result<ReportDocument> TicketService::receiptSheet(qint64 ticketId) const
{
    auto facts = receiptFacts(ticketId);
    if (!facts)
        return facts.error();
    return TicketReceipt(facts->business).sheet(facts->ticket, facts->answerBy, m_clock.now());
}

QStringList TicketService::categories() const
{
    auto rules = m_settings.complaintRules();
    return rules ? rules->categories : ComplaintRules{}.categories;
}

Result<QList<Ticket>> TicketService::forCustomer(qint64 customerId) const
{
    return m_tickets.forCustomer(customerId);
}

Result<QList<TicketDetails>> TicketService::receivedBetween(const QDate& from,
                                                            const QDate& to) const
{
    auto tickets = m_tickets.receivedBetween(from, to);
    if (!tickets)
        return tickets.error();
    return withClocks(*tickets);
}

Result<ComplaintsReport> TicketService::report(const QDate& from, const QDate& to) const
{
    auto tickets = receivedBetween(from, to);
    if (!tickets)
        return tickets.error();
    return ComplaintsReport(std::move(tickets).value(), from, to);
}

} // namespace setia
