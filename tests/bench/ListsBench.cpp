#include "ListsBench.h"

#include "BenchStats.h"
#include "receivables/ReceivableListModel.h"
#include "sales/SaleListModel.h"
#include "services/Backend.h"
#include "services/PaymentService.h"
#include "services/SaleService.h"

#include <QElapsedTimer>

namespace setia::bench {
namespace {

constexpr int runs = 9;

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The time to show `filter` as the view does: the first page, then the totals line.
Result<double> showSales(Backend& backend, const SaleListFilter& filter)
{
    QList<double> samples;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        SaleListModel model(backend.sales());
        model.sort(SaleListModel::Time, Qt::DescendingOrder);
        model.setFilter(filter);
        auto totals = model.totals();
        if (!totals)
            return totals.error();
        samples.append(elapsedMs(timer));
    }
    return quantile(samples, 0.5);
}

} // namespace

Result<ListFigures> measureLists(Backend& backend, const QDate& today)
{
    ListFigures figures;
    SaleListFilter month;
    month.from = QDate(today.year(), today.month(), 1);
    month.to = today;
    auto monthMs = showSales(backend, month);
    if (!monthMs)
        return monthMs.error();
    figures.salesMonthMs = *monthMs;
    auto allMs = showSales(backend, SaleListFilter{});
    if (!allMs)
        return allMs.error();
    figures.salesAllTimeMs = *allMs;

    // The customer of the newest sale: a regular with a long history.
    SaleListModel newest(backend.sales());
    newest.sort(SaleListModel::Time, Qt::DescendingOrder);
    SaleListFilter customer;
    for (int row = 0; row < newest.rowCount() && customer.customerId == 0; ++row)
        customer.customerId = newest.rowAt(row).customerId;
    auto customerMs = showSales(backend, customer);
    if (!customerMs)
        return customerMs.error();
    figures.salesCustomerMs = *customerMs;

    QList<double> pageSamples;
    for (int run = 0; run < 3; ++run) {
        SaleListModel model(backend.sales());
        model.sort(SaleListModel::Time, Qt::DescendingOrder);
        for (int page = 1; page < 49; ++page)
            model.fetchMore({});
        QElapsedTimer timer;
        timer.start();
        model.fetchMore({});
        pageSamples.append(elapsedMs(timer));
    }
    figures.salesPage50Ms = quantile(pageSamples, 0.5);

    QList<double> receivableSamples;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        ReceivableListModel model(backend.payments(), backend.followUps());
        model.sort(ReceivableListModel::Balance, Qt::DescendingOrder);
        QString error;
        if (!model.load(today, &error))
            return Error(Error::Kind::Database, error);
        receivableSamples.append(elapsedMs(timer));
    }
    figures.receivablesMs = quantile(receivableSamples, 0.5);
    return figures;
}

} // namespace setia::bench
