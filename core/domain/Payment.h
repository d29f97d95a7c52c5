#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace setia {

// Money a customer paid towards what they owe (SPEC §3). Applied to their oldest open
// credit sales first; what exceeds their debt stays as credit for later credit sales.
struct Payment
{
    qint64 id = 0;
    qint64 customerId = 0;
    QDate paidOn;
    qint64 amount = 0; // whole Rupiah, > 0
    QString method;    // cash, transfer, QRIS, … as the shop says it
    QString note;
    bool voided = false;
    QString voidReason;
    QDateTime voidedAt;
    QDateTime createdAt;

    friend bool operator==(const Payment&, const Payment&) = default;
};

} // namespace setia
