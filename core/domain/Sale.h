#pragma once

#include "domain/Quantity.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace setia {

enum class PaymentKind { Cash, Credit };

// One line of a sale. Price and cost are copied from the product when the sale is made,
// so later price changes never rewrite history; SKU and name are the product's, for display.
struct SaleLine
{
    qint64 productId = 0;
    QString sku;
    QString productName;
    Quantity quantity;
    qint64 unitPrice = 0;
    qint64 unitCost = 0;
    qint64 discount = 0; // whole Rupiah off this line
    qint64 amount = 0;   // quantity × unit price − discount, rounded (SPEC §5)

    friend bool operator==(const SaleLine&, const SaleLine&) = default;
};

// A sale (SPEC §3). Never deleted: voided with a reason, which takes it out of every sum.
struct Sale
{
    qint64 id = 0;
    QString receipt;
    QDateTime soldAt;
    qint64 customerId = 0; // 0 for a walk-in
    PaymentKind payment = PaymentKind::Cash;
    QDate dueDate; // credit sales: sale date + the customer's terms
    QList<SaleLine> lines;
    qint64 discount = 0;   // whole Rupiah off the whole sale
    qint64 linesTotal = 0; // Σ line amounts
    qint64 revenue = 0;    // linesTotal − discount
    qint64 costMilli = 0;  // Σ quantity × unit cost, thousandths of a Rupiah
    QString note;
    bool voided = false;
    QString voidReason;
    QDateTime voidedAt;
    QDateTime createdAt;

    friend bool operator==(const Sale&, const Sale&) = default;
};

namespace sale {
QString paymentId(PaymentKind kind);
std::optional<PaymentKind> paymentFromId(const QString& id);
} // namespace sale

} // namespace setia
