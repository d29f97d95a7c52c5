#pragma once

#include "common/Result.h"
#include "domain/Payment.h"
#include "domain/Receivables.h"
#include "services/BulkOptions.h"

#include <QObject>

namespace setia {

class Clock;
class CustomerStore;
class Database;
class PaymentStore;
class ReceivableListQuery;
class SaleStore;

// Payments and what customers owe (SPEC §3). A payment may exceed the debt: the rest is
// held as the customer's credit and covers their next credit sales (docs/decisions.md).
class PaymentService : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxMethodLength = 40;

    PaymentService(Database& database, PaymentStore& payments, SaleStore& sales,
                   CustomerStore& customers, const ReceivableListQuery& receivables,
                   const Clock& clock, QObject* parent = nullptr);

    // The payment as it would be recorded — trimmed, dated today when undated — or the rule
    // it breaks: not in the future, more than Rp0, a short method and note. The customer is
    // checked when it is saved.
    Result<Payment> validated(Payment draft) const;
    // Records a payment; its date defaults to today and may not lie in the future.
    Result<Payment> record(Payment draft);
    // Records many payments in one transaction (an import, demo data), each checked as by
    // record(); the first that fails stops the call, nothing saved. Returns how many.
    Result<qint64> recordMany(QList<Payment> drafts, const BulkOptions& options = {});
    Status voidPayment(qint64 paymentId, const QString& reason);

    // What the customer owes on `asOf`: balance, open sales oldest first, aging, status.
    Result<ReceivableSummary> receivable(qint64 customerId, const QDate& asOf) const;
    // Everyone who owes on `asOf`, by customer id (archived customers who owe included).
    Result<QList<ReceivableRow>> debtors(const QDate& asOf) const;
    // How many payments the file holds, voided ones included.
    Result<qint64> count() const;

Q_SIGNALS:
    // After the commit: one payment was recorded or voided; or many were (an import).
    void paymentRecorded(qint64 paymentId, qint64 customerId);
    void paymentVoided(qint64 paymentId, qint64 customerId);
    void paymentsChanged();

private:
    Database& m_database;
    PaymentStore& m_payments;
    SaleStore& m_sales;
    CustomerStore& m_customers;
    const ReceivableListQuery& m_receivables;
    const Clock& m_clock;
};

} // namespace setia
