#pragma once

#include "domain/Customer.h"
#include "io/CsvImport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace setia {

class Clock;
class CustomerService;
class CustomerStore;

// Customers files (SPEC §8), checked by the same rules as the customer form. A code or a
// phone number already in Setia, or earlier in the file, is refused with the other
// customer's name (an import cannot ask whether two people are different). Empty codes
// get new member codes. The search index is rebuilt once at the end.
class CustomerCsvImport final : public CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(CustomerCsvImport)

public:
    CustomerCsvImport(CustomerService& rules, CustomerStore& customers, const Clock& clock);

    static QStringList canonicalColumns();
    QStringList columns() const override { return canonicalColumns(); }
    QStringList requiredColumns() const override;
    std::optional<QString> addRow(int line, const QStringList& values) override;
    Result<qint64> finish(QList<RejectedRow>& rejected, int& acceptedRows,
                          const ImportProgress& progress) override;

private:
    CustomerService& m_rules;
    CustomerStore& m_customers;
    const Clock& m_clock;
    QList<Customer> m_staged;
    QSet<QString> m_codes;
    QHash<QString, QString> m_phones; // phone → name, within the file
};

} // namespace setia
