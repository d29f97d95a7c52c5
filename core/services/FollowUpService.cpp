#include "services/FollowUpService.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/DisplayFormat.h"
#include "domain/TextInput.h"
#include "services/InteractionService.h"
#include "stores/CustomerStore.h"
#include "stores/FollowUpStore.h"

namespace setia {
namespace {

Error invalid(const QString& field, const QString& message)
{
    return Error(Error::Kind::Validation, message, field);
}

} // namespace

FollowUpService::FollowUpService(Database& database, FollowUpStore& followUps,
                                 InteractionService& interactions, const CustomerStore& customers,
                                 const Clock& clock, QString staff, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_followUps(followUps)
    , m_interactions(interactions)
    , m_customers(customers)
    , m_clock(clock)
    , m_staff(std::move(staff))
{}

QList<FollowUpService::Preset> FollowUpService::presets()
{
    return {
        {tr("Call tomorrow"), InteractionKind::Call, 1},
        {tr("Call in 3 days"), InteractionKind::Call, 3},
        {tr("Visit next week"), InteractionKind::Visit, 7},
        {tr("Message on WhatsApp in 2 weeks"), InteractionKind::WhatsApp, 14},
        {tr("Call in a month"), InteractionKind::Call, 30},
    };
}

FollowUp FollowUpService::fromPreset(qint64 customerId, const Preset& preset) const
{
    FollowUp f;
    f.customerId = customerId;
    f.due = m_clock.today().addDays(preset.days);
    f.task = preset.task;
    return f;
}

Result<FollowUp> FollowUpService::create(FollowUp f)
{
    f.task = textInput::cleaned(f.task);
    f.staff = textInput::cleaned(f.staff);
    if (f.staff.isEmpty())
        f.staff = m_staff;
    if (f.task.isEmpty())
        return invalid(QStringLiteral("task"), tr("Say what is to be done."));
    if (f.task.size() > maxTaskLength)
        return invalid(
            QStringLiteral("task"),
            tr("What is to be done is too long: at most %1 characters.").arg(maxTaskLength));
    if (textInput::hasControlCharacters(f.task) || textInput::hasControlCharacters(f.staff))
        return invalid(QStringLiteral("task"),
                       tr("The text holds invisible control characters. Type it again."));
    if (!f.due.isValid())
        return invalid(QStringLiteral("due"), tr("Enter the date it is due."));
    if (f.staff.size() > InteractionService::maxStaffLength)
        return invalid(QStringLiteral("staff"),
                       tr("The staff name is too long: at most %1 characters.")
                           .arg(InteractionService::maxStaffLength));
    auto customer = m_customers.find(f.customerId);
    if (!customer)
        return customer.error();
    if (!customer->has_value() || (*customer)->merged)
        return invalid(QStringLiteral("customer"),
                       tr("Choose the customer it is about: this one no longer exists or was "
                          "merged into another."));

    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status.error();
    f.doneAt = {};
    f.outcome.clear();
    f.createdAt = m_clock.now();
    f.createdBy = m_staff;
    auto id = m_followUps.insert(f);
    if (!id)
        return id.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    f.id = *id;
    m_database.afterCommit([this, customer = f.customerId] { Q_EMIT followUpsChanged(customer); });
    return f;
}

Result<Interaction> FollowUpService::complete(qint64 followUpId, InteractionKind kind,
                                              const QString& outcome)
{
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status.error();
    auto found = m_followUps.find(followUpId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error(Error::Kind::NotFound, tr("This follow-up is not there any more."));
    const FollowUp& f = **found;
    if (f.done())
        return invalid(
            QStringLiteral("followup"),
            tr("This follow-up was done already, on %1.").arg(display::shortDateTime(f.doneAt)));
    Interaction i;
    i.customerId = f.customerId;
    i.kind = kind;
    i.at = m_clock.now();
    i.staff = m_staff;
    i.summary = f.task;
    i.outcome = outcome;
    i.followUpId = f.id;
    // Logged inside this transaction: the follow-up is done and its interaction there, or
    // neither.
    auto logged = m_interactions.log(i);
    if (!logged)
        return logged.error();
    auto closed = m_followUps.complete(f.id, i.at, logged->outcome);
    if (!closed)
        return closed.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    m_database.afterCommit([this, customer = f.customerId] { Q_EMIT followUpsChanged(customer); });
    return logged;
}

Result<QList<FollowUp>> FollowUpService::forCustomer(qint64 customerId) const
{
    return m_followUps.forCustomer(customerId);
}

Result<QHash<qint64, FollowUp>> FollowUpService::overdueByCustomer() const
{
    auto late = m_followUps.overdueOn(m_clock.today());
    if (!late)
        return late.error();
    QHash<qint64, FollowUp> earliest;
    for (const FollowUp& f : std::as_const(*late))
        if (!earliest.contains(f.customerId))
            earliest.insert(f.customerId, f);
    return earliest;
}

QDate FollowUpService::today() const
{
    return m_clock.today();
}

} // namespace setia
