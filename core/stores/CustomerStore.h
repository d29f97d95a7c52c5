#pragma once

#include "common/Result.h"
#include "db/SqlDialect.h"
#include "domain/Customer.h"
#include "stores/CustomerListQuery.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace setia {

class Database;

// All SQL about customers. Writes run inside the caller's Transaction.
class CustomerStore
{
public:
    explicit CustomerStore(Database& database);
    ~CustomerStore();

    Result<qint64> insert(const Customer& customer);
    // For a bulk load inside the caller's transaction: the search index stops following
    // each insert and is rebuilt once by the returned object's finish().
    Result<std::unique_ptr<SqlDialect::Suspension>> suspendSearchIndex();
    Status update(const Customer& customer);
    Status setArchived(qint64 id, bool archived, const QDateTime& at);
    Status setSalesperson(qint64 id, const QString& salesperson, const QDateTime& at);
    // Hides a customer merged into another (Customer::merged): out of every list, search,
    // count, export and phone check; setArchived() shows them again.
    Status hideMerged(qint64 id, const QDateTime& at);
    // Adds `tag` to, or removes it from, each of `ids` that lacks or has it (ignoring case);
    // returns how many changed.
    Result<qint64> changeTag(const QList<qint64>& ids, const QString& tag, bool add,
                             const QDateTime& at);

    Result<std::optional<Customer>> find(qint64 id) const;
    Result<std::optional<Customer>> findByCode(const QString& code) const;
    // Customers (archived too, not merged ones) with this E.164 phone, except `exceptId`.
    Result<QList<Customer>> findByPhone(const QString& phone, qint64 exceptId = 0) const;
    Result<bool> codeTaken(const QString& code, qint64 exceptId = 0) const;
    // The payment terms of each of `ids` that is a customer (for sales brought in).
    Result<QHash<qint64, int>> termsOf(const QList<qint64>& ids) const;
    // Every customer's code with their id and payment terms (for imports), merged ones left
    // out.
    Result<QHash<QString, std::pair<qint64, int>>> idsAndTermsByCode() const;
    // Every customer with all fields, by code, one at a time (for exports), merged ones left
    // out.
    Status forEach(const std::function<void(const Customer&)>& visit) const;

    // A page of the list, sorted by `sort` then id; never reads more than `request.limit`
    // rows.
    Result<QList<CustomerRow>> page(const CustomerFilter& filter, CustomerSort sort,
                                    const PageRequest& request) const;
    Result<qint64> count(const CustomerFilter& filter) const;
    // See CustomerListQuery: a set of customers for CustomerFilter::subset.
    Result<qint64> storeSubset(const QList<qint64>& ids) { return m_list.storeSubset(ids); }
    Status dropSubset(qint64 subset) { return m_list.dropSubset(subset); }

    // What this store keeps of the customers (list counts, the name order) is stale: rows
    // were written past it (an import undone).
    void changed();

private:
    // `isNew`: the customer has no consent rows yet, so unrecorded channels need no delete.
    Status saveConsent(qint64 id, const MarketingConsent& consent, bool isNew = false);

    Database& m_database;
    std::unique_ptr<QSqlQuery> m_insert; // prepared once: bulk loads insert many rows
    CustomerListQuery m_list;
};

} // namespace setia
