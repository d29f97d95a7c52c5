#pragma once

#include "common/Result.h"
#include "domain/BusinessProfile.h"
#include "domain/Customer.h"
#include "domain/Payment.h"
#include "reports/ReceiptRoll.h"

#include <QCoreApplication>
#include <QStringList>

class QPagedPaintDevice;

namespace setia {

class Clock;
class CustomerService;
class LoyaltyService;
class PaymentService;
class SaleService;
class SettingsService;
class StampService;

// What the receipt printer prints, laid out for its roll: a sale's struk with the member's
// points and stamps as they stand, and a payment's kwitansi.
class ReceiptService
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptService)

public:
    ReceiptService(const SaleService& sales, const CustomerService& customers,
                   const LoyaltyService& loyalty, const StampService& stamps,
                   const PaymentService& payments, const SettingsService& settings,
                   const Clock& clock);

    // `copy`: printed again later (the receipt says so, with when).
    Result<QStringList> saleReceipt(qint64 saleId, ReceiptRoll roll, bool copy) const;
    // The kwitansi of a payment just saved, with what the payer still owes after it.
    Result<QStringList> paymentReceipt(const Payment& payment, ReceiptRoll roll) const;
    // The same kwitansi on A5 paper (KwitansiSheet), painted onto `device`.
    Status paintKwitansiA5(const Payment& payment, QPagedPaintDevice& device) const;

private:
    struct Payer
    {
        BusinessProfile business;
        Customer customer;
        qint64 stillOwed = 0;
    };
    Result<Payer> payerOf(const Payment& payment) const;

    const SaleService& m_sales;
    const CustomerService& m_customers;
    const LoyaltyService& m_loyalty;
    const StampService& m_stamps;
    const PaymentService& m_payments;
    const SettingsService& m_settings;
    const Clock& m_clock;
};

} // namespace setia
