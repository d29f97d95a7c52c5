#pragma once

#include "common/Result.h"
#include "domain/Payment.h"

#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace setia {

class Database;
class Statement;

// All SQL about payments. Writes run inside the caller's Transaction.
class PaymentStore
{
public:
    explicit PaymentStore(Database& database);
    ~PaymentStore();

    Result<qint64> insert(const Payment& payment);
    Status setVoided(qint64 id, const QString& reason, const QDateTime& at);

    // How many payments the file holds, voided ones included.
    Result<qint64> count() const;
    Result<std::optional<Payment>> find(qint64 id) const;
    // Σ of the customer's non-voided payments dated on or before `asOf`.
    Result<qint64> totalPaid(qint64 customerId, const QDate& asOf) const;
    // Every payment of the customer, voided ones too, oldest first.
    Result<QList<Payment>> customerPayments(qint64 customerId) const;
    // Every non-voided payment with its customer's code, oldest first (for exports).
    Status
    forEach(const std::function<void(const Payment&, const QString& customerCode)>& visit) const;

private:
    Database& m_database;
    // Prepared once: imports and demo data insert hundreds of thousands.
    std::unique_ptr<Statement> m_insert;
};

} // namespace setia
