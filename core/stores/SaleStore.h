#pragma once

#include "common/Result.h"
#include "db/SqlDialect.h"
#include "domain/Receivables.h"
#include "domain/Sale.h"
#include "stores/SaleRecord.h"

#include <QList>

#include <functional>
#include <memory>
#include <optional>
#include <span>

namespace setia {

class Database;

// All SQL about sales and their lines. Writes run inside the caller's Transaction.
class SaleStore
{
public:
    explicit SaleStore(Database& database);
    ~SaleStore();

    // Inserts the sale and its lines; returns the sale's id. Error::Kind::Duplicate when
    // the receipt is in the file already (nothing is written then).
    Result<qint64> insert(const Sale& sale);
    // The same for a sale given as its row's values, for writers of many sales.
    Result<qint64> insert(const SaleRecord& sale, std::span<const SaleLineRecord> lines);
    // For writers of many sales in one transaction (imports): when `incoming` sales are
    // many next to those the file holds, drops the sales indexes that only serve reads and
    // returns what builds them again — call its finish() before the commit. Otherwise it
    // drops nothing (rebuilding an index of all sales would cost more than it saves).
    Result<std::unique_ptr<SqlDialect::Suspension>> deferIndexes(qint64 incoming);
    Status setVoided(qint64 id, const QString& reason, const QDateTime& at);

    // How many sales the file holds, voided ones included.
    Result<qint64> count() const;
    Result<std::optional<Sale>> find(qint64 id) const;
    Result<std::optional<Sale>> findByReceipt(const QString& receipt) const;
    // Every non-voided sale with its lines, oldest first, one at a time (for exports).
    Status forEachSale(const std::function<void(const Sale&)>& visit) const;

    // The customer's non-voided credit sales dated on or before `asOf`, oldest first.
    Result<QList<CreditSale>> creditSales(qint64 customerId, const QDate& asOf) const;
    // Σ revenue of the customer's non-voided sales dated from `from` to `to`, both included.
    Result<qint64> customerRevenue(qint64 customerId, const QDate& from, const QDate& to) const;
    // Every sale of the customer, voided ones too, oldest first, with their lines.
    Result<QList<Sale>> customerSales(qint64 customerId) const;

private:
    Result<QList<SaleLine>> lines(qint64 saleId) const;

    Database& m_database;
    // Prepared once: imports and demo data insert millions of rows.
    std::unique_ptr<Statement> m_insertSale;
    std::unique_ptr<Statement> m_insertLine;
};

} // namespace setia
