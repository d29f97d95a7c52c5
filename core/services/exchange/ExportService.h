#pragma once

#include "common/Result.h"
#include "io/ImportReport.h"

#include <QCoreApplication>

namespace setia {

class CsvWriter;
class CustomerStore;
class InteractionStore;
class PaymentStore;
class ProductStore;
class SaleStore;
class SurveyStore;
class TicketStore;

// Writes customers, products, sales, payments, interactions (SPEC §13), surveys or tickets
// (§14) as the CSV files of SPEC §8 (UTF-8 with a BOM, comma-separated, formulas
// neutralised), so that ImportService reads them back whole.
// Sales files add line_discount and sale_discount after the canonical columns, and payment
// files a note, so that nothing is lost on the way; voided sales and payments are left out.
// The file appears only once complete; a read that fails leaves none.
class ExportService
{
    Q_DECLARE_TR_FUNCTIONS(ExportService)

public:
    ExportService(const CustomerStore& customers, const ProductStore& products,
                  const SaleStore& sales, const PaymentStore& payments,
                  const InteractionStore& interactions, const TicketStore& tickets,
                  const SurveyStore& surveys);

    // Returns the number of data rows written.
    Result<qint64> run(ImportKind kind, const QString& path) const;
    Result<qint64> run(ImportKind kind, CsvWriter& writer) const;

private:
    Status customers(CsvWriter& writer) const;
    Status products(CsvWriter& writer) const;
    Status sales(CsvWriter& writer) const;
    Status payments(CsvWriter& writer) const;
    Status interactions(CsvWriter& writer) const;
    Status surveys(CsvWriter& writer) const;
    Status tickets(CsvWriter& writer) const;

    const CustomerStore& m_customers;
    const ProductStore& m_products;
    const SaleStore& m_sales;
    const PaymentStore& m_payments;
    const InteractionStore& m_interactions;
    const TicketStore& m_tickets;
    const SurveyStore& m_surveys;
};

} // namespace setia
