#include "stores/CounterSearchQuery.h"

#include "db/Database.h"
#include "db/IdList.h"
#include "db/SqlDialect.h"
#include "db/SqlError.h"
#include "db/SqlRows.h"
#include "db/Statement.h"
#include "domain/IsoTime.h"
#include "stores/CustomerEndings.h"
#include "stores/CustomerSearchIndex.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace setia {
namespace {

// Most recent visit first (never last), then member code.
bool counterOrder(const CounterMatches::Row& a, const CounterMatches::Row& b)
{
    if (a.reason != b.reason)
        return a.reason < b.reason;
    if (a.lastVisit != b.lastVisit) {
        if (!a.lastVisit.isValid() || !b.lastVisit.isValid())
            return a.lastVisit.isValid();
        return a.lastVisit > b.lastVisit;
    }
    return a.code < b.code;
}

} // namespace

CounterSearchQuery::CounterSearchQuery(Database& database)
    : m_database(database)
{}

Result<QList<qint64>> CounterSearchQuery::endingWith(const char* column,
                                                     const QString& prefix) const
{
    // The keys that start with `prefix`: from it up to (not including) the prefix with its
    // last character one higher.
    QString end = prefix;
    end.back() = QChar(end.back().unicode() + 1);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM customers WHERE archived = 0 AND %1 >= :from"
                             " AND %1 < :to")
                  .arg(QLatin1String(column)));
    q.bindValue(QStringLiteral(":from"), prefix);
    q.bindValue(QStringLiteral(":to"), end);
    if (!q.exec())
        return SqlError::from(q);
    QList<qint64> ids;
    if (Status read = sql::forEachRow(q, [&](const SqlRow& row) { ids.append(row.integer("id")); });
        !read)
        return read.error();
    return ids;
}

Result<QList<CounterMatches::Row>> CounterSearchQuery::ranked(const QList<qint64>& ids) const
{
    QList<CounterMatches::Row> found;
    if (ids.isEmpty())
        return found;
    // What the order needs, for every match: through the engine's own reader, as a short
    // digit query can match hundreds of customers.
    auto prepared = m_database.dialect().prepare(
        m_database.connection(),
        QStringLiteral("SELECT c.id AS id, c.code AS code,"
                       " (SELECT max(s.sale_date) FROM sales s"
                       "  WHERE s.customer_id = c.id AND s.voided = 0) AS last_visit"
                       " FROM customers c WHERE c.id IN (") +
            sql::idList(ids) + QLatin1Char(')'));
    if (!prepared)
        return prepared.error();
    Statement& q = **prepared;
    const int id = q.column("id");
    const int code = q.column("code");
    const int lastVisit = q.column("last_visit");
    found.reserve(ids.size());
    if (Status read = q.forEach([&] {
            CounterMatches::Row row;
            row.id = q.integer(id);
            row.code = q.text(code);
            row.lastVisit = isoTime::parseDate(q.utf8(lastVisit));
            found.append(std::move(row));
        });
        !read)
        return read.error();
    return found;
}

Status CounterSearchQuery::describe(QList<CounterMatches::Row>& rows) const
{
    if (rows.isEmpty())
        return {};
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const CounterMatches::Row& row : std::as_const(rows))
        ids.append(row.id);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, phone, city FROM customers WHERE id IN (") +
                sql::idList(ids) + QLatin1Char(')')))
        return SqlError::from(q);
    QHash<qint64, qsizetype> positions;
    for (qsizetype i = 0; i < rows.size(); ++i)
        positions.insert(rows.at(i).id, i);
    return sql::forEachRow(q, [&](const SqlRow& r) {
        CounterMatches::Row& row = rows[positions.value(r.integer("id"))];
        row.name = r.text("name");
        row.phone = r.text("phone");
        row.city = r.text("city");
    });
}

Result<CounterMatches> CounterSearchQuery::byDigits(const QString& ending, const QString& anywhere,
                                                    int limit) const
{
    CounterMatches matches;
    if (ending.isEmpty())
        return matches;
    const QString prefix = customerEndings::keyPrefix(ending);
    auto phones = endingWith("phone_reversed", prefix);
    if (!phones)
        return phones.error();
    auto codes = endingWith("code_reversed", prefix);
    if (!codes)
        return codes.error();
    // Each customer under the best reason they match for: a phone ending, a code ending,
    // digits anywhere in the phone.
    QHash<qint64, CounterMatches::Reason> reasons;
    if (anywhere.size() >= 3) {
        const SqlDialect& dialect = m_database.dialect();
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        q.prepare(dialect.textMatchIds(customerSearch::digits()));
        q.bindValue(QStringLiteral(":match"), dialect.substringMatch(anywhere));
        if (!q.exec())
            return SqlError::from(q);
        if (Status read = sql::forEachRow(q,
                                          [&](const SqlRow& row) {
                                              reasons.insert(row.integer("id"),
                                                             CounterMatches::Reason::Other);
                                          });
            !read)
            return read.error();
    }
    for (qint64 id : std::as_const(*codes))
        reasons.insert(id, CounterMatches::Reason::CodeEnds);
    for (qint64 id : std::as_const(*phones))
        reasons.insert(id, CounterMatches::Reason::PhoneEnds);
    auto found = ranked(reasons.keys());
    if (!found)
        return found.error();
    matches.rows = std::move(found).value();
    for (CounterMatches::Row& row : matches.rows)
        row.reason = reasons.value(row.id);
    std::sort(matches.rows.begin(), matches.rows.end(), counterOrder);
    matches.total = matches.rows.size();
    matches.phoneEnds = phones->size();
    if (limit > 0 && matches.rows.size() > limit)
        matches.rows.resize(limit);
    if (Status status = describe(matches.rows); !status)
        return status.error();
    return matches;
}

Result<QHash<qint64, QDate>> CounterSearchQuery::lastVisits(const QList<qint64>& ids) const
{
    auto found = ranked(ids);
    if (!found)
        return found.error();
    QHash<qint64, QDate> visits;
    for (const CounterMatches::Row& row : std::as_const(*found)) {
        if (row.lastVisit.isValid())
            visits.insert(row.id, row.lastVisit);
    }
    return visits;
}

} // namespace setia
