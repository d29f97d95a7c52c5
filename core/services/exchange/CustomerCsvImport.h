#pragma once

#include "domain/Customer.h"
#include "services/exchange/CsvImport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace setia {

class CustomerService;

// Customers files (SPEC §8), checked by the same rules as the customer form. A code or a
// phone number already in Setia, or earlier in the file, is refused with the other
// customer's name (an import cannot ask whether two people are different). Empty codes
// get new member codes.
class CustomerCsvImport final : public CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(CustomerCsvImport)

public:
    explicit CustomerCsvImport(CustomerService& customers);

    std::optional<QString> addRow(int line, const QStringList& values) override;
    Result<qint64> finish(QList<RejectedRow>& rejected, int& acceptedRows,
                          const BulkOptions& options) override;

private:
    CustomerService& m_customers;
    QList<Customer> m_staged;
    QSet<QString> m_codes;
    QHash<QString, QString> m_phones; // phone → name, within the file
};

} // namespace setia
