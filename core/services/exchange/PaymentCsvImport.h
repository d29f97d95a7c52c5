#pragma once

#include "domain/Payment.h"
#include "services/CustomerService.h"
#include "services/exchange/CsvImport.h"

#include <QCoreApplication>
#include <QHash>

namespace setia {

class PaymentService;

// Payments files (SPEC §8): date, customer_code, amount, method, and Setia's optional note,
// each checked by the payment service's own rules.
class PaymentCsvImport final : public CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(PaymentCsvImport)

public:
    PaymentCsvImport(const CustomerService& customers, PaymentService& payments);

    Status prepare() override;
    std::optional<QString> addRow(int line, const QStringList& values) override;
    Result<qint64> finish(QList<RejectedRow>& rejected, int& acceptedRows,
                          const BulkOptions& options) override;

private:
    const CustomerService& m_customers;
    PaymentService& m_payments;
    QHash<QString, CustomerService::CodeEntry> m_customerByCode;
    QList<Payment> m_staged;
};

} // namespace setia
