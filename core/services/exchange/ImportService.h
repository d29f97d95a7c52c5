#pragma once

#include "common/Result.h"
#include "io/ImportReport.h"

#include <QCoreApplication>

#include <memory>

namespace setia {

class CsvImport;
class CsvReader;
class CustomerService;
class PaymentService;
class ProductService;
class SaleService;

// Imports a CSV file of SPEC §8: every row is read and checked, then every good record is
// saved through its service's bulk call, in one transaction; every bad row is listed with
// its line and reason, and a dry run (or a cancel) changes nothing.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    ImportService(CustomerService& customers, ProductService& products, SaleService& sales,
                  PaymentService& payments);

    Result<ImportReport> run(ImportKind kind, const QString& path, const ImportOptions& options);
    Result<ImportReport> run(ImportKind kind, CsvReader& reader, const ImportOptions& options);

private:
    std::unique_ptr<CsvImport> makeImport(ImportKind kind);

    CustomerService& m_customers;
    ProductService& m_products;
    SaleService& m_sales;
    PaymentService& m_payments;
};

} // namespace setia
