#include "stores/CustomerListQuery.h"

#include "db/Database.h"
#include "db/SqlError.h"
#include "db/SqlitePlatform.h"
#include "domain/PhoneNumber.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace setia {
namespace {

QString sortColumn(CustomerSort sort)
{
    switch (sort) {
    case CustomerSort::Code:
        return QStringLiteral("code");
    case CustomerSort::Name:
        return QStringLiteral("sort_name");
    case CustomerSort::Phone:
        return QStringLiteral("search_digits");
    case CustomerSort::City:
        return QStringLiteral("city");
    case CustomerSort::Area:
        return QStringLiteral("area");
    case CustomerSort::Type:
        return QStringLiteral("customer_type");
    case CustomerSort::Salesperson:
        return QStringLiteral("salesperson");
    case CustomerSort::Joined:
        return QStringLiteral("joined");
    }
    return QStringLiteral("sort_name");
}

// How a search reads a sorted page. Reading every matching row and sorting costs about
// 1 µs per match, so only small match sets are read that way. Larger ones in name order
// sort their ids by the in-memory name order (name-word matches cluster in name order:
// every "Toko …" sits under T). In any other order they walk that column's index and
// keep the matches, which spread over it, so a page fills after a few hundred rows.
constexpr qint64 sortMatchesLimit = 300;

const QString listColumns = QStringLiteral(
    "c.id, c.code, c.name, c.phone, c.city, c.area, c.customer_type, c.salesperson, c.joined,"
    " c.bad");

// A list row from a query selecting listColumns and then the sort column.
CustomerRow readRow(const QSqlQuery& query)
{
    CustomerRow row;
    row.id = query.value(0).toLongLong();
    row.code = query.value(1).toString();
    row.name = query.value(2).toString();
    row.phone = query.value(3).toString();
    row.city = query.value(4).toString();
    row.area = query.value(5).toString();
    row.type = query.value(6).toString();
    row.salesperson = query.value(7).toString();
    row.joined = QDate::fromString(query.value(8).toString(), Qt::ISODate);
    row.bad = query.value(9).toInt() != 0;
    row.key = PageKey{query.value(10), row.id};
    return row;
}

void bindAll(QSqlQuery& query, const QVariantMap& values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bindValue(it.key(), it.value());
}

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

CustomerListQuery::CustomerListQuery(Database& database)
    : m_database(database)
{}

// How a filter finds its customers: extra WHERE terms over `c` (customers), or a full-text
// table to start from, with the number of matches when the index gives it.
struct CustomerListQuery::SearchPlan
{
    QString where;       // " AND …" over c
    QVariantMap values;  // bound values of `where` and `match`
    QString ftsTable;    // empty unless the search uses a full-text index
    qint64 matches = -1; // rows of ftsTable that match, when ftsTable is set
};

Result<CustomerListQuery::SearchPlan> CustomerListQuery::plan(const CustomerFilter& filter) const
{
    SearchPlan plan;
    if (filter.subset > 0) {
        plan.where = QStringLiteral(
            " AND c.id IN (SELECT customer_id FROM temp.customer_subsets WHERE subset = :subset)");
        plan.values.insert(QStringLiteral(":subset"), filter.subset);
    }
    const QString text = filter.search.trimmed();
    if (text.isEmpty())
        return plan;
    static const QRegularExpression nonWord(QStringLiteral("[^\\w]+"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    const QString digits = PhoneNumber::queryDigits(text);
    const QStringList words = text.split(nonWord, Qt::SkipEmptyParts);

    if (filter.archived) {
        // Archived customers are not in the search index; they are few, so match text.
        if (!digits.isEmpty()) {
            plan.where += QStringLiteral(" AND c.search_digits LIKE :digits ESCAPE '\\'");
            plan.values.insert(QStringLiteral(":digits"), likePattern(digits));
            return plan;
        }
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QString key = QStringLiteral(":word%1").arg(i);
            plan.where += QStringLiteral(" AND (c.sort_name LIKE %1 ESCAPE '\\' OR c.code LIKE %1"
                                         " ESCAPE '\\' OR c.city LIKE %1 ESCAPE '\\')")
                              .arg(key);
            plan.values.insert(key, likePattern(words.at(i).toCaseFolded()));
        }
        return plan;
    }

    QString match;
    if (!digits.isEmpty()) {
        if (digits.size() < 3)
            return plan; // two digits say nothing yet: every number has them
        plan.ftsTable = QStringLiteral("customer_digits");
        match = sqlite::substringMatchQuery(digits);
    } else if (words.size() == 1 && words.first().size() == 1) {
        // One letter: the names that start with it, straight from the name index.
        const QString letter = words.first().toCaseFolded();
        plan.where += QStringLiteral(" AND c.sort_name >= :initial AND c.sort_name < :next");
        plan.values.insert(QStringLiteral(":initial"), letter);
        plan.values.insert(QStringLiteral(":next"), QString(QChar(letter.front().unicode() + 1)));
        return plan;
    } else if (!words.isEmpty()) {
        plan.ftsTable = QStringLiteral("customer_words");
        match = sqlite::prefixMatchQuery(words);
    } else {
        return plan;
    }
    auto matches = sqlite::matchCount(m_database.connection(), plan.ftsTable, match);
    if (!matches)
        return matches.error();
    plan.matches = *matches;
    plan.values.insert(QStringLiteral(":match"), match);
    return plan;
}

Result<QList<CustomerRow>> CustomerListQuery::page(const CustomerFilter& filter, CustomerSort sort,
                                                   const PageRequest& request) const
{
    auto search = plan(filter);
    if (!search)
        return search.error();
    QList<CustomerRow> rows;
    if (search->matches == 0)
        return rows;
    const QString column = QStringLiteral("c.") + sortColumn(sort);
    QString sql = QStringLiteral("SELECT ") + listColumns + QStringLiteral(", ") + column;
    if (!search->ftsTable.isEmpty() && search->matches > sortMatchesLimit &&
        sort == CustomerSort::Name && filter.subset == 0) {
        auto ordered = pageByNameOrder(*search, request);
        if (!ordered)
            return ordered.error();
        if (ordered->has_value())
            return std::move(**ordered);
    }
    if (!search->ftsTable.isEmpty() && search->matches <= sortMatchesLimit) {
        // Few matches: read them from the index, then sort them.
        sql += QStringLiteral(" FROM %1 f CROSS JOIN customers c ON c.id = f.rowid"
                              " WHERE f.%1 MATCH :match AND c.archived = 0")
                   .arg(search->ftsTable);
    } else {
        sql += QStringLiteral(" FROM customers c WHERE c.archived = :archived");
        // Many matches: walk the sort column's index and keep rows in the match set. The
        // unary + stops SQLite from driving the loop by the set's rowids instead.
        if (!search->ftsTable.isEmpty())
            sql += QStringLiteral(" AND +c.id IN (SELECT rowid FROM %1 WHERE %1 MATCH :match)")
                       .arg(search->ftsTable);
    }
    sql += search->where;
    if (request.after)
        sql += QStringLiteral(" AND ") +
               keyset::condition(column, QStringLiteral("c.id"), request.order);
    sql += keyset::orderAndLimit(column, QStringLiteral("c.id"), request.order, request.limit);

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    if (sql.contains(QLatin1String(":archived")))
        query.bindValue(QStringLiteral(":archived"), filter.archived ? 1 : 0);
    bindAll(query, search->values);
    if (request.after) {
        query.bindValue(QStringLiteral(":after_value"), request.after->value);
        query.bindValue(QStringLiteral(":after_id"), request.after->id);
    }
    if (!query.exec())
        return SqlError::from(query);
    rows.reserve(request.limit);
    while (query.next())
        rows.append(readRow(query));
    return rows;
}

Result<std::optional<QList<CustomerRow>>>
CustomerListQuery::pageByNameOrder(const SearchPlan& search, const PageRequest& request) const
{
    if (Status status = m_nameOrder.refresh(m_database.connection()); !status)
        return status.error();
    qint64 afterRank = -1;
    if (request.after) {
        afterRank = m_nameOrder.rankOf(request.after->id);
        if (afterRank < 0)
            return std::optional<QList<CustomerRow>>();
        // The row's rank stands for the page key only while the row keeps the key's name;
        // renamed since, the keyset path finds what follows the key.
        QSqlQuery name(m_database.connection());
        name.prepare(QStringLiteral("SELECT sort_name FROM customers WHERE id = :id"));
        name.bindValue(QStringLiteral(":id"), request.after->id);
        if (!name.exec())
            return SqlError::from(name);
        if (!name.next() || name.value(0).toString() != request.after->value.toString())
            return std::optional<QList<CustomerRow>>();
    }
    QSqlQuery matches(m_database.connection());
    matches.setForwardOnly(true);
    matches.prepare(
        QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH :match").arg(search.ftsTable));
    matches.bindValue(QStringLiteral(":match"), search.values.value(QStringLiteral(":match")));
    if (!matches.exec())
        return SqlError::from(matches);
    QList<qint64> ids;
    ids.reserve(search.matches);
    while (matches.next())
        ids.append(matches.value(0).toLongLong());
    const QList<qint64> pageIds =
        m_nameOrder.firstAfter(ids, afterRank, request.order == Qt::DescendingOrder, request.limit);
    QList<CustomerRow> rows;
    if (pageIds.isEmpty())
        return std::optional<QList<CustomerRow>>(rows);

    // The ids are integers read from the database, so they are listed in the SQL as is.
    QStringList idList;
    idList.reserve(pageIds.size());
    for (qint64 id : pageIds)
        idList.append(QString::number(id));
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + listColumns +
                    QStringLiteral(", c.sort_name FROM customers c WHERE c.id IN (") +
                    idList.join(QLatin1Char(',')) + QLatin1Char(')')))
        return SqlError::from(query);
    QHash<qint64, CustomerRow> byId;
    while (query.next()) {
        CustomerRow row = readRow(query);
        byId.insert(row.id, std::move(row));
    }
    rows.reserve(pageIds.size());
    for (qint64 id : pageIds) {
        if (auto it = byId.find(id); it != byId.end())
            rows.append(std::move(it.value()));
    }
    return std::optional<QList<CustomerRow>>(std::move(rows));
}

void CustomerListQuery::changed()
{
    m_nameOrder.markStale();
    m_totals.reset();
}

Result<qint64> CustomerListQuery::count(const CustomerFilter& filter) const
{
    auto search = plan(filter);
    if (!search)
        return search.error();
    if (!search->ftsTable.isEmpty() && filter.subset == 0)
        return search->matches; // the index holds exactly the active customers
    if (search->where.isEmpty()) {
        QSqlQuery version(m_database.connection());
        if (!version.exec(QStringLiteral("PRAGMA data_version")) || !version.next())
            return SqlError::from(version);
        const qint64 dataVersion = version.value(0).toLongLong();
        if (!m_totals || m_totals->dataVersion != dataVersion) {
            QSqlQuery totals(m_database.connection());
            if (!totals.exec(
                    QStringLiteral("SELECT (SELECT count(*) FROM customers WHERE archived = 0),"
                                   " (SELECT count(*) FROM customers WHERE archived = 1)")) ||
                !totals.next())
                return SqlError::from(totals);
            m_totals = TotalCounts{dataVersion, totals.value(0).toLongLong(),
                                   totals.value(1).toLongLong()};
        }
        return filter.archived ? m_totals->archived : m_totals->active;
    }
    QSqlQuery query(m_database.connection());
    QString sql = QStringLiteral("SELECT count(*) FROM customers c WHERE c.archived = :archived");
    if (!search->ftsTable.isEmpty())
        sql += QStringLiteral(" AND c.id IN (SELECT rowid FROM %1 WHERE %1 MATCH :match)")
                   .arg(search->ftsTable);
    query.prepare(sql + search->where);
    query.bindValue(QStringLiteral(":archived"), filter.archived ? 1 : 0);
    bindAll(query, search->values);
    if (!query.exec() || !query.next())
        return SqlError::from(query);
    return query.value(0).toLongLong();
}

Result<qint64> CustomerListQuery::storeSubset(const QList<qint64>& ids)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery create(db);
    if (!create.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS customer_subsets ("
                                    " subset INTEGER NOT NULL, customer_id INTEGER NOT NULL,"
                                    " PRIMARY KEY (subset, customer_id)) WITHOUT ROWID")))
        return SqlError::from(create);
    const qint64 subset = ++m_lastSubset;
    // Only the temporary table is written, so a plain BEGIN takes no lock on the file. The
    // ids are integers, listed in the SQL as they are, a thousand rows per statement.
    if (!db.transaction())
        return SqlError::from(db.lastError());
    constexpr qsizetype batch = 1000;
    for (qsizetype from = 0; from < ids.size(); from += batch) {
        QString sql = QStringLiteral("INSERT OR IGNORE INTO temp.customer_subsets VALUES ");
        const qsizetype to = std::min(ids.size(), from + batch);
        for (qsizetype i = from; i < to; ++i) {
            if (i > from)
                sql += QLatin1Char(',');
            sql += QLatin1Char('(') + QString::number(subset) + QLatin1Char(',') +
                   QString::number(ids.at(i)) + QLatin1Char(')');
        }
        QSqlQuery insert(db);
        if (!insert.exec(sql)) {
            Error error = SqlError::from(insert);
            db.rollback();
            return error;
        }
    }
    if (!db.commit())
        return SqlError::from(db.lastError());
    return subset;
}

Status CustomerListQuery::dropSubset(qint64 subset)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM temp.customer_subsets WHERE subset = :subset"));
    query.bindValue(QStringLiteral(":subset"), subset);
    if (!query.exec())
        return SqlError::from(query);
    return {};
}

} // namespace setia
