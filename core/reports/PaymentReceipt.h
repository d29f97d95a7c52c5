#pragma once

#include "domain/BusinessProfile.h"
#include "domain/Customer.h"
#include "domain/Payment.h"
#include "reports/ReceiptRoll.h"

#include <QCoreApplication>

namespace setia {

// A kwitansi for a payment, as lines for a thermal roll: the shop, its number and date, who
// paid, the amount in words (SPEC §1: terbilang) and in figures, what it paid for and what is
// still owed, and a place to sign.
class PaymentReceipt
{
    Q_DECLARE_TR_FUNCTIONS(PaymentReceipt)

public:
    explicit PaymentReceipt(BusinessProfile business);

    // "KW-000123": the kwitansi's number, from the payment's.
    static QString number(const Payment& payment);

    QStringList lines(const Payment& payment, const Customer& payer, qint64 stillOwed,
                      ReceiptRoll roll) const;

private:
    BusinessProfile m_business;
};

} // namespace setia
