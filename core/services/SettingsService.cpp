#include "services/SettingsService.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "stores/SettingsStore.h"

namespace setia {
namespace {

const QString nameKey = QStringLiteral("business.name");
const QString addressKey = QStringLiteral("business.address");
const QString phoneKey = QStringLiteral("business.phone");
constexpr int maxLength = 300;

} // namespace

SettingsService::SettingsService(Database& database, SettingsStore& settings, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_settings(settings)
{}

Result<BusinessProfile> SettingsService::businessProfile() const
{
    BusinessProfile profile;
    for (auto [key, target] :
         {std::pair{&nameKey, &profile.name}, std::pair{&addressKey, &profile.address},
          std::pair{&phoneKey, &profile.phone}}) {
        auto value = m_settings.value(*key);
        if (!value)
            return value.error();
        *target = *value;
    }
    return profile;
}

Status SettingsService::setBusinessProfile(const BusinessProfile& profile)
{
    const BusinessProfile clean{profile.name.simplified(), profile.address.trimmed(),
                                profile.phone.simplified()};
    if (clean.name.size() > maxLength || clean.address.size() > maxLength ||
        clean.phone.size() > maxLength)
        return Error(Error::Kind::Validation,
                     tr("Each business detail has at most %1 characters.").arg(maxLength));
    Transaction transaction(m_database.connection());
    if (Status status = transaction.begin(); !status)
        return status;
    for (auto [key, value] :
         {std::pair{&nameKey, &clean.name}, std::pair{&addressKey, &clean.address},
          std::pair{&phoneKey, &clean.phone}}) {
        if (Status status = m_settings.setValue(*key, *value); !status)
            return status;
    }
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT businessProfileChanged();
    return {};
}

} // namespace setia
