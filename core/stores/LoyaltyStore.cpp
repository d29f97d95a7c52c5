#include "stores/LoyaltyStore.h"

#include "db/Database.h"
#include "db/SqlError.h"
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
        auto prepared = sqlite::FastStatement::prepare(
            m_database.connection(),
            QStringLiteral(
                "INSERT INTO loyalty_entries (customer_id, entry_date, kind, points,"
                " sale_id, reason, created_at, rupiah) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!prepared)
            return prepared.error();
        m_insert = std::move(prepared).value();
    }
    sqlite::FastStatement& q = *m_insert;
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
    if (!q.exec() || !q.next())
        return SqlError::from(q);
    return q.value(0).toLongLong();
}

Result<qint64> LoyaltyStore::pointsForSale(qint64 saleId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT coalesce(sum(points), 0) FROM loyalty_entries WHERE sale_id = ?"));
    q.addBindValue(saleId);
    if (!q.exec() || !q.next())
        return SqlError::from(q);
    return q.value(0).toLongLong();
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
    while (q.next()) {
        LoyaltyEntry entry;
        entry.id = q.value(0).toLongLong();
        entry.customerId = customerId;
        entry.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        entry.kind = loyalty::kindFromId(q.value(2).toString()).value_or(LoyaltyEntryKind::Adjust);
        entry.points = q.value(3).toLongLong();
        entry.saleId = q.value(4).toLongLong();
        entry.reason = q.value(5).toString();
        entry.createdAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        entry.rupiah = q.value(7).toLongLong();
        entries.append(entry);
    }
    return entries;
}

} // namespace setia
