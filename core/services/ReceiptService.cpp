#include "services/ReceiptService.h"

#include "common/Clock.h"
#include "reports/KwitansiSheet.h"
#include "reports/PaymentReceipt.h"
#include "reports/SaleReceipt.h"
#include "services/CustomerService.h"
#include "services/LoyaltyService.h"
#include "services/PaymentService.h"
#include "services/SaleService.h"
#include "services/SettingsService.h"
#include "services/StampService.h"

namespace setia {

ReceiptService::ReceiptService(const SaleService& sales, const CustomerService& customers,
                               const LoyaltyService& loyalty, const StampService& stamps,
                               const PaymentService& payments, const SettingsService& settings,
                               const Clock& clock)
    : m_sales(sales)
    , m_customers(customers)
    , m_loyalty(loyalty)
    , m_stamps(stamps)
    , m_payments(payments)
    , m_settings(settings)
    , m_clock(clock)
{}

Result<QStringList> ReceiptService::saleReceipt(qint64 saleId, ReceiptRoll roll, bool copy) const
{
    auto sale = m_sales.find(saleId);
    if (!sale)
        return sale.error();
    if (!*sale)
        return Error(Error::Kind::NotFound, tr("This sale no longer exists."));
    auto business = m_settings.businessProfile();
    if (!business)
        return business.error();
    std::optional<SaleReceipt::Member> member;
    if ((*sale)->customerId > 0) {
        auto customer = m_customers.find((*sale)->customerId);
        if (!customer)
            return customer.error();
        // A sale that uses points earns none: its points are what it took.
        auto points = m_loyalty.pointsOfSale(saleId);
        if (!points)
            return points.error();
        auto balance = m_loyalty.summary((*sale)->customerId, m_clock.today());
        if (!balance)
            return balance.error();
        auto stamps = m_stamps.standings((*sale)->customerId);
        if (!stamps)
            return stamps.error();
        if (*customer)
            member = SaleReceipt::Member{(*customer)->name,
                                         (*customer)->code,
                                         std::max<qint64>(0, *points),
                                         std::max<qint64>(0, -*points),
                                         balance->points,
                                         *stamps};
    }
    return SaleReceipt(*business).lines(**sale, member, roll, m_clock.now(), copy);
}

Result<ReceiptService::Payer> ReceiptService::payerOf(const Payment& payment) const
{
    auto business = m_settings.businessProfile();
    if (!business)
        return business.error();
    auto payer = m_customers.find(payment.customerId);
    if (!payer)
        return payer.error();
    if (!*payer)
        return Error(Error::Kind::NotFound, tr("The customer of this payment no longer exists."));
    auto owed = m_payments.receivable(payment.customerId, m_clock.today());
    if (!owed)
        return owed.error();
    return Payer{std::move(business).value(), std::move(**payer), owed->balance};
}

Result<QStringList> ReceiptService::paymentReceipt(const Payment& payment, ReceiptRoll roll) const
{
    auto payer = payerOf(payment);
    if (!payer)
        return payer.error();
    return PaymentReceipt(payer->business).lines(payment, payer->customer, payer->stillOwed, roll);
}

Status ReceiptService::paintKwitansiA5(const Payment& payment, QPagedPaintDevice& device) const
{
    auto payer = payerOf(payment);
    if (!payer)
        return payer.error();
    return KwitansiSheet(payer->business)
        .render(device, payment, payer->customer, payer->stillOwed);
}

} // namespace setia
