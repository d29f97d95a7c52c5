#pragma once

#include "common/Result.h"
#include "domain/Product.h"

#include <QDate>
#include <QList>

#include <functional>

namespace setia {

class LoyaltyStore;
class PaymentStore;
class SaleStore;
class SequenceStore;

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
// at all), one-off buyers, customers who stopped coming, and walk-ins. Runs inside the
// caller's transaction; deterministic for the random source it is given. Members earn
// their points as at the counter (SPEC §6).
class DemoSales
{
public:
    DemoSales(SaleStore& sales, PaymentStore& payments, SequenceStore& sequences,
              LoyaltyStore& loyalty);

    // Exactly `count` sales over the two years up to `end`.
    Result<DemoSalesSummary> generate(const QList<DemoBuyer>& buyers,
                                      const QList<Product>& products, qint64 count,
                                      const QDate& end, demo::DemoRandom& random,
                                      const std::function<void(int)>& progress = {});

private:
    SaleStore& m_sales;
    PaymentStore& m_payments;
    SequenceStore& m_sequences;
    LoyaltyStore& m_loyalty;
};

} // namespace setia
