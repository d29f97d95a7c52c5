#include "stores/CustomerListQuery.h"

#include "db/Database.h"
#include "db/SqlDialect.h"
#include "db/SqlError.h"
#include "db/SqlRows.h"
#include "domain/PhoneNumber.h"
#include "stores/CustomerSearchIndex.h"

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

// A list row from a query selecting listColumns and then the sort column as sort_key.
CustomerRow readRow(const SqlRow& r)
{
    CustomerRow row;
    row.id = r.integer("id");
    row.code = r.text("code");
    row.name = r.text("name");
    row.phone = r.text("phone");
    row.city = r.text("city");
    row.area = r.text("area");
    row.type = r.text("customer_type");
    row.salesperson = r.text("salesperson");
    row.joined = r.date("joined");
    row.bad = r.flag("bad");
    row.key = PageKey{r.value("sort_key"), row.id};
    return row;
}

// The rows of an executed query selecting listColumns and sort_key, in its order.
Status readRows(QSqlQuery& query, QList<CustomerRow>& rows)
{
    return sql::forEachRow(query, [&](const SqlRow& row) { rows.append(readRow(row)); });
}

void bindAll(QSqlQuery& query, const QVariantMap& values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bindValue(it.key(), it.value());
}

// `text` anywhere, as a LIKE pattern with '\' escaping its own % and _.
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
    QString where;                           // " AND …" over c
    QVariantMap values;                      // bound values of `where` and `match`
    const SqlDialect::TextIndex* index = {}; // the full-text index the search uses, if any
    qint64 matches = -1;                     // rows of the index that match, when it is set
};

Result<CustomerListQuery::SearchPlan> CustomerListQuery::plan(const CustomerFilter& filter) const
{
    const SqlDialect& dialect = m_database.dialect();
    SearchPlan plan;
    if (filter.subset > 0) {
        plan.where = QStringLiteral(" AND c.id IN (SELECT customer_id FROM %1 WHERE subset ="
                                    " :subset)")
                         .arg(dialect.temporaryTable(QStringLiteral("customer_subsets")));
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
            plan.where += QStringLiteral(" AND ") +
                          dialect.likeIgnoringCase(QStringLiteral("c.search_digits"),
                                                   QStringLiteral(":digits"));
            plan.values.insert(QStringLiteral(":digits"), likePattern(digits));
            return plan;
        }
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QString key = QStringLiteral(":word%1").arg(i);
            plan.where += QStringLiteral(" AND (%1 OR %2 OR %3)")
                              .arg(dialect.likeIgnoringCase(QStringLiteral("c.sort_name"), key),
                                   dialect.likeIgnoringCase(QStringLiteral("c.code"), key),
                                   dialect.likeIgnoringCase(QStringLiteral("c.city"), key));
            plan.values.insert(key, likePattern(words.at(i).toCaseFolded()));
        }
        return plan;
    }

    QString match;
    if (!digits.isEmpty()) {
        if (digits.size() < 3)
            return plan; // two digits say nothing yet: every number has them
        plan.index = &customerSearch::digits();
        match = dialect.substringMatch(digits);
    } else if (words.size() == 1 && words.first().size() == 1) {
        // One letter: the names that start with it, straight from the name index.
        const QString letter = words.first().toCaseFolded();
        plan.where += QStringLiteral(" AND c.sort_name >= :initial AND c.sort_name < :next");
        plan.values.insert(QStringLiteral(":initial"), letter);
        plan.values.insert(QStringLiteral(":next"), QString(QChar(letter.front().unicode() + 1)));
        return plan;
    } else if (!words.isEmpty()) {
        plan.index = &customerSearch::words();
        match = dialect.prefixMatch(words);
    } else {
        return plan;
    }
    auto matches = dialect.textMatchCount(m_database.connection(), *plan.index, match);
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
    const SqlDialect& dialect = m_database.dialect();
    const QString column = QStringLiteral("c.") + sortColumn(sort);
    QString sql = QStringLiteral("SELECT ") + listColumns + QStringLiteral(", ") + column +
                  QStringLiteral(" AS sort_key ");
    if (search->index && search->matches > sortMatchesLimit && sort == CustomerSort::Name &&
        filter.subset == 0) {
        auto ordered = pageByNameOrder(*search, request);
        if (!ordered)
            return ordered.error();
        if (ordered->has_value())
            return std::move(**ordered);
    }
    if (search->index && search->matches <= sortMatchesLimit) {
        // Few matches: read them from the index, then sort them.
        sql += dialect.textMatchFrom(*search->index, QStringLiteral("customers"),
                                     QStringLiteral("c")) +
               QStringLiteral(" AND c.archived = 0");
    } else {
        sql += QStringLiteral("FROM customers c WHERE c.archived = :archived");
        // Many matches: walk the sort column's index and keep rows in the match set, not
        // the other way round (the planner would drive the loop by the set's ids).
        if (search->index)
            sql += QStringLiteral(" AND %1 IN (%2)")
                       .arg(dialect.withoutIndex(QStringLiteral("c.id")),
                            dialect.textMatchIds(*search->index));
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
    // A page of the list; "every match" (the counter's find with no limit) asks for INT_MAX
    // rows, which must not become an allocation: the list grows past a page as it reads.
    constexpr int pageRows = 1000;
    rows.reserve(std::min(request.limit, pageRows));
    if (Status read = readRows(query, rows); !read)
        return read.error();
    return rows;
}

Result<std::optional<QList<CustomerRow>>>
CustomerListQuery::pageByNameOrder(const SearchPlan& search, const PageRequest& request) const
{
    if (Status status = m_nameOrder.refresh(m_database); !status)
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
        QString sortName;
        auto found =
            sql::firstRow(name, [&](const SqlRow& row) { sortName = row.text("sort_name"); });
        if (!found)
            return found.error();
        if (!*found || sortName != request.after->value.toString())
            return std::optional<QList<CustomerRow>>();
    }
    QList<qint64> ids;
    ids.reserve(search.matches);
    {
        QSqlQuery matches(m_database.connection());
        matches.setForwardOnly(true);
        matches.prepare(m_database.dialect().textMatchIds(*search.index));
        matches.bindValue(QStringLiteral(":match"), search.values.value(QStringLiteral(":match")));
        if (!matches.exec())
            return SqlError::from(matches);
        if (Status read =
                sql::forEachRow(matches, [&](const SqlRow& row) { ids.append(row.integer("id")); });
            !read)
            return read.error();
    }
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
                    QStringLiteral(", c.sort_name AS sort_key FROM customers c WHERE c.id IN (") +
                    idList.join(QLatin1Char(',')) + QLatin1Char(')')))
        return SqlError::from(query);
    QHash<qint64, CustomerRow> byId;
    if (Status read = sql::forEachRow(query,
                                      [&](const SqlRow& r) {
                                          CustomerRow row = readRow(r);
                                          byId.insert(row.id, std::move(row));
                                      });
        !read)
        return read.error();
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
    if (search->index && filter.subset == 0)
        return search->matches; // the index holds exactly the active customers
    if (search->where.isEmpty()) {
        auto dataVersion = m_database.dataVersion();
        if (!dataVersion)
            return dataVersion.error();
        if (!m_totals || m_totals->dataVersion != *dataVersion ||
            m_totals->rollbacks != m_database.rollbacks()) {
            QSqlQuery totals(m_database.connection());
            if (!totals.exec(QStringLiteral(
                    "SELECT (SELECT count(*) FROM customers WHERE archived = 0) AS active,"
                    " (SELECT count(*) FROM customers WHERE archived = 1) AS archived")))
                return SqlError::from(totals);
            TotalCounts counts{*dataVersion, m_database.rollbacks(), 0, 0};
            auto read = sql::firstRow(totals, [&](const SqlRow& row) {
                counts.active = row.integer("active");
                counts.archived = row.integer("archived");
            });
            if (!read)
                return read.error();
            m_totals = counts;
        }
        return filter.archived ? m_totals->archived : m_totals->active;
    }
    QSqlQuery query(m_database.connection());
    QString sql = QStringLiteral("SELECT count(*) FROM customers c WHERE c.archived = :archived");
    if (search->index)
        sql += QStringLiteral(" AND c.id IN (%1)")
                   .arg(m_database.dialect().textMatchIds(*search->index));
    query.prepare(sql + search->where);
    query.bindValue(QStringLiteral(":archived"), filter.archived ? 1 : 0);
    bindAll(query, search->values);
    return sql::scalar(query);
}

Result<qint64> CustomerListQuery::storeSubset(const QList<qint64>& ids)
{
    const SqlDialect& dialect = m_database.dialect();
    QSqlDatabase db = m_database.connection();
    QSqlQuery create(db);
    if (!create.exec(dialect.createTemporaryTable(
            QStringLiteral("customer_subsets"),
            QStringLiteral("subset INTEGER NOT NULL, customer_id INTEGER NOT NULL"),
            QStringLiteral("subset, customer_id"))))
        return SqlError::from(create);
    const qint64 subset = ++m_lastSubset;
    // Only the temporary table is written, so a plain BEGIN takes no lock on the file (and
    // this is never called inside a service's Transaction: a subset is made to be read). The
    // ids are integers, listed in the SQL as they are, a thousand rows per statement.
    if (!db.transaction())
        return SqlError::from(db);
    const QString table = dialect.temporaryTable(QStringLiteral("customer_subsets"));
    constexpr qsizetype batch = 1000;
    for (qsizetype from = 0; from < ids.size(); from += batch) {
        QString sql = QStringLiteral("INSERT INTO %1 (subset, customer_id) VALUES ").arg(table);
        const qsizetype to = std::min(ids.size(), from + batch);
        for (qsizetype i = from; i < to; ++i) {
            if (i > from)
                sql += QLatin1Char(',');
            sql += QLatin1Char('(') + QString::number(subset) + QLatin1Char(',') +
                   QString::number(ids.at(i)) + QLatin1Char(')');
        }
        // The same customer twice is kept once.
        sql += QStringLiteral(" ON CONFLICT DO NOTHING");
        QSqlQuery insert(db);
        if (!insert.exec(sql)) {
            Error error = SqlError::from(insert);
            db.rollback();
            return error;
        }
    }
    if (!db.commit()) {
        Error error = SqlError::from(db);
        db.rollback(); // the connection must not stay inside the transaction
        return error;
    }
    return subset;
}

Status CustomerListQuery::dropSubset(qint64 subset)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("DELETE FROM %1 WHERE subset = :subset")
            .arg(m_database.dialect().temporaryTable(QStringLiteral("customer_subsets"))));
    query.bindValue(QStringLiteral(":subset"), subset);
    if (!query.exec())
        return SqlError::from(query);
    return {};
}

} // namespace setia
