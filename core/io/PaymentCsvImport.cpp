#include "io/PaymentCsvImport.h"

#include "common/Clock.h"
#include "domain/Money.h"
#include "domain/Payment.h"
#include "io/CsvFields.h"
#include "stores/CustomerStore.h"
#include "stores/PaymentStore.h"

namespace setia {

PaymentCsvImport::PaymentCsvImport(const CustomerStore& customers, PaymentStore& payments,
                                   const Clock& clock)
    : m_customers(customers)
    , m_payments(payments)
    , m_clock(clock)
{}

QStringList PaymentCsvImport::canonicalColumns()
{
    return {QStringLiteral("date"), QStringLiteral("customer_code"), QStringLiteral("amount"),
            QStringLiteral("method"), QStringLiteral("note")};
}

QStringList PaymentCsvImport::requiredColumns() const
{
    return {QStringLiteral("date"), QStringLiteral("customer_code"), QStringLiteral("amount")};
}

Status PaymentCsvImport::prepare()
{
    auto codes = m_customers.idsAndTermsByCode();
    if (!codes)
        return codes.error();
    m_customerByCode = std::move(codes).value();
    return {};
}

std::optional<QString> PaymentCsvImport::addRow(int, const QStringList& values)
{
    if (m_failure)
        return m_failure->message();
    QString reason;
    const auto date = CsvFields::date(values.at(0), QStringLiteral("date"), reason);
    if (!date)
        return reason;
    if (*date > m_clock.today())
        return tr("date %1 lies in the future: a payment is recorded when it is made.")
            .arg(date->toString(Qt::ISODate));
    const QString code = values.at(1).trimmed().toUpper();
    const auto customer = m_customerByCode.constFind(code);
    if (customer == m_customerByCode.constEnd())
        return code.isEmpty() ? tr("customer_code is empty: say who paid.")
                              : tr("customer_code %1 is not a customer. Import the customers "
                                   "first, or correct the code.")
                                    .arg(code);
    const auto amount = CsvFields::amount(values.at(2), QStringLiteral("amount"), reason);
    if (!amount)
        return reason;
    if (*amount == 0)
        return tr("amount is Rp0: a payment is more than nothing.");
    Payment payment;
    payment.customerId = customer->first;
    payment.paidOn = *date;
    payment.amount = *amount;
    payment.method = values.at(3).simplified().left(40);
    payment.note = values.at(4).trimmed().left(1000);
    payment.createdAt = m_clock.now();
    auto id = m_payments.insert(payment);
    if (!id) {
        m_failure = id.error();
        return id.error().message();
    }
    ++m_created;
    return std::nullopt;
}

Result<qint64> PaymentCsvImport::finish(QList<RejectedRow>&, int& acceptedRows,
                                        const ImportProgress&)
{
    if (m_failure)
        return *m_failure;
    acceptedRows += static_cast<int>(m_created);
    return m_created;
}

} // namespace setia
