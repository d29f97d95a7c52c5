#include "stores/StampStore.h"

#include "db/Database.h"
#include "db/SqlDialect.h"
#include "db/SqlError.h"
#include "db/SqlRows.h"
#include "db/SqlValue.h"
#include "domain/IsoTime.h"

#include <QSqlQuery>
#include <QVariant>

namespace setia {
namespace {

const QString cardSelect = QStringLiteral(
    "SELECT c.id, c.card_key, c.version, c.name, c.product_id, c.category, c.stamps_needed,"
    " c.reward_product_id, c.active, c.created_at, p.name AS product_name,"
    " r.name AS reward_name FROM stamp_cards c LEFT JOIN products p ON p.id = c.product_id"
    " JOIN products r ON r.id = c.reward_product_id");

StampCard readCard(const SqlRow& row)
{
    StampCard card;
    card.id = row.integer("id");
    card.cardKey = row.integer("card_key");
    card.version = int(row.integer("version"));
    card.name = row.text("name");
    card.productId = row.integer("product_id");
    card.category = row.text("category");
    card.stampsNeeded = int(row.integer("stamps_needed"));
    card.rewardProductId = row.integer("reward_product_id");
    card.active = row.flag("active");
    card.createdAt = row.dateTime("created_at");
    card.productName = row.text("product_name");
    card.rewardName = row.text("reward_name");
    return card;
}

Result<QList<StampCard>> readCards(QSqlQuery& q)
{
    QList<StampCard> cards;
    if (Status read = sql::forEachRow(q, [&](const SqlRow& row) { cards.append(readCard(row)); });
        !read)
        return read.error();
    return cards;
}

void bindRules(QSqlQuery& q, const StampCard& card)
{
    q.bindValue(QStringLiteral(":name"), sql::text(card.name));
    q.bindValue(QStringLiteral(":product"), card.productId > 0
                                                ? QVariant(card.productId)
                                                : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(QStringLiteral(":category"), card.productId > 0
                                                 ? QVariant(QMetaType(QMetaType::QString))
                                                 : sql::text(card.category));
    q.bindValue(QStringLiteral(":needed"), card.stampsNeeded);
    q.bindValue(QStringLiteral(":reward"), card.rewardProductId);
}

// From a query selecting card_id and stamps.
Result<QHash<qint64, qint64>> sumsByCard(QSqlQuery& q)
{
    if (!q.exec())
        return SqlError::from(q);
    QHash<qint64, qint64> sums;
    if (Status read = sql::forEachRow(
            q,
            [&](const SqlRow& row) { sums.insert(row.integer("card_id"), row.integer("stamps")); });
        !read)
        return read.error();
    return sums;
}

} // namespace

StampStore::StampStore(Database& database)
    : m_database(database)
{}

Result<qint64> StampStore::insertCard(const StampCard& card)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO stamp_cards (card_key, version, name, product_id, category, stamps_needed,"
        " reward_product_id, active, created_at) VALUES (:key, :version, :name, :product,"
        " :category, :needed, :reward, 1, :created)"));
    // A first version names itself: its key is set to its id just after.
    q.bindValue(QStringLiteral(":key"), card.cardKey > 0 ? card.cardKey : 0);
    q.bindValue(QStringLiteral(":version"), card.version);
    bindRules(q, card);
    q.bindValue(QStringLiteral(":created"), isoTime::dateTimeMs(card.createdAt));
    if (!q.exec())
        return SqlError::from(q);
    const qint64 id = q.lastInsertId().toLongLong();
    if (card.cardKey <= 0) {
        QSqlQuery key(m_database.connection());
        key.prepare(QStringLiteral("UPDATE stamp_cards SET card_key = id WHERE id = ?"));
        key.addBindValue(id);
        if (!key.exec())
            return SqlError::from(key);
    }
    return id;
}

Status StampStore::updateCard(const StampCard& card)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "UPDATE stamp_cards SET name = :name, product_id = :product, category = :category,"
        " stamps_needed = :needed, reward_product_id = :reward WHERE id = :id"));
    bindRules(q, card);
    q.bindValue(QStringLiteral(":id"), card.id);
    if (!q.exec())
        return SqlError::from(q);
    return {};
}

Status StampStore::setActive(qint64 cardId, bool active)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE stamp_cards SET active = ? WHERE id = ?"));
    q.addBindValue(active ? 1 : 0);
    q.addBindValue(cardId);
    if (!q.exec())
        return SqlError::from(q);
    return {};
}

Result<std::optional<StampCard>> StampStore::card(qint64 cardId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(cardSelect + QStringLiteral(" WHERE c.id = ?"));
    q.addBindValue(cardId);
    if (!q.exec())
        return SqlError::from(q);
    auto found = readCards(q);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<StampCard>();
    return std::optional<StampCard>(found->first());
}

Result<QList<StampCard>> StampStore::cards(bool activeOnly) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(cardSelect + (activeOnly ? QStringLiteral(" WHERE c.active = 1") : QString()) +
                QStringLiteral(" ORDER BY ") +
                m_database.dialect().ignoringCase(QStringLiteral("c.name")) +
                QStringLiteral(", c.card_key, c.version")))
        return SqlError::from(q);
    return readCards(q);
}

Result<qint64> StampStore::entryCount(qint64 cardId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM stamp_entries WHERE card_id = ?"));
    q.addBindValue(cardId);
    return sql::scalar(q);
}

Result<qint64> StampStore::insertEntry(const StampEntry& entry)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO stamp_entries (card_id, customer_id, entry_date, kind, stamps, sale_id,"
        " reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entry.cardId);
    q.addBindValue(entry.customerId);
    q.addBindValue(isoTime::date(entry.date));
    q.addBindValue(stamp::kindId(entry.kind));
    q.addBindValue(entry.stamps);
    q.addBindValue(entry.saleId > 0 ? QVariant(entry.saleId)
                                    : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(sql::text(entry.reason));
    q.addBindValue(isoTime::dateTimeMs(entry.createdAt));
    if (!q.exec())
        return SqlError::from(q);
    return q.lastInsertId().toLongLong();
}

Result<qint64> StampStore::stampSalesSince(const StampCard& card, const QDate& from)
{
    const QString qualifies = card.productId > 0
                                  ? QStringLiteral("l.product_id = :qualifier")
                                  : QStringLiteral("lower(trim(p.category)) = lower(:qualifier)");
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("INSERT INTO stamp_entries (card_id, customer_id, entry_date, kind, stamps,"
                       " sale_id, reason, created_at)"
                       " SELECT :card, s.customer_id, s.sale_date, 'stamp',"
                       "  sum(l.quantity_milli) / 1000, s.id, s.receipt, s.created_at"
                       " FROM sales s JOIN sale_lines l ON l.sale_id = s.id"
                       " JOIN products p ON p.id = l.product_id"
                       " WHERE s.sold_at >= :from AND s.customer_id IS NOT NULL AND s.voided = 0"
                       "  AND l.amount > 0 AND ") +
        qualifies + QStringLiteral(" GROUP BY s.id HAVING sum(l.quantity_milli) >= 1000"));
    q.bindValue(QStringLiteral(":card"), card.id);
    q.bindValue(QStringLiteral(":from"), isoTime::date(from));
    q.bindValue(QStringLiteral(":qualifier"),
                card.productId > 0 ? QVariant(card.productId) : sql::text(card.category));
    if (!q.exec())
        return SqlError::from(q);
    return q.numRowsAffected();
}

Result<QHash<qint64, qint64>> StampStore::balances(qint64 customerId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT card_id, sum(stamps) AS stamps FROM stamp_entries"
                             " WHERE customer_id = ? GROUP BY card_id"));
    q.addBindValue(customerId);
    return sumsByCard(q);
}

Result<QHash<qint64, qint64>> StampStore::stampsForSale(qint64 saleId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT card_id, sum(stamps) AS stamps FROM stamp_entries"
                             " WHERE sale_id = ? GROUP BY card_id"));
    q.addBindValue(saleId);
    return sumsByCard(q);
}

} // namespace setia
