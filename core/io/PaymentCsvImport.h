#pragma once

#include "io/CsvImport.h"

#include <QCoreApplication>
#include <QHash>

namespace setia {

class Clock;
class CustomerStore;
class PaymentStore;

// Payments files (SPEC §8): date, customer_code, amount, method, and Setia's optional note.
class PaymentCsvImport final : public CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(PaymentCsvImport)

public:
    PaymentCsvImport(const CustomerStore& customers, PaymentStore& payments, const Clock& clock);

    static QStringList canonicalColumns();
    QStringList columns() const override { return canonicalColumns(); }
    QStringList requiredColumns() const override;
    Status prepare() override;
    std::optional<QString> addRow(int line, const QStringList& values) override;
    Result<qint64> finish(QList<RejectedRow>& rejected, int& acceptedRows,
                          const ImportProgress& progress) override;

private:
    const CustomerStore& m_customers;
    PaymentStore& m_payments;
    const Clock& m_clock;
    QHash<QString, std::pair<qint64, int>> m_customerByCode;
    qint64 m_created = 0;
    std::optional<Error> m_failure; // a database error while adding rows
};

} // namespace setia
