#include "stores/CustomerStore.h"

#include "db/Database.h"
#include "db/SqlError.h"
#include "db/SqlRows.h"
#include "db/SqlValue.h"
#include "domain/PhoneNumber.h"
#include "stores/CustomerEndings.h"
#include "stores/CustomerSearchIndex.h"

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
    " bad_reason, bad_since, archived, created_at, updated_at, contact_interval");

// The archived column: 0 active, 1 archived, 2 merged into another customer (schema 8).
constexpr qint64 merged = 2;

void bindCustomer(QSqlQuery& query, const Customer& c)
{
    query.bindValue(QStringLiteral(":code"), sql::text(c.code));
    query.bindValue(QStringLiteral(":name"), sql::text(c.name));
    query.bindValue(QStringLiteral(":sort_name"), c.name.toCaseFolded());
    query.bindValue(QStringLiteral(":kind"), customer::kindId(c.kind));
    query.bindValue(QStringLiteral(":phone"), sql::text(c.phone));
    query.bindValue(QStringLiteral(":search_digits"),
                    sql::text(PhoneNumber::searchDigits(c.phone)));
    query.bindValue(QStringLiteral(":phone_reversed"), customerEndings::phoneKey(c.phone));
    query.bindValue(QStringLiteral(":code_reversed"), customerEndings::codeKey(c.code));
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
    query.bindValue(QStringLiteral(":contact_interval"), c.contactInterval > 0
                                                             ? QVariant(c.contactInterval)
                                                             : QVariant(QMetaType(QMetaType::Int)));
    query.bindValue(QStringLiteral(":updated_at"), sql::timestamp(c.updatedAt));
}

Customer readCustomer(const SqlRow& row)
{
    Customer c;
    c.id = row.integer("id");
    c.code = row.text("code");
    c.name = row.text("name");
    c.kind = customer::kindFromId(row.text("kind"));
    c.phone = row.text("phone");
    c.whatsApp = row.flag("whatsapp");
    c.email = row.text("email");
    c.address = row.text("address");
    c.city = row.text("city");
    c.area = row.text("area");
    c.type = row.text("customer_type");
    c.source = customer::sourceFromId(row.text("source")).value_or(AcquisitionSource::Other);
    c.salesperson = row.text("salesperson");
    c.visitDays = VisitDays::fromMask(int(row.integer("visit_days")));
    c.birthday = row.date("birthday");
    c.joined = row.date("joined");
    c.creditLimit = row.integer("credit_limit");
    c.termsDays = int(row.integer("terms_days"));
    const QString tags = row.text("tags");
    c.tags = tags.isEmpty() ? QStringList() : tags.split(QStringLiteral(", "));
    c.notes = row.text("notes");
    c.bad = row.flag("bad");
    c.badReason = row.text("bad_reason");
    c.badSince = row.date("bad_since");
    c.archived = row.flag("archived");
    c.merged = row.integer("archived") == merged;
    c.contactInterval = int(row.integer("contact_interval"));
    c.createdAt = row.dateTime("created_at");
    c.updatedAt = row.dateTime("updated_at");
    return c;
}

// The customers an executed query selects with customerColumns.
Result<QList<Customer>> readCustomers(QSqlQuery& query)
{
    QList<Customer> found;
    if (Status read =
            sql::forEachRow(query, [&](const SqlRow& row) { found.append(readCustomer(row)); });
        !read)
        return read.error();
    return found;
}

} // namespace

CustomerStore::CustomerStore(Database& database)
    : m_database(database)
    , m_list(database)
{}

CustomerStore::~CustomerStore() = default;

Result<std::unique_ptr<SqlDialect::Suspension>> CustomerStore::suspendSearchIndex()
{
    changed();
    QSqlDatabase db = m_database.connection();
    return m_database.dialect().suspendTextIndexes(
        db, QStringLiteral("customers"), {customerSearch::words(), customerSearch::digits()});
}

Result<qint64> CustomerStore::insert(const Customer& customer)
{
    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(m_database.connection());
        m_insert->prepare(QStringLiteral(
            "INSERT INTO customers (code, name, sort_name, kind, phone, search_digits,"
            " phone_reversed, code_reversed, whatsapp, email, address, city, area, customer_type,"
            " source, salesperson, visit_days, birthday, joined, credit_limit, terms_days, tags,"
            " notes, bad, bad_reason, bad_since, archived, created_at, updated_at, "
            "contact_interval)"
            " VALUES (:code,"
            " :name, :sort_name, :kind, :phone, :search_digits, :phone_reversed, :code_reversed,"
            " :whatsapp, :email, :address, :city, :area, :customer_type, :source,"
            " :salesperson, :visit_days, :birthday, :joined, :credit_limit, :terms_days, :tags,"
            " :notes, :bad, :bad_reason, :bad_since, :archived, :created_at, :updated_at,"
            " :contact_interval)"));
    }
    QSqlQuery& query = *m_insert;
    bindCustomer(query, customer);
    query.bindValue(QStringLiteral(":created_at"), sql::timestamp(customer.createdAt));
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
        " phone = :phone, search_digits = :search_digits, phone_reversed = :phone_reversed,"
        " code_reversed = :code_reversed, whatsapp = :whatsapp, email = :email,"
        " address = :address, city = :city, area = :area, customer_type = :customer_type,"
        " source = :source, salesperson = :salesperson, visit_days = :visit_days,"
        " birthday = :birthday, joined = :joined, credit_limit = :credit_limit,"
        " terms_days = :terms_days, tags = :tags, notes = :notes, bad = :bad,"
        " bad_reason = :bad_reason, bad_since = :bad_since, archived = :archived,"
        " contact_interval = :contact_interval, updated_at = :updated_at WHERE id = :id"));
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
    query.bindValue(QStringLiteral(":at"), sql::timestamp(at));
    query.bindValue(QStringLiteral(":id"), id);
    changed();
    if (!query.exec())
        return SqlError::from(query);
    return {};
}

Status CustomerStore::setSalesperson(qint64 id, const QString& salesperson, const QDateTime& at)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE customers SET salesperson = :salesperson, updated_at = :at WHERE id = :id"));
    query.bindValue(QStringLiteral(":salesperson"), sql::text(salesperson));
    query.bindValue(QStringLiteral(":at"), sql::timestamp(at));
    query.bindValue(QStringLiteral(":id"), id);
    changed();
    if (!query.exec())
        return SqlError::from(query);
    return {};
}

Status CustomerStore::hideMerged(qint64 id, const QDateTime& at)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE customers SET archived = :merged, updated_at = :at"
                                 " WHERE id = :id"));
    query.bindValue(QStringLiteral(":merged"), merged);
    query.bindValue(QStringLiteral(":at"), sql::timestamp(at));
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
    const QString stamp = sql::timestamp(at);
    qint64 changedRows = 0;
    for (qint64 id : ids) {
        read.addBindValue(id);
        if (!read.exec())
            return SqlError::from(read);
        QString stored;
        auto found = sql::firstRow(read, [&](const SqlRow& row) { stored = row.text("tags"); });
        if (!found)
            return found.error();
        if (!*found)
            continue;
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
            query.prepare(
                QStringLiteral("DELETE FROM customer_consents WHERE customer_id = :customer_id"
                               " AND channel = :channel"));
        } else {
            query.prepare(m_database.dialect().upsert(
                QStringLiteral("customer_consents"),
                {QStringLiteral("customer_id"), QStringLiteral("channel"),
                 QStringLiteral("granted"), QStringLiteral("recorded_at"),
                 QStringLiteral("recorded_by")},
                {QStringLiteral("customer_id"), QStringLiteral("channel")},
                QStringLiteral("granted = excluded.granted, recorded_at = excluded.recorded_at,"
                               " recorded_by = excluded.recorded_by")));
            query.bindValue(QStringLiteral(":granted"), entry.granted ? 1 : 0);
            query.bindValue(QStringLiteral(":recorded_at"), sql::timestamp(entry.recordedAt));
            query.bindValue(QStringLiteral(":recorded_by"), sql::text(entry.recordedBy));
        }
        query.bindValue(QStringLiteral(":customer_id"), id);
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
    auto found = readCustomers(query);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Customer>();
    Customer customer = found->takeFirst();

    QSqlQuery consents(m_database.connection());
    consents.prepare(QStringLiteral("SELECT channel, granted, recorded_at, recorded_by"
                                    " FROM customer_consents WHERE customer_id = :id"));
    consents.bindValue(QStringLiteral(":id"), id);
    if (!consents.exec())
        return SqlError::from(consents);
    if (Status read = sql::forEachRow(
            consents,
            [&](const SqlRow& row) {
                for (ConsentChannel channel :
                     {ConsentChannel::WhatsApp, ConsentChannel::Sms, ConsentChannel::Email}) {
                    if (row.text("channel") == customer::channelId(channel))
                        customer.consent[channel] =
                            Consent{row.flag("granted"), row.dateTime("recorded_at"),
                                    row.text("recorded_by")};
                }
            });
        !read)
        return read.error();
    return std::optional<Customer>(std::move(customer));
}

Result<std::optional<Customer>> CustomerStore::findByCode(const QString& code) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM customers WHERE code = :code"));
    query.bindValue(QStringLiteral(":code"), code);
    if (!query.exec())
        return SqlError::from(query);
    qint64 id = 0;
    auto found = sql::firstRow(query, [&](const SqlRow& row) { id = row.integer("id"); });
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<Customer>();
    return find(id);
}

Result<QList<Customer>> CustomerStore::findByPhone(const QString& phone, qint64 exceptId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + customerColumns +
                  QStringLiteral(" FROM customers WHERE phone = :phone AND id <> :id"
                                 " AND archived <> 2 ORDER BY archived, id"));
    query.bindValue(QStringLiteral(":phone"), phone);
    query.bindValue(QStringLiteral(":id"), exceptId);
    if (!query.exec())
        return SqlError::from(query);
    return readCustomers(query);
}

Result<bool> CustomerStore::codeTaken(const QString& code, qint64 exceptId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM customers WHERE code = :code AND id <> :id"));
    query.bindValue(QStringLiteral(":code"), code);
    query.bindValue(QStringLiteral(":id"), exceptId);
    if (!query.exec())
        return SqlError::from(query);
    return sql::nextRow(query);
}

Result<QHash<qint64, int>> CustomerStore::termsOf(const QList<qint64>& ids) const
{
    QHash<qint64, int> terms;
    terms.reserve(ids.size());
    // The ids are integers, listed in the SQL as they are, a thousand per statement.
    constexpr qsizetype batch = 1000;
    for (qsizetype from = 0; from < ids.size(); from += batch) {
        QStringList list;
        for (qsizetype i = from; i < std::min(ids.size(), from + batch); ++i)
            list.append(QString::number(ids.at(i)));
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT id, terms_days FROM customers WHERE id IN (%1)")
                            .arg(list.join(QLatin1Char(',')))))
            return SqlError::from(query);
        if (Status read = sql::forEachRow(query,
                                          [&](const SqlRow& row) {
                                              terms.insert(row.integer("id"),
                                                           int(row.integer("terms_days")));
                                          });
            !read)
            return read.error();
    }
    return terms;
}

Result<QHash<QString, std::pair<qint64, int>>> CustomerStore::idsAndTermsByCode() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT code, id, terms_days FROM customers WHERE archived <> 2")))
        return SqlError::from(query);
    QHash<QString, std::pair<qint64, int>> codes;
    if (Status read = sql::forEachRow(
            query,
            [&](const SqlRow& row) {
                codes.insert(row.text("code"), {row.integer("id"), int(row.integer("terms_days"))});
            });
        !read)
        return read.error();
    return codes;
}

Status CustomerStore::forEach(const std::function<void(const Customer&)>& visit) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + customerColumns +
                    QStringLiteral(" FROM customers WHERE archived <> 2 ORDER BY code")))
        return SqlError::from(query);
    return sql::forEachRow(query, [&](const SqlRow& row) { visit(readCustomer(row)); });
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
