#include "db/SqlRows.h"

#include "db/SqlError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace setia {

SqlRow::SqlRow(const QSqlQuery& query)
    : m_query(query)
    , m_columnNames(query.record())
{}

int SqlRow::index(const char* column) const
{
    const std::size_t known = m_columns.size();
    for (std::size_t i = 0; i < known; ++i) {
        const auto& entry = m_columns[(m_next + i) % known];
        if (entry.first == column) {
            m_next = (m_next + i + 1) % known;
            return entry.second;
        }
    }
    const int found = m_columnNames.indexOf(QLatin1String(column));
    if (found < 0 && m_missing.isEmpty())
        m_missing = QByteArray(column);
    m_columns.emplace_back(column, found);
    m_next = 0;
    return found;
}

QVariant SqlRow::value(const char* column) const
{
    const int at = index(column);
    return at < 0 ? QVariant() : m_query.value(at);
}

qint64 SqlRow::integer(const char* column) const
{
    return value(column).toLongLong();
}

QString SqlRow::text(const char* column) const
{
    return value(column).toString();
}

bool SqlRow::flag(const char* column) const
{
    return value(column).toLongLong() != 0;
}

QDate SqlRow::date(const char* column) const
{
    return QDate::fromString(text(column), Qt::ISODate);
}

QDateTime SqlRow::dateTime(const char* column) const
{
    return QDateTime::fromString(text(column), Qt::ISODateWithMs);
}

namespace sql {
namespace {

Error missingColumn(const QByteArray& name)
{
    // A programming error, reported like a failed read rather than as empty values.
    return Error(Error::Kind::Database,
                 QStringLiteral("The query has no column named %1.").arg(QString::fromUtf8(name)));
}

} // namespace

Result<bool> nextRow(QSqlQuery& query)
{
    if (query.next())
        return true;
    // next() is false at the end and on a failed read alike: only the error tells them apart.
    if (query.lastError().isValid())
        return SqlError::from(query);
    return false;
}

Status forEachRow(QSqlQuery& query, const std::function<void(const SqlRow&)>& visit)
{
    const SqlRow row(query);
    for (;;) {
        auto more = nextRow(query);
        if (!more)
            return more.error();
        if (!row.missing().isEmpty())
            return missingColumn(row.missing());
        if (!*more)
            return {};
        visit(row);
    }
}

Result<bool> firstRow(QSqlQuery& query, const std::function<void(const SqlRow&)>& read)
{
    const SqlRow row(query);
    auto found = nextRow(query);
    if (!found || !*found)
        return found;
    read(row);
    if (!row.missing().isEmpty())
        return missingColumn(row.missing());
    return true;
}

Result<qint64> scalar(QSqlQuery& query)
{
    if (!query.exec())
        return SqlError::from(query);
    auto row = nextRow(query);
    if (!row)
        return row.error();
    if (!*row)
        return Error(Error::Kind::Database,
                     QStringLiteral("The query returned no row: %1").arg(query.lastQuery()));
    return query.value(0).toLongLong();
}

} // namespace sql

} // namespace setia
