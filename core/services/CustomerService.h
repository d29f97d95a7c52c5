#pragma once

#include "common/Result.h"
#include "domain/Customer.h"
#include "domain/CustomerList.h"
#include "services/BulkOptions.h"
#include "services/CustomerSubset.h"

#include <QHash>
#include <QObject>

namespace setia {

class Clock;
class CustomerStore;
class Database;
class SequenceStore;

// Customer use cases: every rule about creating, changing and archiving customers.
// Owns the transaction of each change and announces it after the commit.
class CustomerService : public QObject
{
    Q_OBJECT

public:
    // Whether a phone number already used by another customer stops the save.
    enum class DuplicatePhone { Refuse, Allow };

    static constexpr int maxNameLength = 120;
    static constexpr int maxTextLength = 100;
    static constexpr int maxAddressLength = 300;
    static constexpr int maxNotesLength = 4000;
    static constexpr int maxCodeLength = 20;
    static constexpr int maxTermsDays = 365;
    static constexpr int maxContactInterval = 730;

    // `staff` names who records consents until user accounts exist.
    CustomerService(Database& database, CustomerStore& customers, SequenceStore& sequences,
                    const Clock& clock, QString staff, QObject* parent = nullptr);

    // Trims, normalises (phone to E.164, tags) and checks a draft without saving it.
    // Error::Kind::Validation names the field at fault.
    Result<Customer> validated(Customer draft) const;

    // Saves a new customer; a member code is generated unless one is given. A phone used
    // by another customer gives Error::Kind::Duplicate (field "phone") whose message names
    // that customer, unless `duplicates` is Allow (the user confirmed they differ).
    Result<Customer> create(Customer draft, DuplicatePhone duplicates = DuplicatePhone::Refuse);
    Result<Customer> update(Customer changed, DuplicatePhone duplicates = DuplicatePhone::Refuse);
    Status setArchived(qint64 id, bool archived);
    // Saves many customers in one transaction (an import, demo data), each checked as by
    // create(); an invalid one stops the call, nothing saved. A phone number is not checked
    // against others here (the caller already asked). Given member codes are kept, the
    // others are made; the search index is rebuilt once. Returns the ids, in order.
    Result<QList<qint64>> createMany(QList<Customer> drafts, const BulkOptions& options = {});
    // Adds or removes one tag on many customers in one step (one transaction); returns how
    // many changed. A tag has 1–40 characters and no comma.
    Result<qint64> changeTag(const QList<qint64>& ids, const QString& tag, bool add);

    Result<std::optional<Customer>> find(qint64 id) const;
    Result<std::optional<Customer>> findByCode(const QString& code) const;
    // Customers (archived ones too) with this E.164 phone number.
    Result<QList<Customer>> findByPhone(const QString& phone) const;
    // Every customer's id and payment terms by member code (imports look codes up here).
    struct CodeEntry
    {
        qint64 id = 0;
        int termsDays = 30;
    };
    Result<QHash<QString, CodeEntry>> codeIndex() const;

    // The customer list (search as you type): a page of what `filter` finds, sorted, and how
    // many it finds. Fast at 100 000+ customers; never reads more than one page.
    Result<QList<CustomerRow>> page(const CustomerFilter& filter, CustomerSort sort,
                                    const PageRequest& request) const;
    Result<qint64> count(const CustomerFilter& filter) const;
    // `ids` kept for the list to narrow to (a segment's members), until the handle goes.
    Result<CustomerSubset> subset(const QList<qint64>& ids) const;

    // "M000123" for sequence number 123.
    static QString memberCode(qint64 number);

Q_SIGNALS:
    // After the commit: one customer was added or changed; or many were (an import, a tag).
    void customerAdded(qint64 id);
    void customerChanged(qint64 id);
    void customersChanged();

private:
    friend class CustomerSubset;
    // The next free member code; called inside the transaction that uses it.
    Result<QString> nextMemberCode();
    Status dropSubset(qint64 id) const;
    Status checkUnique(const Customer& customer, DuplicatePhone duplicates) const;
    // Why a merged customer cannot be changed.
    static Error mergedAway();
    void stampConsent(Customer& customer, const MarketingConsent& before) const;

    Database& m_database;
    CustomerStore& m_customers;
    SequenceStore& m_sequences;
    const Clock& m_clock;
    QString m_staff;
};

} // namespace setia
