#include "stores/SequenceStore.h"

#include "db/Database.h"
#include "db/SqlError.h"

#include <QSqlQuery>
#include <QVariant>

namespace setia {

SequenceStore::SequenceStore(Database& database)
    : m_database(database)
{}

Result<qint64> SequenceStore::next(const QString& name)
{
    QSqlQuery bump(m_database.connection());
    bump.prepare(QStringLiteral("INSERT INTO sequences (name, next_value) VALUES (:name, 2)"
                                " ON CONFLICT (name) DO UPDATE SET next_value = next_value + 1"));
    bump.bindValue(QStringLiteral(":name"), name);
    if (!bump.exec())
        return SqlError::from(bump);
    QSqlQuery read(m_database.connection());
    read.prepare(QStringLiteral("SELECT next_value - 1 FROM sequences WHERE name = :name"));
    read.bindValue(QStringLiteral(":name"), name);
    if (!read.exec() || !read.next())
        return SqlError::from(read);
    return read.value(0).toLongLong();
}

Status SequenceStore::ensureNextAtLeast(const QString& name, qint64 value)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO sequences (name, next_value) VALUES (:name, :value)"
                                 " ON CONFLICT (name) DO UPDATE"
                                 " SET next_value = max(next_value, excluded.next_value)"));
    query.bindValue(QStringLiteral(":name"), name);
    query.bindValue(QStringLiteral(":value"), value);
    if (!query.exec())
        return SqlError::from(query);
    return {};
}

} // namespace setia
