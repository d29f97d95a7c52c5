#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <functional>

namespace setia {

class Backend;
struct Product;

struct DemoOptions
{
    int customers = 2000;
    quint64 seed = 1;
    // The last day of the demo's history; join dates and birthdays lie before it.
    QDate end = QDate::currentDate();
    // Sales over the two years up to `end`; -1: three per customer.
    qint64 sales = -1;
};

struct DemoSummary
{
    int customers = 0;
    int products = 0;
    qint64 sales = 0;
    qint64 saleLines = 0;
    qint64 payments = 0;
};

// Fills an empty database with realistic, deterministic demo data: the same options give
// the same rows. Refuses a database that already holds customers or products. Everything
// goes in through the services' bulk calls, in one transaction: all of it or nothing.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    static constexpr int maxCustomers = 5'000'000;
    static constexpr qint64 maxSales = 50'000'000;

    explicit DemoGenerator(Backend& backend);

    // `progress` receives the share done, 0–100, now and then.
    Result<DemoSummary> generate(const DemoOptions& options,
                                 const std::function<void(int)>& progress = {});

    // The demo's stamp card: a stamp per Kopi Susu Gula Aren, ten for one free, given since
    // this many days before the end date.
    static constexpr int stampCardDays = 365;

private:
    Result<DemoSummary> write(const DemoOptions& options, qint64 salesCount,
                              const std::function<void(int)>& progress);
    Status addStampCard(const QList<Product>& catalogue, const QDate& end);

    Backend& m_backend;
};

} // namespace setia
