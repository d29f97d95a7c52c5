#include "stores/CampaignStore.h"

#include "db/Database.h"
#include "db/SqlError.h"
#include "db/SqlRows.h"
#include "db/SqlValue.h"

#include <QSqlQuery>
#include <QVariant>

namespace setia {
namespace {

const QString campaignColumns = QStringLiteral(
    "SELECT id, code, name, goal, audience, channel, message, offer, start_date, window_days,"
    " holdout_ppm, message_cost, voucher_cost, print_cost, created_at, created_by, launched_at"
    " FROM campaigns");

Campaign readCampaign(const SqlRow& row)
{
    Campaign c;
    c.id = row.integer("id");
    c.code = row.text("code");
    c.name = row.text("name");
    c.goal = row.text("goal");
    c.audience = row.text("audience");
    c.channel = campaign::channelFromId(row.text("channel")).value_or(CampaignChannel::WhatsApp);
    c.message = row.text("message");
    c.offer = row.text("offer");
    c.start = row.date("start_date");
    c.windowDays = int(row.integer("window_days"));
    c.holdoutPpm = int(row.integer("holdout_ppm"));
    c.messageCost = row.integer("message_cost");
    c.voucherCost = row.integer("voucher_cost");
    c.printCost = row.integer("print_cost");
    c.createdAt = row.dateTime("created_at");
    c.createdBy = row.text("created_by");
    c.launchedAt = row.dateTime("launched_at");
    return c;
}

Result<std::optional<Campaign>> readOne(QSqlQuery& q)
{
    if (!q.exec())
        return SqlError::from(q);
    std::optional<Campaign> found;
    auto read = sql::firstRow(q, [&](const SqlRow& row) { found = readCampaign(row); });
    if (!read)
        return read.error();
    return found;
}

Status execute(QSqlQuery& q)
{
    if (!q.exec())
        return SqlError::from(q);
    return {};
}

} // namespace

CampaignStore::CampaignStore(Database& database)
    : m_database(database)
{}

Result<qint64> CampaignStore::insert(const Campaign& c)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO campaigns (code, name, goal, audience, channel, message, offer, start_date,"
        " window_days, holdout_ppm, message_cost, voucher_cost, print_cost, created_at,"
        " created_by, launched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(sql::text(c.code));
    q.addBindValue(sql::text(c.name));
    q.addBindValue(sql::text(c.goal));
    q.addBindValue(sql::text(c.audience));
    q.addBindValue(campaign::channelId(c.channel));
    q.addBindValue(sql::text(c.message));
    q.addBindValue(sql::text(c.offer));
    q.addBindValue(sql::date(c.start));
    q.addBindValue(c.windowDays);
    q.addBindValue(c.holdoutPpm);
    q.addBindValue(c.messageCost);
    q.addBindValue(c.voucherCost);
    q.addBindValue(c.printCost);
    q.addBindValue(sql::timestamp(c.createdAt));
    q.addBindValue(sql::text(c.createdBy));
    q.addBindValue(sql::optionalTimestamp(c.launchedAt));
    if (!q.exec())
        return SqlError::from(q);
    return q.lastInsertId().toLongLong();
}

Status CampaignStore::update(const Campaign& c)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE campaigns SET name = ?, goal = ?, message = ?, offer = ?,"
                             " message_cost = ?, voucher_cost = ?, print_cost = ? WHERE id = ?"));
    q.addBindValue(sql::text(c.name));
    q.addBindValue(sql::text(c.goal));
    q.addBindValue(sql::text(c.message));
    q.addBindValue(sql::text(c.offer));
    q.addBindValue(c.messageCost);
    q.addBindValue(c.voucherCost);
    q.addBindValue(c.printCost);
    q.addBindValue(c.id);
    return execute(q);
}

Status CampaignStore::setLaunched(qint64 campaignId, const QDateTime& at)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE campaigns SET launched_at = ? WHERE id = ?"));
    q.addBindValue(sql::timestamp(at));
    q.addBindValue(campaignId);
    return execute(q);
}

Status CampaignStore::remove(qint64 campaignId)
{
    for (const QString& statement : {QStringLiteral("DELETE FROM campaign_members"
                                                    " WHERE campaign_id = ?"),
                                     QStringLiteral("DELETE FROM campaigns WHERE id = ?")}) {
        QSqlQuery q(m_database.connection());
        q.prepare(statement);
        q.addBindValue(campaignId);
        if (Status done = execute(q); !done)
            return done;
    }
    return {};
}

Status CampaignStore::insertMember(const CampaignMember& m)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO campaign_members (campaign_id, customer_id, arm, code,"
                             " name, phone, address, lifecycle, tier, rfm_segment, offer, sent_at,"
                             " call_result) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(m.campaignId);
    q.addBindValue(m.customerId);
    q.addBindValue(campaign::groupId(m.group));
    q.addBindValue(sql::text(m.code));
    q.addBindValue(sql::text(m.name));
    q.addBindValue(sql::text(m.phone));
    q.addBindValue(sql::text(m.address));
    q.addBindValue(sql::text(m.lifecycle));
    q.addBindValue(sql::text(m.tier));
    q.addBindValue(sql::text(m.rfmSegment));
    q.addBindValue(sql::text(m.offer));
    q.addBindValue(sql::optionalTimestamp(m.sentAt));
    q.addBindValue(sql::text(m.callResult));
    return execute(q);
}

Result<bool> CampaignStore::setSent(qint64 campaignId, qint64 customerId, const QDateTime& at)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE campaign_members SET sent_at = ?"
                             " WHERE campaign_id = ? AND customer_id = ? AND sent_at IS NULL"));
    q.addBindValue(sql::timestamp(at));
    q.addBindValue(campaignId);
    q.addBindValue(customerId);
    if (!q.exec())
        return SqlError::from(q);
    return q.numRowsAffected() > 0;
}

Result<bool> CampaignStore::setCallResult(qint64 campaignId, qint64 customerId,
                                          const QString& result, const QDateTime& at)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE campaign_members SET call_result = ?,"
                             " sent_at = coalesce(sent_at, ?)"
                             " WHERE campaign_id = ? AND customer_id = ?"));
    q.addBindValue(sql::text(result));
    q.addBindValue(sql::timestamp(at));
    q.addBindValue(campaignId);
    q.addBindValue(customerId);
    if (!q.exec())
        return SqlError::from(q);
    return q.numRowsAffected() > 0;
}

Result<std::optional<Campaign>> CampaignStore::find(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(campaignColumns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    return readOne(q);
}

Result<std::optional<Campaign>> CampaignStore::findByCode(const QString& code) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(campaignColumns + QStringLiteral(" WHERE code = ?"));
    q.addBindValue(code);
    return readOne(q);
}

Result<QList<Campaign>> CampaignStore::all() const
{
    QSqlQuery q(m_database.connection());
    q.prepare(campaignColumns + QStringLiteral(" ORDER BY start_date DESC, id DESC"));
    if (!q.exec())
        return SqlError::from(q);
    QList<Campaign> found;
    if (Status read =
            sql::forEachRow(q, [&](const SqlRow& row) { found.append(readCampaign(row)); });
        !read)
        return read.error();
    return found;
}

Result<QList<CampaignMember>> CampaignStore::members(qint64 campaignId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT campaign_id, customer_id, arm, code, name, phone, address,"
                             " lifecycle, tier, rfm_segment, offer, sent_at, call_result"
                             " FROM campaign_members WHERE campaign_id = ? ORDER BY code"));
    q.addBindValue(campaignId);
    if (!q.exec())
        return SqlError::from(q);
    QList<CampaignMember> found;
    if (Status read = sql::forEachRow(
            q,
            [&](const SqlRow& row) {
                CampaignMember m;
                m.campaignId = row.integer("campaign_id");
                m.customerId = row.integer("customer_id");
                m.group = campaign::groupFromId(row.text("arm")).value_or(CampaignGroup::Treatment);
                m.code = row.text("code");
                m.name = row.text("name");
                m.phone = row.text("phone");
                m.address = row.text("address");
                m.lifecycle = row.text("lifecycle");
                m.tier = row.text("tier");
                m.rfmSegment = row.text("rfm_segment");
                m.offer = row.text("offer");
                m.sentAt = row.dateTime("sent_at");
                m.callResult = row.text("call_result");
                found.append(m);
            });
        !read)
        return read.error();
    return found;
}

Result<QList<MemberSales>> CampaignStore::memberSales(qint64 campaignId, const QDate& from,
                                                      const QDate& to) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT m.customer_id AS customer_id, count(*) AS sales,"
                             " sum(s.revenue) AS revenue FROM campaign_members m"
                             " JOIN sales s ON s.customer_id = m.customer_id AND s.voided = 0"
                             "  AND s.sale_date BETWEEN ? AND ?"
                             " WHERE m.campaign_id = ? GROUP BY m.customer_id"));
    q.addBindValue(sql::date(from));
    q.addBindValue(sql::date(to));
    q.addBindValue(campaignId);
    if (!q.exec())
        return SqlError::from(q);
    QList<MemberSales> found;
    if (Status read = sql::forEachRow(q,
                                      [&](const SqlRow& row) {
                                          found.append(MemberSales{row.integer("customer_id"),
                                                                   row.integer("sales"),
                                                                   row.integer("revenue")});
                                      });
        !read)
        return read.error();
    return found;
}

Result<QHash<qint64, CampaignReach>> CampaignStore::reach() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT c.id AS id, c.phone AS phone, c.whatsapp AS whatsapp, c.address AS address,"
        " c.area AS area, c.city AS city,"
        " coalesce(max(CASE WHEN k.channel = 'whatsapp' THEN k.granted END), 0) AS wa,"
        " coalesce(max(CASE WHEN k.channel = 'sms' THEN k.granted END), 0) AS sms,"
        " coalesce(max(CASE WHEN k.channel = 'email' THEN k.granted END), 0) AS email"
        " FROM customers c LEFT JOIN customer_consents k ON k.customer_id = c.id"
        " WHERE c.archived = 0 GROUP BY c.id"));
    if (!q.exec())
        return SqlError::from(q);
    QHash<qint64, CampaignReach> found;
    if (Status read = sql::forEachRow(
            q,
            [&](const SqlRow& row) {
                CampaignReach r;
                r.phone = row.text("phone");
                r.whatsApp = row.flag("whatsapp");
                const QString street = row.text("address").trimmed();
                if (!street.isEmpty()) {
                    QStringList place;
                    for (const char* part : {"area", "city"})
                        if (QString t = row.text(part).trimmed(); !t.isEmpty())
                            place.append(t);
                    r.address = place.isEmpty()
                                    ? street
                                    : street + QLatin1Char('\n') + place.join(QStringLiteral(", "));
                }
                r.whatsAppConsent = row.flag("wa");
                r.smsConsent = row.flag("sms");
                r.emailConsent = row.flag("email");
                found.insert(row.integer("id"), r);
            });
        !read)
        return read.error();
    return found;
}

Result<QSet<qint64>> CampaignStore::buyersBetween(const QDate& from, const QDate& to) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT customer_id FROM sales WHERE voided = 0"
                             " AND customer_id IS NOT NULL AND sale_date BETWEEN ? AND ?"));
    q.addBindValue(sql::date(from));
    q.addBindValue(sql::date(to));
    if (!q.exec())
        return SqlError::from(q);
    QSet<qint64> found;
    if (Status read = sql::forEachRow(
            q, [&](const SqlRow& row) { found.insert(row.integer("customer_id")); });
        !read)
        return read.error();
    return found;
}

} // namespace setia
