#include "services/InteractionService.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/TextInput.h"
#include "stores/CustomerStore.h"
#include "stores/InteractionStore.h"

namespace setia {
namespace {

Error invalid(const QString& field, const QString& message)
{
    return Error(Error::Kind::Validation, message, field);
}

// A clock a few minutes behind another PC's is no reason to refuse a call just made.
constexpr qint64 clockSlackSeconds = 5 * 60;

} // namespace

InteractionService::InteractionService(Database& database, InteractionStore& interactions,
                                       const CustomerStore& customers, const Clock& clock,
                                       QString staff, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_interactions(interactions)
    , m_customers(customers)
    , m_clock(clock)
    , m_staff(std::move(staff))
{}

Result<Interaction> InteractionService::validated(Interaction i) const
{
    i.summary = textInput::cleaned(i.summary, true);
    i.outcome = textInput::cleaned(i.outcome);
    i.staff = textInput::cleaned(i.staff);
    if (i.staff.isEmpty())
        i.staff = m_staff;
    if (!i.at.isValid())
        i.at = m_clock.now();
    auto customer = m_customers.find(i.customerId);
    if (!customer)
        return customer.error();
    if (!customer->has_value() || (*customer)->merged)
        return invalid(QStringLiteral("customer"),
                       tr("Choose the customer this was with: this one no longer exists or was "
                          "merged into another."));
    if (i.at > m_clock.now().addSecs(clockSlackSeconds))
        return invalid(QStringLiteral("at"),
                       tr("This time is still to come. Log what happened; for what is to be "
                          "done, add a follow-up."));
    for (const auto& [text, field] :
         {std::pair(&i.summary, "summary"), std::pair(&i.outcome, "outcome"),
          std::pair(&i.staff, "staff")})
        if (textInput::hasControlCharacters(*text))
            return invalid(QLatin1String(field),
                           tr("The text holds invisible control characters. Type it again."));
    if (i.summary.size() > maxSummaryLength)
        return invalid(
            QStringLiteral("summary"),
            tr("What was said is too long: at most %1 characters.").arg(maxSummaryLength));
    if (i.outcome.size() > maxOutcomeLength)
        return invalid(QStringLiteral("outcome"),
                       tr("The outcome is too long: at most %1 characters.").arg(maxOutcomeLength));
    if (i.staff.size() > maxStaffLength)
        return invalid(
            QStringLiteral("staff"),
            tr("The staff name is too long: at most %1 characters.").arg(maxStaffLength));
    if (i.saleId > 0) {
        auto ofCustomer = m_interactions.saleOf(i.saleId, i.customerId);
        if (!ofCustomer)
            return ofCustomer.error();
        if (!*ofCustomer)
            return invalid(QStringLiteral("sale"),
                           tr("That sale is not this customer's. Choose one of their sales."));
    }
    return i;
}

Result<Interaction> InteractionService::log(Interaction draft)
{
    auto valid = validated(std::move(draft));
    if (!valid)
        return valid.error();
    Interaction i = std::move(valid).value();
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status.error();
    i.createdAt = m_clock.now();
    auto id = m_interactions.insert(i);
    if (!id)
        return id.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    i.id = *id;
    m_database.afterCommit(
        [this, id = i.id, customer = i.customerId] { Q_EMIT interactionLogged(id, customer); });
    return i;
}

Result<qint64> InteractionService::logMany(QList<Interaction> drafts, const BulkOptions& options)
{
    if (drafts.isEmpty())
        return qint64(0);
    const QDateTime now = m_clock.now();
    Transaction transaction(m_database);
    if (Status status = transaction.begin(options.waiting); !status)
        return status.error();
    const auto total = qint64(drafts.size());
    qint64 done = 0;
    for (Interaction& draft : drafts) {
        if (Status going = options.written(done++, total); !going)
            return going.error();
        auto valid = validated(std::move(draft));
        if (!valid)
            return valid.error();
        Interaction i = std::move(valid).value();
        i.createdAt = now;
        if (auto id = m_interactions.insert(i); !id)
            return id.error();
    }
    if (options.dryRun)
        return total; // nothing is kept: the transaction rolls back
    if (Status status = transaction.commit(); !status)
        return status.error();
    m_database.afterCommit([this] { Q_EMIT interactionsChanged(); });
    return total;
}

Result<QList<Interaction>> InteractionService::forCustomer(qint64 customerId) const
{
    return m_interactions.forCustomer(customerId);
}

} // namespace setia
