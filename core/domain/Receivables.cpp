#include "domain/Receivables.h"

#include <algorithm>

namespace setia {

ReceivableSummary ReceivableSummary::compute(const QList<CreditSale>& sales, qint64 payments,
                                             const QDate& asOf)
{
    ReceivableSummary summary;
    summary.asOf = asOf;
    summary.paymentsTotal = payments;
    QList<CreditSale> ordered = sales;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const CreditSale& a, const CreditSale& b) { return a.date < b.date; });
    qint64 unapplied = payments;
    for (const CreditSale& sale : std::as_const(ordered)) {
        summary.creditTotal += sale.amount;
        const qint64 paid = std::min(unapplied, sale.amount);
        unapplied -= paid;
        if (paid == sale.amount)
            continue;
        OpenCreditSale open{sale, paid, sale.amount - paid,
                            static_cast<int>(sale.dueDate.daysTo(asOf))};
        const int days = open.daysPastDue;
        if (days <= 0)
            summary.aging.notYetDue += open.open;
        else if (days <= 30)
            summary.aging.days1to30 += open.open;
        else if (days <= 60)
            summary.aging.days31to60 += open.open;
        else if (days <= 90)
            summary.aging.days61to90 += open.open;
        else
            summary.aging.over90 += open.open;
        if (days >= 0)
            summary.dueByAsOf += open.open;
        summary.oldestOverdueDays = std::max(summary.oldestOverdueDays, std::max(days, 0));
        summary.open.append(open);
    }
    summary.balance = summary.creditTotal - summary.paymentsTotal;
    summary.status = summary.oldestOverdueDays > 90  ? CreditStatus::Macet
                     : summary.oldestOverdueDays > 0 ? CreditStatus::Overdue
                                                     : CreditStatus::Current;
    return summary;
}

namespace receivables {

QString statusId(CreditStatus status)
{
    switch (status) {
    case CreditStatus::Current:
        return QStringLiteral("current");
    case CreditStatus::Overdue:
        return QStringLiteral("overdue");
    case CreditStatus::Macet:
        return QStringLiteral("macet");
    }
    return {};
}

} // namespace receivables
} // namespace setia
