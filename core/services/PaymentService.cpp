#include "services/PaymentService.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/Money.h"
#include "stores/CustomerStore.h"
#include "stores/PaymentStore.h"
#include "stores/ReceivableListQuery.h"
#include "stores/SaleStore.h"

namespace setia {
namespace {

Error invalid(const QString& field, const QString& message)
{
    return Error(Error::Kind::Validation, message, field);
}

} // namespace

PaymentService::PaymentService(Database& database, PaymentStore& payments, SaleStore& sales,
                               CustomerStore& customers, const ReceivableListQuery& receivables,
                               const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_payments(payments)
    , m_sales(sales)
    , m_customers(customers)
    , m_receivables(receivables)
    , m_clock(clock)
{}

Result<Payment> PaymentService::validated(Payment payment) const
{
    payment.id = 0;
    payment.method = payment.method.simplified();
    payment.note = payment.note.trimmed();
    if (!payment.paidOn.isValid())
        payment.paidOn = m_clock.today();
    if (payment.paidOn > m_clock.today())
        return invalid(QStringLiteral("date"),
                       tr("A payment cannot be dated in the future. Use today's date or an "
                          "earlier one."));
    if (payment.amount <= 0)
        return invalid(QStringLiteral("amount"),
                       tr("The amount paid must be more than Rp0, in whole Rupiah."));
    if (payment.amount > money::maxPayment)
        return invalid(QStringLiteral("amount"),
                       tr("%1 is above %2, the most one payment may be. Check the amount.")
                           .arg(money::format(payment.amount), money::format(money::maxPayment)));
    if (payment.method.size() > maxMethodLength)
        return invalid(QStringLiteral("method"),
                       tr("The payment method has at most %1 characters.").arg(maxMethodLength));
    if (payment.note.size() > 1000)
        return invalid(QStringLiteral("note"),
                       tr("The note is too long: at most 1000 characters."));
    return payment;
}

Result<Payment> PaymentService::record(Payment draft)
{
    auto valid = validated(std::move(draft));
    if (!valid)
        return valid.error();
    Payment payment = std::move(valid).value();
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status.error();
    auto customer = m_customers.find(payment.customerId);
    if (!customer)
        return customer.error();
    if (!customer->has_value())
        return invalid(QStringLiteral("customer"),
                       tr("The customer does not exist. Choose the customer again."));
    payment.createdAt = m_clock.now();
    auto id = m_payments.insert(payment);
    if (!id)
        return id.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    payment.id = *id;
    m_database.afterCommit([this, id = payment.id, customer = payment.customerId] {
        Q_EMIT paymentRecorded(id, customer);
    });
    return payment;
}

Result<qint64> PaymentService::recordMany(QList<Payment> drafts, const BulkOptions& options)
{
    if (drafts.isEmpty())
        return qint64(0);
    const QDateTime now = m_clock.now();
    Transaction transaction(m_database);
    if (Status status = transaction.begin(options.waiting); !status)
        return status.error();
    const auto total = qint64(drafts.size());
    qint64 done = 0;
    for (Payment& draft : drafts) {
        if (Status going = options.written(done++, total); !going)
            return going.error();
        const QDateTime createdAt = draft.createdAt;
        auto valid = validated(std::move(draft));
        if (!valid)
            return valid.error();
        Payment payment = std::move(valid).value();
        // The customer's existence is the file's own rule here (a foreign key): one lookup
        // per payment would cost more than the insert.
        payment.createdAt = createdAt.isValid() ? createdAt : now;
        auto id = m_payments.insert(payment);
        if (!id)
            return id.error();
    }
    if (options.dryRun)
        return total; // nothing is kept: the transaction rolls back
    if (Status status = transaction.commit(); !status)
        return status.error();
    m_database.afterCommit([this] { Q_EMIT paymentsChanged(); });
    return total;
}

Status PaymentService::voidPayment(qint64 paymentId, const QString& reason)
{
    const QString why = reason.simplified();
    if (why.isEmpty())
        return invalid(QStringLiteral("reason"), tr("Say why the payment is voided."));
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status;
    auto payment = m_payments.find(paymentId);
    if (!payment)
        return payment.error();
    if (!payment->has_value())
        return Error(Error::Kind::NotFound, tr("This payment does not exist."));
    if ((*payment)->voided)
        return invalid(QStringLiteral("reason"), tr("This payment was already voided."));
    if (Status status = m_payments.setVoided(paymentId, why, m_clock.now()); !status)
        return status;
    if (Status status = transaction.commit(); !status)
        return status;
    m_database.afterCommit([this, paymentId, customer = (*payment)->customerId] {
        Q_EMIT paymentVoided(paymentId, customer);
    });
    return {};
}

Result<ReceivableSummary> PaymentService::receivable(qint64 customerId, const QDate& asOf) const
{
    auto credit = m_sales.creditSales(customerId, asOf);
    if (!credit)
        return credit.error();
    auto paid = m_payments.totalPaid(customerId, asOf);
    if (!paid)
        return paid.error();
    return ReceivableSummary::compute(*credit, *paid, asOf);
}

Result<QList<ReceivableRow>> PaymentService::debtors(const QDate& asOf) const
{
    return m_receivables.debtors(asOf);
}

Result<qint64> PaymentService::count() const
{
    return m_payments.count();
}

} // namespace setia
