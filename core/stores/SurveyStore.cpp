#include "stores/SurveyStore.h"

#include "db/Database.h"
#include "db/SqlError.h"
#include "db/SqlRows.h"
#include "db/SqlValue.h"

#include <QSqlQuery>
#include <QVariant>

namespace setia {
namespace {

const QString responseColumns =
    QStringLiteral("r.id, r.responded_at, r.customer_id, r.channel, r.nps, r.csat, r.comment,"
                   " r.staff, r.sale_id, r.follow_up_id, r.created_at");

QVariant optionalScore(int score)
{
    return score != SurveyResponse::noScore ? QVariant(score) : QVariant(QMetaType(QMetaType::Int));
}

SurveyResponse readResponse(const SqlRow& row)
{
    SurveyResponse r;
    r.id = row.integer("id");
    r.at = row.dateTime("responded_at");
    r.customerId = row.integer("customer_id");
    r.channel = survey::channelFromId(row.text("channel")).value_or(SurveyChannel::Counter);
    const QVariant nps = row.value("nps");
    r.nps = nps.isNull() ? SurveyResponse::noScore : nps.toInt();
    const QVariant csat = row.value("csat");
    r.csat = csat.isNull() ? SurveyResponse::noScore : csat.toInt();
    r.comment = row.text("comment");
    r.staff = row.text("staff");
    r.saleId = row.integer("sale_id");
    r.followUpId = row.integer("follow_up_id");
    r.createdAt = row.dateTime("created_at");
    return r;
}

Result<QList<SurveyResponse>> readResponses(QSqlQuery& q)
{
    if (!q.exec())
        return SqlError::from(q);
    QList<SurveyResponse> found;
    if (Status read =
            sql::forEachRow(q, [&](const SqlRow& row) { found.append(readResponse(row)); });
        !read)
        return read.error();
    return found;
}

} // namespace

SurveyStore::SurveyStore(Database& database)
    : m_database(database)
{}

Result<qint64> SurveyStore::insert(const SurveyResponse& r)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO survey_responses (responded_at, customer_id, channel,"
                             " nps, csat, comment, staff, sale_id, follow_up_id, created_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(sql::timestamp(r.at));
    q.addBindValue(sql::optionalId(r.customerId));
    q.addBindValue(survey::channelId(r.channel));
    q.addBindValue(optionalScore(r.nps));
    q.addBindValue(optionalScore(r.csat));
    q.addBindValue(sql::text(r.comment));
    q.addBindValue(sql::text(r.staff));
    q.addBindValue(sql::optionalId(r.saleId));
    q.addBindValue(sql::optionalId(r.followUpId));
    q.addBindValue(sql::timestamp(r.createdAt));
    if (!q.exec())
        return SqlError::from(q);
    return q.lastInsertId().toLongLong();
}

Status SurveyStore::setFollowUp(qint64 responseId, qint64 followUpId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE survey_responses SET follow_up_id = ? WHERE id = ?"));
    q.addBindValue(followUpId);
    q.addBindValue(responseId);
    if (!q.exec())
        return SqlError::from(q);
    return {};
}

Result<QList<SurveyResponse>> SurveyStore::between(const QDate& from, const QDate& to) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + responseColumns +
              QStringLiteral(" FROM survey_responses r WHERE r.responded_at >= ?"
                             " AND r.responded_at < ? ORDER BY r.responded_at, r.id"));
    q.addBindValue(sql::date(from));
    q.addBindValue(sql::date(to.addDays(1)));
    return readResponses(q);
}

Result<QList<SurveyResponse>> SurveyStore::forCustomer(qint64 customerId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + responseColumns +
              QStringLiteral(" FROM survey_responses r WHERE r.customer_id = ?"
                             " ORDER BY r.responded_at DESC, r.id DESC"));
    q.addBindValue(customerId);
    return readResponses(q);
}

Result<std::optional<qint64>> SurveyStore::saleCustomer(qint64 saleId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT coalesce(customer_id, 0) AS customer_id FROM sales WHERE id = ?"));
    q.addBindValue(saleId);
    if (!q.exec())
        return SqlError::from(q);
    std::optional<qint64> customer;
    auto read = sql::firstRow(q, [&](const SqlRow& row) { customer = row.integer("customer_id"); });
    if (!read)
        return read.error();
    return customer;
}

Status SurveyStore::forEach(
    const std::function<void(const SurveyResponse&, const QString&, const QString&)>& visit) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + responseColumns +
              QStringLiteral(", c.code, s.receipt FROM survey_responses r"
                             " LEFT JOIN customers c ON c.id = r.customer_id"
                             " LEFT JOIN sales s ON s.id = r.sale_id"
                             " ORDER BY r.responded_at, r.id"));
    if (!q.exec())
        return SqlError::from(q);
    return sql::forEachRow(q, [&](const SqlRow& row) {
        visit(readResponse(row), row.text("code"), row.text("receipt"));
    });
}

} // namespace setia
