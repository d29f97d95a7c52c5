#include "services/exchange/PaymentCsvImport.h"

#include "io/CsvFields.h"
#include "services/PaymentService.h"

namespace setia {

PaymentCsvImport::PaymentCsvImport(const CustomerService& customers, PaymentService& payments)
    : m_customers(customers)
    , m_payments(payments)
{}

Status PaymentCsvImport::prepare()
{
    auto codes = m_customers.codeIndex();
    if (!codes)
        return codes.error();
    m_customerByCode = std::move(codes).value();
    return {};
}

std::optional<QString> PaymentCsvImport::addRow(int, const QStringList& values)
{
    QString reason;
    const auto date = CsvFields::date(values.at(0), QStringLiteral("date"), reason);
    if (!date)
        return reason;
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
    Payment draft;
    draft.customerId = customer->id;
    draft.paidOn = *date;
    draft.amount = *amount;
    draft.method = values.at(3);
    draft.note = values.at(4);
    auto payment = m_payments.validated(draft);
    if (!payment)
        return refusedFor(payment.error());
    m_staged.append(std::move(payment).value());
    return std::nullopt;
}

Result<qint64> PaymentCsvImport::finish(QList<RejectedRow>&, int& acceptedRows,
                                        const BulkOptions& options)
{
    auto created = m_payments.recordMany(m_staged, options);
    if (!created)
        return created.error();
    acceptedRows += static_cast<int>(*created);
    return created;
}

} // namespace setia
