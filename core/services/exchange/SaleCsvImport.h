#pragma once

#include "domain/Product.h"
#include "domain/Sale.h"
#include "domain/SaleBatch.h"
#include "services/CustomerService.h"
#include "services/exchange/CsvImport.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

namespace setia {

class ProductService;
class SaleService;

// Sales files (SPEC §8): one row per line; rows sharing a receipt form one sale, wherever
// they stand in the file. Optional extra columns line_discount and sale_discount carry
// discounts (Setia's own exports write them). The rows are read and grouped here; the sales
// are priced, checked and saved by SaleService::importSales (unit costs the products' costs
// now, no credit-limit check: the sales happened already). A receipt already in the
// database is refused with all its rows.
class SaleCsvImport final : public CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(SaleCsvImport)

public:
    SaleCsvImport(const CustomerService& customers, const ProductService& products,
                  SaleService& sales);

    Status prepare() override;
    std::optional<QString> addRow(int line, const QStringList& values) override;
    void unreadableRow(int line, const QStringList& values) override;
    Result<qint64> finish(QList<RejectedRow>& rejected, int& acceptedRows,
                          const BulkOptions& options) override;

private:
    // Why the rows of one receipt cannot make one sale. BadRow: one of its rows was refused,
    // and a sale is imported whole or not at all.
    enum class Conflict : quint8 { None, Dates, Customers, Payments, BadRow };

    // A sale gathered from its rows: what the service is given, and why it cannot be.
    // Compact on purpose: an import holds a million of them and their lines until the end
    // of the file, and Sale with its lists and strings costs more to make, sort and free
    // than the database costs to store it.
    struct StagedSale
    {
        SaleBatch::Entry sale; // its date, time, customer and payment those of its first row
        qint32 badLine = 0;    // the file line of its first refused row
        Conflict conflict = Conflict::None;
    };
    struct StagedLine
    {
        qint64 quantityMilli = 0;
        qint64 unitPrice = 0;
        qint64 discount = 0;
        qint32 product = 0;  // in m_catalogue
        qint32 fileLine = 0; // where its row is
        qint32 sale = 0;     // in m_staged
    };

    // Checks one row of `receipt` and stages it; the reason when it is refused.
    std::optional<QString> stageRow(int line, const QStringList& values, const QString& receipt);
    // The staged sale of `receipt`, made empty when the file has not named it before.
    StagedSale& stagedSale(const QString& receipt);
    // A row of `receipt` was refused: the whole sale is.
    void refuseSale(const QString& receipt, int line);
    // Sorts the sales by time and moves each sale's lines, in file order, to its firstLine
    // in m_batch.lines: the inserts then read both arrays front to back.
    void putInTimeOrder();
    // Every row of `sale`, whose lines are in m_batch, goes to the rejects.
    void rejectAll(const SaleBatch::Entry& sale, const QString& reason,
                   QList<RejectedRow>& rejected);
    QString conflictReason(const StagedSale& staged) const;
    // What the file says when the service refused a sale.
    QString refusalReason(const SaleBatch::Entry& sale, const Error& refusal) const;

    const CustomerService& m_customers;
    const ProductService& m_products;
    SaleService& m_sales;
    QHash<QString, CustomerService::CodeEntry> m_customerByCode;
    QHash<qint64, QString> m_codeByCustomer; // filled when rows are rejected
    QHash<qint64, QString> m_skuByProduct;   // filled when rows are rejected
    QList<Product> m_catalogue;
    QHash<QString, qint32> m_productBySku;  // → position in m_catalogue
    QHash<QString, qint32> m_saleByReceipt; // → position in m_staged + 1
    std::vector<StagedSale> m_staged;
    qint32 m_lastSale = -1;          // in m_staged: the sale of the last row staged
    std::vector<StagedLine> m_lines; // as read, until putInTimeOrder()
    SaleBatch m_batch;               // its lines from putInTimeOrder(), its sales in finish()
    std::vector<qint32> m_fileLines; // where the row of each line in m_batch is
};

} // namespace setia
