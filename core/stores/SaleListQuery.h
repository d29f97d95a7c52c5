#pragma once

#include "common/Result.h"
#include "domain/Sale.h"
#include "stores/Keyset.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace setia {

class Database;

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

// Reads the sales list: pages by time, newest or oldest first, and totals, fast at
// 1 000 000 sales (indexes sales_by_time, sales_by_customer, sales_voided).
class SaleListQuery
{
public:
    explicit SaleListQuery(Database& database);

    Result<QList<SaleRow>> page(const SaleListFilter& filter, const PageRequest& request) const;
    Result<SaleTotals> totals(const SaleListFilter& filter) const;

private:
    Database& m_database;
};

} // namespace setia
