#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace setia {

class CustomerStore;
class Database;
class ProductStore;
class SequenceStore;
class SettingsStore;

struct DemoOptions
{
    int customers = 2000;
    quint64 seed = 1;
    // The last day of the demo's history; join dates and birthdays lie before it.
    QDate end = QDate::currentDate();
};

struct DemoSummary
{
    int customers = 0;
    int products = 0;
};

// Fills an empty database with realistic, deterministic demo data: the same options give
// the same rows. Refuses a database that already holds customers or products.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    static constexpr int maxCustomers = 5'000'000;

    DemoGenerator(Database& database, CustomerStore& customers, ProductStore& products,
                  SequenceStore& sequences, SettingsStore& settings);

    // `progress` receives the share done, 0–100, now and then.
    Result<DemoSummary> generate(const DemoOptions& options,
                                 const std::function<void(int)>& progress = {});

private:
    Database& m_database;
    CustomerStore& m_customers;
    ProductStore& m_products;
    SequenceStore& m_sequences;
    SettingsStore& m_settings;
};

} // namespace setia
