#include "stores/SequenceStore.h"

#include "db/Database.h"
#include "db/SqlDialect.h"
#include "db/SqlError.h"
#include "db/SqlRows.h"

#include <QSqlQuery>
#include <QVariant>

namespace setia {

SequenceStore::SequenceStore(Database& database)
    : m_database(database)
{}

Result<qint64> SequenceStore::next(const QString& name)
{
    QSqlQuery bump(m_database.connection());
    bump.prepare(m_database.dialect().upsert(
        QStringLiteral("sequences"), {QStringLiteral("name"), QStringLiteral("next_value")},
        {QStringLiteral("name")}, QStringLiteral("next_value = next_value + 1")));
    bump.bindValue(QStringLiteral(":name"), name);
    bump.bindValue(QStringLiteral(":next_value"), 2);
    if (!bump.exec())
        return SqlError::from(bump);
    QSqlQuery read(m_database.connection());
    read.prepare(QStringLiteral("SELECT next_value - 1 FROM sequences WHERE name = :name"));
    read.bindValue(QStringLiteral(":name"), name);
    return sql::scalar(read);
}

Result<qint64> SequenceStore::peek(const QString& name) const
{
    QSqlQuery read(m_database.connection());
    read.prepare(QStringLiteral("SELECT coalesce(max(next_value), 1) FROM sequences"
                                " WHERE name = :name"));
    read.bindValue(QStringLiteral(":name"), name);
    return sql::scalar(read);
}

Status SequenceStore::ensureNextAtLeast(const QString& name, qint64 value)
{
    QSqlQuery query(m_database.connection());
    const SqlDialect& dialect = m_database.dialect();
    query.prepare(dialect.upsert(
        QStringLiteral("sequences"), {QStringLiteral("name"), QStringLiteral("next_value")},
        {QStringLiteral("name")},
        QStringLiteral("next_value = ") +
            dialect.greatest(QStringLiteral("next_value"), QStringLiteral("excluded.next_value"))));
    query.bindValue(QStringLiteral(":name"), name);
    query.bindValue(QStringLiteral(":next_value"), value);
    if (!query.exec())
        return SqlError::from(query);
    return {};
}

} // namespace setia
