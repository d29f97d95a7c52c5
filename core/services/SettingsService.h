#pragma once

#include "common/Result.h"
#include "services/BusinessProfile.h"

#include <QObject>

namespace setia {

class Database;
class SettingsStore;

// Settings kept in the database file: they belong to the shop, not to one PC.
class SettingsService : public QObject
{
    Q_OBJECT

public:
    SettingsService(Database& database, SettingsStore& settings, QObject* parent = nullptr);

    Result<BusinessProfile> businessProfile() const;
    Status setBusinessProfile(const BusinessProfile& profile);

Q_SIGNALS:
    void businessProfileChanged();

private:
    Database& m_database;
    SettingsStore& m_settings;
};

} // namespace setia
