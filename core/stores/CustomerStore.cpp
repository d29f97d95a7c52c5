#include "stores/CustomerStore.h"

#include "db/Database.h"
#include "db/SqlError.h"
#include "db/SqlValue.h"
#include "db/SqlitePlatform.h"
#include "domain/PhoneNumber.h"

#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

namespace setia {
namespace {

const QString customerColumns = QStringLiteral(
    "id, code, name, kind, phone, whatsapp, email, address, city, area, customer_type, source,"
    " salesperson, visit_days, birthday, joined, credit_limit, terms_days, tags, notes, bad,"
    " bad_reason, bad_since, archived, created_at, updated_at");

QString timestamp(const QDateTime& at)
{
    return at.toString(Qt::ISODateWithMs);
}

void bindCustomer(QSqlQuery& query, const Customer& c)
{
    query.bindValue(QStringLiteral(":code"), sql::text(c.code));
    query.bindValue(QStringLiteral(":name"), sql::text(c.name));
    query.bindValue(QStringLiteral(":sort_name"), c.name.toCaseFolded());
    query.bindValue(QStringLiteral(":kind"), customer::kindId(c.kind));
    query.bindValue(QStringLiteral(":phone"), sql::text(c.phone));
    query.bindValue(QStringLiteral(":search_digits"),
                    sql::text(PhoneNumber::searchDigits(c.phone)));
    query.bindValue(QStringLiteral(":whatsapp"), c.whatsApp ? 1 : 0);
    query.bindValue(QStringLiteral(":email"), sql::text(c.email));
    query.bindValue(QStringLiteral(":address"), sql::text(c.address));
    query.bindValue(QStringLiteral(":city"), sql::text(c.city));
    query.bindValue(QStringLiteral(":area"), sql::text(c.area));
    query.bindValue(QStringLiteral(":customer_type"), sql::text(c.type));
    query.bindValue(QStringLiteral(":source"), sql::text(customer::sourceId(c.source)));
    query.bindValue(QStringLiteral(":salesperson"), sql::text(c.salesperson));
    query.bindValue(QStringLiteral(":visit_days"), c.visitDays.mask());
    query.bindValue(QStringLiteral(":birthday"), sql::date(c.birthday));
    query.bindValue(QStringLiteral(":joined"), c.joined.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":credit_limit"), c.creditLimit);
    query.bindValue(QStringLiteral(":terms_days"), c.termsDays);
    query.bindValue(QStringLiteral(":tags"), sql::text(c.tags.join(QStringLiteral(", "))));
    query.bindValue(QStringLiteral(":notes"), sql::text(c.notes));
    query.bindValue(QStringLiteral(":bad"), c.bad ? 1 : 0);
    query.bindValue(QStringLiteral(":bad_reason"), sql::text(c.badReason));
    query.bindValue(QStringLiteral(":bad_since"), sql::date(c.badSince));
    query.bindValue(QStringLiteral(":archived"), c.archived ? 1 : 0);
    query.bindValue(QStringLiteral(":updated_at"), timestamp(c.updatedAt));
}

Customer readCustomer(const QSqlQuery& q)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.code = q.value(1).toString();
    c.name = q.value(2).toString();
    c.kind = customer::kindFromId(q.value(3).toString());
    c.phone = q.value(4).toString();
    c.whatsApp = q.value(5).toInt() != 0;
    c.email = q.value(6).toString();
    c.address = q.value(7).toString();
    c.city = q.value(8).toString();
    c.area = q.value(9).toString();
    c.type = q.value(10).toString();
    c.source = customer::sourceFromId(q.value(11).toString()).value_or(AcquisitionSource::Other);
    c.salesperson = q.value(12).toString();
    c.visitDays = VisitDays::fromMask(q.value(13).toInt());
    c.birthday = QDate::fromString(q.value(14).toString(), Qt::ISODate);
    c.joined = QDate::fromString(q.value(15).toString(), Qt::ISODate);
    c.creditLimit = q.value(16).toLongLong();
    c.termsDays = q.value(17).toInt();
    const QString tags = q.value(18).toString();
    c.tags = tags.isEmpty() ? QStringList() : tags.split(QStringLiteral(", "));
    c.notes = q.value(19).toString();
    c.bad = q.value(20).toInt() != 0;
    c.badReason = q.value(21).toString();
    c.badSince = QDate::fromString(q.value(22).toString(), Qt::ISODate);
    c.archived = q.value(23).toInt() != 0;
    c.createdAt = QDateTime::fromString(q.value(24).toString(), Qt::ISODateWithMs);
    c.updatedAt = QDateTime::fromString(q.value(25).toString(), Qt::ISODateWithMs);
    return c;
}

} // namespace

CustomerStore::CustomerStore(Database& database)
    : m_database(database)
    , m_list(database)
{}

Result<sqlite::BulkIndexing> CustomerStore::suspendSearchIndex()
{
    changed();
    QSqlDatabase db = m_database.connection();
    return sqlite::BulkIndexing::suspend(
        db, QStringLiteral("customers"),
        {QStringLiteral("customer_words"), QStringLiteral("customer_digits")},
        {QStringLiteral("INSERT INTO customer_words (rowid, name, code, city)"
                        " SELECT id, name, code, city FROM customers WHERE archived = 0"),
         QStringLiteral("INSERT INTO customer_digits (rowid, search_digits)"
                        " SELECT id, search_digits FROM customers WHERE archived = 0")});
}

Result<qint64> CustomerStore::insert(const Customer& customer)
{
    QSqlQuery& query = m_insert;
    if (query.lastQuery().isEmpty()) {
        query = QSqlQuery(m_database.connection());
        query.prepare(QStringLiteral(
            "INSERT INTO customers (code, name, sort_name, kind, phone, search_digits, whatsapp,"
            " email, address, city, area, customer_type, source, salesperson, visit_days, birthday,"
            " joined, credit_limit, terms_days, tags, notes, bad, bad_reason, bad_since, archived,"
            " created_at, updated_at) VALUES (:code, :name, :sort_name, :kind, :phone,"
            " :search_digits, :whatsapp, :email, :address, :city, :area, :customer_type, :source,"
            " :salesperson, :visit_days, :birthday, :joined, :credit_limit, :terms_days, :tags,"
            " :notes, :bad, :bad_reason, :bad_since, :archived, :created_at, :updated_at)"));
    }
    bindCustomer(query, customer);
    query.bindValue(QStringLiteral(":created_at"), timestamp(customer.createdAt));
    changed();
    if (!query.exec())
        return SqlError::from(query);
    const qint64 id = query.lastInsertId().toLongLong();
    if (Status status = saveConsent(id, customer.consent, true); !status)
        return status.error();
    return id;
}

Status CustomerStore::update(const Customer& customer)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE customers SET code = :code, name = :name, sort_name = :sort_name, kind = :kind,"
        " phone = :phone, search_digits = :search_digits, whatsapp = :whatsapp, email = :email,"
        " address = :address, city = :city, area = :area, customer_type = :customer_type,"
        " source = :source, salesperson = :salesperson, visit_days = :visit_days,"
        " birthday = :birthday, joined = :joined, credit_limit = :credit_limit,"
        " terms_days = :terms_days, tags = :tags, notes = :notes, bad = :bad,"
        " bad_reason = :bad_reason, bad_since = :bad_since, archived = :archived,"
        " updated_at = :updated_at WHERE id = :id"));
    bindCustomer(query, customer);
    query.bindValue(QStringLiteral(":id"), customer.id);
    changed();
    if (!query.exec())
        return SqlError::from(query);
    return saveConsent(customer.id, customer.consent);
}

Status CustomerStore::setArchived(qint64 id, bool archived, const QDateTime& at)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE customers SET archived = :archived, updated_at = :at WHERE id = :id"));
    query.bindValue(QStringLiteral(":archived"), archived ? 1 : 0);
    query.bindValue(QStringLiteral(":at"), timestamp(at));
    query.bindValue(QStringLiteral(":id"), id);
    changed();
    if (!query.exec())
        return SqlError::from(query);
    return {};
}

Result<qint64> CustomerStore::changeTag(const QList<qint64>& ids, const QString& tag, bool add,
                                        const QDateTime& at)
{
    QSqlQuery read(m_database.connection());
    read.prepare(QStringLiteral("SELECT tags FROM customers WHERE id = ?"));
    QSqlQuery write(m_database.connection());
    write.prepare(QStringLiteral("UPDATE customers SET tags = ?, updated_at = ? WHERE id = ?"));
    const QString separator = QStringLiteral(", ");
    const QString stamp = timestamp(at);
    qint64 changedRows = 0;
    for (qint64 id : ids) {
        read.addBindValue(id);
        if (!read.exec())
            return SqlError::from(read);
        if (!read.next())
            continue;
        const QString stored = read.value(0).toString();
        read.finish();
        QStringList tags = stored.isEmpty() ? QStringList() : stored.split(separator);
        const auto has = [&](const QString& candidate) {
            return candidate.compare(tag, Qt::CaseInsensitive) == 0;
        };
        const bool present = std::any_of(tags.cbegin(), tags.cend(), has);
        if (present == add)
            continue;
        if (add)
            tags.append(tag);
        else
            tags.removeIf(has);
        write.addBindValue(sql::text(tags.join(separator)));
        write.addBindValue(stamp);
        write.addBindValue(id);
        if (!write.exec())
            return SqlError::from(write);
        ++changedRows;
    }
    changed();
    return changedRows;
}

Status CustomerStore::saveConsent(qint64 id, const MarketingConsent& consent, bool isNew)
{
    for (ConsentChannel channel :
         {ConsentChannel::WhatsApp, ConsentChannel::Sms, ConsentChannel::Email}) {
        const Consent& entry = consent[channel];
        QSqlQuery query(m_database.connection());
        if (!entry.recordedAt.isValid() && isNew)
            continue;
        if (!entry.recordedAt.isValid()) {
            // Never recorded: no row (absence means no consent).
            query.prepare(QStringLiteral(
                "DELETE FROM customer_consents WHERE customer_id = :id AND channel = :channel"));
        } else {
            query.prepare(QStringLiteral(
                "INSERT INTO customer_consents (customer_id, channel, granted, recorded_at,"
                " recorded_by) VALUES (:id, :channel, :granted, :at, :by)"
                " ON CONFLICT (customer_id, channel) DO UPDATE SET granted = excluded.granted,"
                " recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by"));
            query.bindValue(QStringLiteral(":granted"), entry.granted ? 1 : 0);
            query.bindValue(QStringLiteral(":at"), timestamp(entry.recordedAt));
            query.bindValue(QStringLiteral(":by"), sql::text(entry.recordedBy));
        }
        query.bindValue(QStringLiteral(":id"), id);
        query.bindValue(QStringLiteral(":channel"), customer::channelId(channel));
        if (!query.exec())
            return SqlError::from(query);
    }
    return {};
}

Result<std::optional<Customer>> CustomerStore::find(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + customerColumns +
                  QStringLiteral(" FROM customers WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return SqlError::from(query);
    if (!query.next())
        return std::optional<Customer>();
    Customer customer = readCustomer(query);

    QSqlQuery consents(m_database.connection());
    consents.prepare(QStringLiteral("SELECT channel, granted, recorded_at, recorded_by"
                                    " FROM customer_consents WHERE customer_id = :id"));
    consents.bindValue(QStringLiteral(":id"), id);
    if (!consents.exec())
        return SqlError::from(consents);
    while (consents.next()) {
        for (ConsentChannel channel :
             {ConsentChannel::WhatsApp, ConsentChannel::Sms, ConsentChannel::Email}) {
            if (consents.value(0).toString() == customer::channelId(channel)) {
                customer.consent[channel] =
                    Consent{consents.value(1).toInt() != 0,
                            QDateTime::fromString(consents.value(2).toString(), Qt::ISODateWithMs),
                            consents.value(3).toString()};
            }
        }
    }
    return std::optional<Customer>(std::move(customer));
}

Result<std::optional<Customer>> CustomerStore::findByCode(const QString& code) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM customers WHERE code = :code"));
    query.bindValue(QStringLiteral(":code"), code);
    if (!query.exec())
        return SqlError::from(query);
    if (!query.next())
        return std::optional<Customer>();
    return find(query.value(0).toLongLong());
}

Result<QList<Customer>> CustomerStore::findByPhone(const QString& phone, qint64 exceptId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + customerColumns +
                  QStringLiteral(" FROM customers WHERE phone = :phone AND id <> :id"
                                 " ORDER BY archived, id"));
    query.bindValue(QStringLiteral(":phone"), phone);
    query.bindValue(QStringLiteral(":id"), exceptId);
    if (!query.exec())
        return SqlError::from(query);
    QList<Customer> found;
    while (query.next())
        found.append(readCustomer(query));
    return found;
}

Result<bool> CustomerStore::codeTaken(const QString& code, qint64 exceptId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM customers WHERE code = :code AND id <> :id"));
    query.bindValue(QStringLiteral(":code"), code);
    query.bindValue(QStringLiteral(":id"), exceptId);
    if (!query.exec())
        return SqlError::from(query);
    return query.next();
}

Result<QHash<QString, std::pair<qint64, int>>> CustomerStore::idsAndTermsByCode() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT code, id, terms_days FROM customers")))
        return SqlError::from(query);
    QHash<QString, std::pair<qint64, int>> codes;
    while (query.next())
        codes.insert(query.value(0).toString(),
                     {query.value(1).toLongLong(), query.value(2).toInt()});
    return codes;
}

Status CustomerStore::forEach(const std::function<void(const Customer&)>& visit) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + customerColumns +
                    QStringLiteral(" FROM customers ORDER BY code")))
        return SqlError::from(query);
    while (query.next())
        visit(readCustomer(query));
    return {};
}

void CustomerStore::changed()
{
    m_list.changed();
}

Result<QList<CustomerRow>> CustomerStore::page(const CustomerFilter& filter, CustomerSort sort,
                                               const PageRequest& request) const
{
    return m_list.page(filter, sort, request);
}

Result<qint64> CustomerStore::count(const CustomerFilter& filter) const
{
    return m_list.count(filter);
}

} // namespace setia
