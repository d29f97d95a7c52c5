#include "SalesBench.h"

#include "common/Clock.h"
#include "db/sqlite/WalCheckpointer.h"
#include "services/Backend.h"
#include "services/CustomerCardService.h"
#include "services/CustomerService.h"
#include "services/ProductService.h"
#include "services/SaleService.h"

#include <QElapsedTimer>

#include <random>

namespace setia::bench {
namespace {

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

Result<SalesFigures> measureSales(Backend& backend, const QString& path, int count)
{
    auto products = backend.products().page(ProductFilter{}, ProductSort::Sku, PageRequest{});
    if (!products)
        return products.error();
    if (products->size() < 3)
        return Error(Error::Kind::Validation, QStringLiteral("the bench needs 3 products"));
    Customer draft;
    draft.name = QStringLiteral("Pelanggan Benchmark");
    draft.creditLimit = 1'000'000'000;
    auto customer = backend.customers().create(draft);
    if (!customer)
        return customer.error();

    SalesFigures figures;
    std::mt19937_64 random(11);
    const QDateTime start = backend.clock().now().addDays(-count);
    {
        WalCheckpointer checkpointer(path);
        QElapsedTimer timer;
        for (int i = 0; i < count; ++i) {
            SaleDraft sale;
            sale.soldAt = start.addDays(i);
            sale.customerId = customer->id;
            sale.payment = i % 2 ? PaymentKind::Credit : PaymentKind::Cash;
            for (int line = 0; line < 3; ++line) {
                const auto index = static_cast<qsizetype>(random() % quint64(products->size()));
                sale.lines.append(SaleLineDraft{products->at(index).product.id,
                                                Quantity::fromUnits(1 + int(random() % 5)),
                                                {},
                                                0});
            }
            timer.restart();
            auto saved = backend.sales().record(sale);
            figures.commitMs.append(elapsedMs(timer));
            if (!saved)
                return saved.error();
        }
    }
    for (int run = 0; run < 11; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto card = backend.cards().card(customer->id, backend.clock().today());
        figures.cardOpenMs.append(elapsedMs(timer));
        if (!card)
            return card.error();
    }
    return figures;
}

} // namespace setia::bench
