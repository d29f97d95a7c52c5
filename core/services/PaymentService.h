#pragma once

#include "common/Result.h"
#include "domain/Payment.h"
#include "domain/Receivables.h"

#include <QObject>

namespace setia {

class Clock;
class CustomerStore;
class Database;
class PaymentStore;
class SaleStore;

// Payments and what customers owe (SPEC §3). A payment may exceed the debt: the rest is
// held as the customer's credit and covers their next credit sales (docs/decisions.md).
class PaymentService : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxMethodLength = 40;

    PaymentService(Database& database, PaymentStore& payments, SaleStore& sales,
                   CustomerStore& customers, const Clock& clock, QObject* parent = nullptr);

    // Records a payment; its date defaults to today and may not lie in the future.
    Result<Payment> record(Payment draft);
    Status voidPayment(qint64 paymentId, const QString& reason);

    // What the customer owes on `asOf`: balance, open sales oldest first, aging, status.
    Result<ReceivableSummary> receivable(qint64 customerId, const QDate& asOf) const;

Q_SIGNALS:
    void paymentRecorded(qint64 paymentId, qint64 customerId);
    void paymentVoided(qint64 paymentId, qint64 customerId);

private:
    Database& m_database;
    PaymentStore& m_payments;
    SaleStore& m_sales;
    CustomerStore& m_customers;
    const Clock& m_clock;
};

} // namespace setia
