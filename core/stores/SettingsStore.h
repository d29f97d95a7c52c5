#pragma once

#include "common/Result.h"

#include <QString>

namespace setia {

class Database;

// Key–value settings kept in the database file (they travel with the shop's data).
class SettingsStore
{
public:
    explicit SettingsStore(Database& database);

    Result<QString> value(const QString& key, const QString& fallback = {}) const;
    Status setValue(const QString& key, const QString& value);

private:
    Database& m_database;
};

} // namespace setia
