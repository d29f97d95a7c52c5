#pragma once

#include "common/Result.h"
#include "domain/Customer.h"
#include "stores/Keyset.h"

#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace setia {

class Database;

// The columns a customer list can sort by.
enum class CustomerSort { Code, Name, Phone, City, Area, Type, Salesperson, Joined };

// Which customers a list shows: a search text typed by a person (name words, phone digits
// in any format, member code, city) over the active or the archived customers.
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
    // The full-text tables that index customers (for BulkIndexing).
    static QStringList searchTables();
    Status update(const Customer& customer);
    Status setArchived(qint64 id, bool archived, const QDateTime& at);

    Result<std::optional<Customer>> find(qint64 id) const;
    Result<std::optional<Customer>> findByCode(const QString& code) const;
    // Customers (archived too) with this E.164 phone, except `exceptId`.
    Result<QList<Customer>> findByPhone(const QString& phone, qint64 exceptId = 0) const;
    Result<bool> codeTaken(const QString& code, qint64 exceptId = 0) const;

    // A page of the list, sorted by `sort` then id; never reads more than `request.limit`
    // rows.
    Result<QList<CustomerRow>> page(const CustomerFilter& filter, CustomerSort sort,
                                    const PageRequest& request) const;
    Result<qint64> count(const CustomerFilter& filter) const;

private:
    // `isNew`: the customer has no consent rows yet, so unrecorded channels need no delete.
    Status saveConsent(qint64 id, const MarketingConsent& consent, bool isNew = false);

    Database& m_database;
    QSqlQuery m_insert; // prepared once: bulk loads insert many rows
};

} // namespace setia
