#pragma once

#include "domain/Paging.h"
#include "domain/Sale.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace setia {

enum class VoidFilter { Valid, Voided, All };

// Which sales a list shows. Dates are inclusive; an invalid date leaves that end open.
struct SaleListFilter
{
    QDate from;
    QDate to;
    qint64 customerId = 0; // 0: every customer and walk-ins
    std::optional<PaymentKind> payment;
    VoidFilter voided = VoidFilter::Valid;
    QString receipt; // the start of a receipt number, any case ("pj2611")

    friend bool operator==(const SaleListFilter&, const SaleListFilter&) = default;
};

// One row of the sales list.
struct SaleRow
{
    qint64 id = 0;
    QString receipt;
    QDateTime soldAt;
    qint64 customerId = 0; // 0 for a walk-in
    QString customerCode;
    QString customerName;
    PaymentKind payment = PaymentKind::Cash;
    QDate dueDate;
    qint64 discount = 0;
    qint64 revenue = 0;
    bool voided = false;
    QString voidReason;
    PageKey key;
};

// How many sales a filter finds and their revenue (voided sales count, with no revenue
// when the filter shows them).
struct SaleTotals
{
    qint64 count = 0;
    qint64 revenue = 0;
};

} // namespace setia
