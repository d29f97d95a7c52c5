#include "stores/SettingsStore.h"

#include "db/Database.h"
#include "db/SqlDialect.h"
#include "db/SqlError.h"
#include "db/SqlRows.h"
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
    QString value;
    auto found = sql::firstRow(query, [&](const SqlRow& row) { value = row.text("value"); });
    if (!found)
        return found.error();
    return *found ? value : fallback;
}

Status SettingsStore::setValue(const QString& key, const QString& value)
{
    QSqlQuery query(m_database.connection());
    query.prepare(m_database.dialect().upsert(
        QStringLiteral("settings"), {QStringLiteral("key"), QStringLiteral("value")},
        {QStringLiteral("key")}, QStringLiteral("value = excluded.value")));
    query.bindValue(QStringLiteral(":key"), key);
    query.bindValue(QStringLiteral(":value"), sql::text(value));
    if (!query.exec())
        return SqlError::from(query);
    return {};
}

} // namespace setia
