#include "stores/SettingsStore.h"

#include "db/Database.h"
#include "db/SqlError.h"
#include "db/SqlValue.h"

#include <QSqlQuery>
#include <QVariant>

namespace setia {

SettingsStore::SettingsStore(Database& database)
    : m_database(database)
{}

Result<QString> SettingsStore::value(const QString& key, const QString& fallback) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    query.bindValue(QStringLiteral(":key"), key);
    if (!query.exec())
        return SqlError::from(query);
    return query.next() ? query.value(0).toString() : fallback;
}

Status SettingsStore::setValue(const QString& key, const QString& value)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.bindValue(QStringLiteral(":key"), key);
    query.bindValue(QStringLiteral(":value"), sql::text(value));
    if (!query.exec())
        return SqlError::from(query);
    return {};
}

} // namespace setia
