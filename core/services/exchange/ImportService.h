#pragma once

#include "common/Result.h"
#include "io/ImportReport.h"

#include <QCoreApplication>

#include <memory>

namespace setia {

class Clock;
class CsvImport;
class CsvReader;
class CustomerService;
class CustomerStore;
class Database;
class ImportJournalStore;
class InteractionService;
class PaymentService;
class ProductService;
class SaleService;
class SurveyService;
class TicketService;

// Imports a CSV file of SPEC §8: every row is read and checked, then every good record is
// saved through its service's bulk call, in one transaction; every bad row is listed with
// its line and reason, and a dry run (or a cancel) changes nothing. Each import that made
// records is kept in a journal, and can be undone whole while nothing later depends on it.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    // `staff` names who imported, in the journal, until user accounts exist.
    ImportService(Database& database, ImportJournalStore& journal, CustomerStore& customerStore,
                  CustomerService& customers, ProductService& products, SaleService& sales,
                  PaymentService& payments, InteractionService& interactions,
                  TicketService& tickets, SurveyService& surveys, const Clock& clock,
                  QString staff);

    Result<ImportReport> run(ImportKind kind, const QString& path, const ImportOptions& options);
    Result<ImportReport> run(ImportKind kind, CsvReader& reader, const ImportOptions& options);

    // The latest imports, newest first (undone ones too).
    Result<QList<ImportRecord>> history(int limit = 100) const;
    // Deletes every record an import made — customers with their consents, products, sales
    // with their lines, payments — in one transaction. Refused, changing nothing, when any of
    // them was changed or voided since, or later records use them (a sale of an imported
    // customer, an imported product on a sale since).
    Status undo(qint64 importId);

private:
    std::unique_ptr<CsvImport> makeImport(ImportKind kind);
    Result<ImportReport> write(CsvImport& import, ImportReport report, const ImportKind kind,
                               const ImportOptions& options, qint64 half);
    // Inside the import's transaction: its journal entry, for the rows of `table` after id
    // `before`.
    Result<qint64> journal(const QString& table, qint64 before, qint64 records,
                           const QString& fileName);
    void announce(ImportKind kind) const;

    Database& m_database;
    ImportJournalStore& m_journal;
    CustomerStore& m_customerStore;
    const Clock& m_clock;
    QString m_staff;
    CustomerService& m_customers;
    ProductService& m_products;
    SaleService& m_sales;
    PaymentService& m_payments;
    InteractionService& m_interactions;
    TicketService& m_tickets;
    SurveyService& m_surveys;
};

} // namespace setia
