#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace setia {

enum class CreditStatus { Current, Overdue, Macet };

// A non-voided credit sale, as receivables see it.
struct CreditSale
{
    qint64 saleId = 0;
    QString receipt;
    QDate date;
    QDate dueDate;
    qint64 amount = 0;
};

// A credit sale that is not fully paid on the as-of date.
struct OpenCreditSale
{
    CreditSale sale;
    qint64 paid = 0;     // what payments cover of it
    qint64 open = 0;     // what is still owed
    int daysPastDue = 0; // as-of date − due date; ≤ 0 while not yet due
};

// Open amounts by days past due on the as-of date (SPEC §3).
struct Aging
{
    qint64 notYetDue = 0;
    qint64 days1to30 = 0;
    qint64 days31to60 = 0;
    qint64 days61to90 = 0;
    qint64 over90 = 0;

    qint64 overdue() const { return days1to30 + days31to60 + days61to90 + over90; }
    friend bool operator==(const Aging&, const Aging&) = default;
};

// What a customer owes on a date. Payments go to the oldest credit sales first; a balance
// below zero is money paid ahead, held as credit for the next credit sales.
struct ReceivableSummary
{
    QDate asOf;
    qint64 creditTotal = 0;   // non-voided credit sales dated on or before asOf
    qint64 paymentsTotal = 0; // non-voided payments dated on or before asOf
    qint64 balance = 0;       // creditTotal − paymentsTotal
    QList<OpenCreditSale> open;
    Aging aging;
    CreditStatus status = CreditStatus::Current;
    int oldestOverdueDays = 0; // 0 when nothing is overdue
    qint64 dueByAsOf = 0;      // open amounts whose due date is on or before asOf

    // FIFO over `sales` (oldest first: date, then as given) with `payments` in total.
    static ReceivableSummary compute(const QList<CreditSale>& sales, qint64 payments,
                                     const QDate& asOf);
};

// What a customer owes by a day: the open amounts of the credit sales due on or before it.
struct DueCredit
{
    qint64 customerId = 0;
    QDate firstDue;    // the earliest due date among them
    qint64 amount = 0; // > 0
};

namespace receivables {
QString statusId(CreditStatus status); // "current", "overdue", "macet"
}

// One customer who owes money on the as-of date (SPEC §3).
struct ReceivableRow
{
    qint64 customerId = 0;
    QString code;
    QString name;
    QString phone;
    bool archived = false;
    qint64 creditLimit = 0;
    qint64 balance = 0; // > 0
    Aging aging;
    int daysOverdue = 0; // of the oldest overdue open sale; 0 when nothing is overdue
    QDate oldestDueDate; // of the oldest open sale
    CreditStatus status = CreditStatus::Current;
};

} // namespace setia
