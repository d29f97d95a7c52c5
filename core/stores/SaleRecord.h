#pragma once

#include "domain/Sale.h"

#include <QByteArrayView>

namespace setia {

// A sale as the sales table stores it, for writers of many sales (imports): text is UTF-8
// and times are ISO-8601 text already (isoTime's Ascii forms), so that SaleStore binds them
// without a QString, a QDateTime or a list per sale. The views must outlive the insert.
struct SaleRecord
{
    QByteArrayView receipt;
    QByteArrayView soldAt; // "2026-11-22T10:15:00", local wall-clock time
    qint64 customerId = 0; // 0 for a walk-in
    PaymentKind payment = PaymentKind::Cash;
    QByteArrayView dueDate; // "2026-12-06"; empty when there is none
    qint64 linesTotal = 0;
    qint64 discount = 0;
    qint64 revenue = 0;
    qint64 costMilli = 0;
    QByteArrayView note;
    QByteArrayView createdAt; // "2026-11-22T10:15:00.000"
};

// One line of a SaleRecord; SaleStore numbers the lines in their order.
struct SaleLineRecord
{
    qint64 productId = 0;
    qint64 quantityMilli = 0;
    qint64 unitPrice = 0;
    qint64 unitCost = 0;
    qint64 discount = 0;
    qint64 amount = 0;
};

} // namespace setia
