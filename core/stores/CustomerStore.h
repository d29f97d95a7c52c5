#pragma once

#include "common/Result.h"
#include "db/SqlitePlatform.h"
#include "domain/Customer.h"
#include "stores/CustomerNameOrder.h"
#include "stores/Keyset.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <optional>

namespace setia {

class Database;

// The columns a customer list can sort by.
enum class CustomerSort { Code, Name, Phone, City, Area, Type, Salesperson, Joined };

// Which customers a list shows: a search text typed by a person over the active or the
// archived customers. Among active customers, words match the start of any word of the
// name, the member code or the city ("bud sant" finds "Budi Santoso"), and a single letter
// lists the names that start with it; archived customers (not in the search index) match
// words anywhere in those fields. Digits match anywhere in the phone number, typed in any
// format ("0812-34", "+62 812", the last four digits), from the third digit on; fewer
// filter nothing yet.
struct CustomerFilter
{
    QString search;
    bool archived = false;
};

// One row of the customer list: what the list shows, nothing more.
struct CustomerRow
{
    qint64 id = 0;
    QString code;
    QString name;
    QString phone;
    QString city;
    QString area;
    QString type;
    QString salesperson;
    QDate joined;
    bool bad = false;
    PageKey key; // where a page that ends on this row ends
};

// All SQL about customers. Writes run inside the caller's Transaction.
class CustomerStore
{
public:
    explicit CustomerStore(Database& database);

    Result<qint64> insert(const Customer& customer);
    // For a bulk load inside the caller's transaction: the search index stops following
    // each insert and is rebuilt once by the returned object's finish().
    Result<sqlite::BulkIndexing> suspendSearchIndex();
    Status update(const Customer& customer);
    Status setArchived(qint64 id, bool archived, const QDateTime& at);

    Result<std::optional<Customer>> find(qint64 id) const;
    Result<std::optional<Customer>> findByCode(const QString& code) const;
    // Customers (archived too) with this E.164 phone, except `exceptId`.
    Result<QList<Customer>> findByPhone(const QString& phone, qint64 exceptId = 0) const;
    Result<bool> codeTaken(const QString& code, qint64 exceptId = 0) const;
    // Every customer's code with their id and payment terms (for imports).
    Result<QHash<QString, std::pair<qint64, int>>> idsAndTermsByCode() const;
    // Every customer with all fields, by code, one at a time (for exports).
    Status forEach(const std::function<void(const Customer&)>& visit) const;

    // A page of the list, sorted by `sort` then id; never reads more than `request.limit`
    // rows.
    Result<QList<CustomerRow>> page(const CustomerFilter& filter, CustomerSort sort,
                                    const PageRequest& request) const;
    Result<qint64> count(const CustomerFilter& filter) const;

private:
    // `isNew`: the customer has no consent rows yet, so unrecorded channels need no delete.
    Status saveConsent(qint64 id, const MarketingConsent& consent, bool isNew = false);

    struct SearchPlan;
    Result<SearchPlan> plan(const CustomerFilter& filter) const;
    // A name-ordered page of many full-text matches, sorted through m_nameOrder; nullopt
    // when the page's start is no longer in the order (read it through SQL instead).
    Result<std::optional<QList<CustomerRow>>> pageByNameOrder(const SearchPlan& search,
                                                              const PageRequest& request) const;

    Database& m_database;
    QSqlQuery m_insert; // prepared once: bulk loads insert many rows
    mutable CustomerNameOrder m_nameOrder;
    // The unfiltered counts (active, archived): counting 100 000 index entries costs
    // milliseconds on every keystroke that filters nothing yet. Same staleness rules as
    // the name order.
    struct TotalCounts
    {
        qint64 dataVersion = -1;
        qint64 active = 0;
        qint64 archived = 0;
    };
    mutable std::optional<TotalCounts> m_totals;
    void changed();
};

} // namespace setia
