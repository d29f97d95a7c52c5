#pragma once

#include "common/Result.h"
#include "domain/Customer.h"
#include "domain/CustomerList.h"
#include "stores/CustomerNameOrder.h"
#include "stores/Keyset.h"

#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace setia {

class Database;

// Reads the customer list: pages and counts for a filter, fast at 100 000+ customers.
// Holds what makes it fast between calls (the name order, the unfiltered counts), so the
// store tells it whenever customers change through this connection.
class CustomerListQuery
{
public:
    explicit CustomerListQuery(Database& database);

    Result<QList<CustomerRow>> page(const CustomerFilter& filter, CustomerSort sort,
                                    const PageRequest& request) const;
    Result<qint64> count(const CustomerFilter& filter) const;
    // Customers were written through this connection: cached orders and counts are stale.
    void changed();

    // Keeps `ids` in the connection's temporary storage, for filters to name; returns the
    // subset's number. Nothing is written to the file.
    Result<qint64> storeSubset(const QList<qint64>& ids);
    Status dropSubset(qint64 subset);

private:
    struct SearchPlan;
    Result<SearchPlan> plan(const CustomerFilter& filter) const;
    // A name-ordered page of many full-text matches, sorted through m_nameOrder; nullopt
    // when the page's start is no longer in the order (read it through SQL instead).
    Result<std::optional<QList<CustomerRow>>> pageByNameOrder(const SearchPlan& search,
                                                              const PageRequest& request) const;

    Database& m_database;
    mutable CustomerNameOrder m_nameOrder;
    // The unfiltered counts (active, archived): counting 100 000 index entries costs
    // milliseconds on every keystroke that filters nothing yet. Same staleness rules as
    // the name order.
    struct TotalCounts
    {
        qint64 dataVersion = -1;
        quint64 rollbacks = 0; // Database::rollbacks() when counted
        qint64 active = 0;
        qint64 archived = 0;
    };
    mutable std::optional<TotalCounts> m_totals;
    qint64 m_lastSubset = 0;
};

} // namespace setia
