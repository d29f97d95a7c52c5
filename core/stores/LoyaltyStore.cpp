#include "stores/LoyaltyStore.h"

#include "db/Database.h"
#include "db/SqlDialect.h"
#include "db/SqlError.h"
#include "db/SqlRows.h"
#include "db/Statement.h"
#include "domain/IsoTime.h"

#include <QSqlQuery>
#include <QVariant>

namespace setia {

LoyaltyStore::LoyaltyStore(Database& database)
    : m_database(database)
{}

LoyaltyStore::~LoyaltyStore() = default;

Result<qint64> LoyaltyStore::insert(const LoyaltyEntry& entry)
{
    if (!m_insert) {
        auto prepared = m_database.dialect().prepare(
            m_database.connection(),
            QStringLiteral(
                "INSERT INTO loyalty_entries (customer_id, entry_date, kind, points,"
                " sale_id, reason, created_at, rupiah) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!prepared)
            return prepared.error();
        m_insert = std::move(prepared).value();
    }
    Statement& q = *m_insert;
    q.bind(1, entry.customerId);
    q.bind(2, isoTime::date(entry.date));
    q.bind(3, loyalty::kindId(entry.kind));
    q.bind(4, entry.points);
    if (entry.saleId > 0)
        q.bind(5, entry.saleId);
    else
        q.bindNull(5);
    q.bind(6, entry.reason);
    q.bind(7, isoTime::dateTimeMs(entry.createdAt));
    q.bind(8, entry.rupiah);
    return q.insert();
}

Result<qint64> LoyaltyStore::balance(qint64 customerId, const QDate& asOf) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT coalesce(sum(points), 0) FROM loyalty_entries"
                             " WHERE customer_id = ? AND entry_date <= ?"));
    q.addBindValue(customerId);
    q.addBindValue(asOf.toString(Qt::ISODate));
    return sql::scalar(q);
}

Result<qint64> LoyaltyStore::pointsForSale(qint64 saleId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT coalesce(sum(points), 0) FROM loyalty_entries WHERE sale_id = ?"));
    q.addBindValue(saleId);
    return sql::scalar(q);
}

Result<QList<LoyaltyEntry>> LoyaltyStore::entries(qint64 customerId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, entry_date, kind, points, sale_id, reason, created_at,"
                             " rupiah FROM loyalty_entries WHERE customer_id = ?"
                             " ORDER BY entry_date, id"));
    q.addBindValue(customerId);
    if (!q.exec())
        return SqlError::from(q);
    QList<LoyaltyEntry> entries;
    if (Status read = sql::forEachRow(
            q,
            [&](const SqlRow& row) {
                LoyaltyEntry entry;
                entry.id = row.integer("id");
                entry.customerId = customerId;
                entry.date = row.date("entry_date");
                entry.kind =
                    loyalty::kindFromId(row.text("kind")).value_or(LoyaltyEntryKind::Adjust);
                entry.points = row.integer("points");
                entry.saleId = row.integer("sale_id");
                entry.reason = row.text("reason");
                entry.createdAt = row.dateTime("created_at");
                entry.rupiah = row.integer("rupiah");
                entries.append(entry);
            });
        !read)
        return read.error();
    return entries;
}

} // namespace setia
