#include "stores/BusinessRuleStore.h"

#include "db/Database.h"
#include "db/SqlDialect.h"
#include "db/SqlError.h"
#include "db/SqlRows.h"
#include "db/SqlValue.h"
#include "domain/IsoTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace setia {
namespace {

const QString ruleColumns =
    QStringLiteral("SELECT id, name, enabled, condition, action, salespeople, task, due_days,"
                   " staff, include_current, started FROM business_rules");

const QString firingColumns = QStringLiteral(
    "SELECT f.id, f.rule_id, r.name AS rule_name, f.customer_id, c.code, c.name AS customer_name,"
    " f.fired_at, f.as_of, f.why, f.what, f.follow_up_id FROM rule_firings f"
    " JOIN business_rules r ON r.id = f.rule_id JOIN customers c ON c.id = f.customer_id");

QString namesJson(const QStringList& names)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact));
}

QStringList namesFromJson(const QString& json)
{
    QStringList names;
    for (const QJsonValue& value : QJsonDocument::fromJson(json.toUtf8()).array())
        names.append(value.toString());
    return names;
}

// The rules an executed query selects; a row whose condition or action no longer reads is
// left out.
Result<QList<BusinessRule>> readRules(QSqlQuery& q)
{
    QList<BusinessRule> rules;
    if (Status read =
            sql::forEachRow(q,
                            [&](const SqlRow& row) {
                                const auto when = segmentRule::fromJson(row.text("condition"));
                                const auto action = businessRule::actionFromId(row.text("action"));
                                if (!when || !action)
                                    return;
                                BusinessRule rule;
                                rule.id = row.integer("id");
                                rule.name = row.text("name");
                                rule.enabled = row.flag("enabled");
                                rule.when = *when;
                                rule.action = *action;
                                rule.salespeople = namesFromJson(row.text("salespeople"));
                                rule.task = row.text("task");
                                rule.dueInDays = int(row.integer("due_days"));
                                rule.staff = row.text("staff");
                                rule.includeCurrent = row.flag("include_current");
                                rule.started = row.flag("started");
                                rules.append(rule);
                            });
        !read)
        return read.error();
    return rules;
}

Result<QList<RuleFiring>> readFirings(QSqlQuery& q)
{
    QList<RuleFiring> firings;
    if (Status read = sql::forEachRow(q,
                                      [&](const SqlRow& row) {
                                          RuleFiring f;
                                          f.id = row.integer("id");
                                          f.ruleId = row.integer("rule_id");
                                          f.ruleName = row.text("rule_name");
                                          f.customerId = row.integer("customer_id");
                                          f.customerCode = row.text("code");
                                          f.customerName = row.text("customer_name");
                                          f.firedAt = row.dateTime("fired_at");
                                          f.asOf = row.date("as_of");
                                          f.why = row.text("why");
                                          f.what = row.text("what");
                                          f.followUpId = row.integer("follow_up_id");
                                          firings.append(f);
                                      });
        !read)
        return read.error();
    return firings;
}

// What insert() and update() write, in their columns' order: name … include_current.
void bindRule(QSqlQuery& q, const BusinessRule& rule)
{
    q.addBindValue(sql::text(rule.name));
    q.addBindValue(rule.enabled ? 1 : 0);
    q.addBindValue(segmentRule::toJson(rule.when));
    q.addBindValue(businessRule::actionId(rule.action));
    q.addBindValue(namesJson(rule.salespeople));
    q.addBindValue(sql::text(rule.task));
    q.addBindValue(rule.dueInDays);
    q.addBindValue(sql::text(rule.staff));
    q.addBindValue(rule.includeCurrent ? 1 : 0);
}

Status exec(QSqlQuery& q)
{
    if (!q.exec())
        return SqlError::from(q);
    return {};
}

} // namespace

BusinessRuleStore::BusinessRuleStore(Database& database)
    : m_database(database)
{}

Result<QList<BusinessRule>> BusinessRuleStore::all() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(ruleColumns + QStringLiteral(" ORDER BY ") +
                m_database.dialect().ignoringCase(QStringLiteral("name")) + QStringLiteral(", id")))
        return SqlError::from(q);
    return readRules(q);
}

Result<std::optional<BusinessRule>> BusinessRuleStore::find(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(ruleColumns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return SqlError::from(q);
    auto found = readRules(q);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<BusinessRule>();
    return std::optional<BusinessRule>(found->first());
}

Result<std::optional<qint64>> BusinessRuleStore::idOfName(const QString& name,
                                                          qint64 exceptId) const
{
    const SqlDialect& dialect = m_database.dialect();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id FROM business_rules WHERE ") +
              dialect.ignoringCase(QStringLiteral("name")) + QStringLiteral(" = ") +
              dialect.ignoringCase(QStringLiteral("?")) + QStringLiteral(" AND id <> ?"));
    q.addBindValue(name);
    q.addBindValue(exceptId);
    if (!q.exec())
        return SqlError::from(q);
    qint64 id = 0;
    auto found = sql::firstRow(q, [&](const SqlRow& row) { id = row.integer("id"); });
    if (!found)
        return found.error();
    return *found ? std::optional<qint64>(id) : std::nullopt;
}

Result<qint64> BusinessRuleStore::insert(const BusinessRule& rule, const QDateTime& now)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO business_rules (name, enabled, condition, action, salespeople, task,"
        " due_days, staff, include_current, started, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"));
    bindRule(q, rule);
    q.addBindValue(isoTime::dateTimeMs(now));
    q.addBindValue(isoTime::dateTimeMs(now));
    if (!q.exec())
        return SqlError::from(q);
    return q.lastInsertId().toLongLong();
}

Status BusinessRuleStore::update(const BusinessRule& rule, const QDateTime& now)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "UPDATE business_rules SET name = ?, enabled = ?, condition = ?, action = ?,"
        " salespeople = ?, task = ?, due_days = ?, staff = ?, include_current = ?, updated_at = ?"
        " WHERE id = ?"));
    bindRule(q, rule);
    q.addBindValue(isoTime::dateTimeMs(now));
    q.addBindValue(rule.id);
    return exec(q);
}

Status BusinessRuleStore::markStarted(qint64 id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE business_rules SET started = 1 WHERE id = ?"));
    q.addBindValue(id);
    return exec(q);
}

Status BusinessRuleStore::remove(qint64 id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM rule_matches WHERE rule_id = ?"));
    q.addBindValue(id);
    if (Status done = exec(q); !done)
        return done;
    q.prepare(QStringLiteral("DELETE FROM business_rules WHERE id = ?"));
    q.addBindValue(id);
    return exec(q);
}

Result<QSet<qint64>> BusinessRuleStore::matches(qint64 ruleId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT customer_id FROM rule_matches WHERE rule_id = ?"));
    q.addBindValue(ruleId);
    if (!q.exec())
        return SqlError::from(q);
    QSet<qint64> ids;
    if (Status read =
            sql::forEachRow(q, [&](const SqlRow& row) { ids.insert(row.integer("customer_id")); });
        !read)
        return read.error();
    return ids;
}

Status BusinessRuleStore::addMatches(qint64 ruleId, const QList<qint64>& customerIds,
                                     const QDate& since)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO rule_matches (rule_id, customer_id, since)"
                             " VALUES (?, ?, ?)"));
    const QString day = isoTime::date(since);
    for (qint64 id : customerIds) {
        q.addBindValue(ruleId);
        q.addBindValue(id);
        q.addBindValue(day);
        if (Status done = exec(q); !done)
            return done;
    }
    return {};
}

Status BusinessRuleStore::dropMatches(qint64 ruleId, const QList<qint64>& customerIds)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM rule_matches WHERE rule_id = ? AND customer_id = ?"));
    for (qint64 id : customerIds) {
        q.addBindValue(ruleId);
        q.addBindValue(id);
        if (Status done = exec(q); !done)
            return done;
    }
    return {};
}

Result<qint64> BusinessRuleStore::addFiring(const RuleFiring& firing)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO rule_firings (rule_id, customer_id, fired_at, as_of,"
                             " why, what, follow_up_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(firing.ruleId);
    q.addBindValue(firing.customerId);
    q.addBindValue(isoTime::dateTimeMs(firing.firedAt));
    q.addBindValue(isoTime::date(firing.asOf));
    q.addBindValue(sql::text(firing.why));
    q.addBindValue(sql::text(firing.what));
    q.addBindValue(firing.followUpId > 0 ? QVariant(firing.followUpId)
                                         : QVariant(QMetaType(QMetaType::LongLong)));
    if (!q.exec())
        return SqlError::from(q);
    return q.lastInsertId().toLongLong();
}

Result<qint64> BusinessRuleStore::firingCount(qint64 ruleId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM rule_firings WHERE rule_id = ?"));
    q.addBindValue(ruleId);
    return sql::scalar(q);
}

Result<QList<RuleFiring>> BusinessRuleStore::firings(int limit) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(firingColumns + QStringLiteral(" ORDER BY f.fired_at DESC, f.id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return SqlError::from(q);
    return readFirings(q);
}

Result<QList<RuleFiring>> BusinessRuleStore::firingsOf(qint64 customerId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(firingColumns + QStringLiteral(" WHERE f.customer_id = ? ORDER BY f.fired_at, f.id"));
    q.addBindValue(customerId);
    if (!q.exec())
        return SqlError::from(q);
    return readFirings(q);
}

} // namespace setia
