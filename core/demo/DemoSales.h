#pragma once

#include "common/Result.h"
#include "domain/Product.h"

#include <QDate>
#include <QList>

#include <functional>

namespace setia {

class LoyaltyService;
class PaymentService;
class SaleService;

namespace demo {
class DemoRandom;
}

// A demo customer as the sales generator needs it.
struct DemoBuyer
{
    qint64 customerId = 0;
    bool business = false;
    QDate joined;
    int termsDays = 30;
};

struct DemoSalesSummary
{
    qint64 sales = 0;
    qint64 lines = 0;
    qint64 payments = 0;
};

// Writes a demo history of sales and payments with the patterns of real shops: weekly
// regulars at the counter, businesses buying monthly on credit and paying late (a few not
// at all), one-off buyers, customers who stopped coming, and walk-ins. Deterministic for the
// random source it is given. Members earn their points as at the counter (SPEC §6). Writes
// through the services' bulk calls, a batch of a few thousand sales at a time, inside the
// caller's transaction.
class DemoSales
{
public:
    DemoSales(SaleService& sales, PaymentService& payments, LoyaltyService& loyalty);

    // Exactly `count` sales over the two years up to `end`.
    Result<DemoSalesSummary> generate(const QList<DemoBuyer>& buyers,
                                      const QList<Product>& products, qint64 count,
                                      const QDate& end, demo::DemoRandom& random,
                                      const std::function<void(int)>& progress = {});

private:
    SaleService& m_sales;
    PaymentService& m_payments;
    LoyaltyService& m_loyalty;
};

} // namespace setia
