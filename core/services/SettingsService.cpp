#include "services/SettingsService.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "stores/SettingsStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace setia {
namespace {

const QString nameKey = QStringLiteral("business.name");
const QString addressKey = QStringLiteral("business.address");
const QString phoneKey = QStringLiteral("business.phone");
constexpr int maxLength = 300;
constexpr int maxRewardLength = 100;
constexpr int maxExpiryMonths = 120;

// The loyalty rules' keys, each with where its number lives in LoyaltySettings.
struct LoyaltyKey
{
    const char* key;
    qint64 LoyaltySettings::*field;
};
constexpr LoyaltyKey loyaltyKeys[] = {
    {"loyalty.rupiah_per_point", &LoyaltySettings::rupiahPerPoint},
    {"loyalty.point_value", &LoyaltySettings::pointValue},
    {"loyalty.silver_spend", &LoyaltySettings::silverSpend},
    {"loyalty.gold_spend", &LoyaltySettings::goldSpend},
    {"loyalty.silver_permille", &LoyaltySettings::silverPermille},
    {"loyalty.gold_permille", &LoyaltySettings::goldPermille},
    {"loyalty.expiry_months", &LoyaltySettings::expiryMonths},
};
struct SegmentationKey
{
    const char* key;
    int SegmentationRules::*field;
};
constexpr SegmentationKey segmentationKeys[] = {
    {"segments.active_days", &SegmentationRules::activeDays},
    {"segments.passive_days", &SegmentationRules::passiveDays},
    {"segments.big_percent", &SegmentationRules::bigPercent},
    {"segments.regular_percent", &SegmentationRules::regularPercent},
    {"segments.major_percent", &SegmentationRules::majorPercent},
    {"segments.growth_percent", &SegmentationRules::growthPercent},
    {"segments.newcomer_days", &SegmentationRules::newcomerDays},
    {"segments.remaining_months", &SegmentationRules::remainingMonths},
};
const QString birthdayRewardKey = QStringLiteral("loyalty.birthday_reward");

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
    Transaction transaction(m_database);
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
    m_database.afterCommit([this] { Q_EMIT businessProfileChanged(); });
    return {};
}

Result<LoyaltySettings> SettingsService::loyaltySettings() const
{
    if (m_loyalty)
        return *m_loyalty;
    LoyaltySettings rules;
    for (const LoyaltyKey& entry : loyaltyKeys) {
        auto value = m_settings.value(QLatin1String(entry.key));
        if (!value)
            return value.error();
        bool ok = false;
        const qint64 number = value->toLongLong(&ok);
        if (ok)
            rules.*entry.field = number;
    }
    auto reward = m_settings.value(birthdayRewardKey);
    if (!reward)
        return reward.error();
    rules.birthdayReward = *reward;
    m_loyalty = rules;
    return rules;
}

Status SettingsService::setLoyaltySettings(const LoyaltySettings& settings)
{
    LoyaltySettings clean = settings;
    clean.birthdayReward = settings.birthdayReward.simplified();
    auto invalid = [](const QString& message, const char* field) {
        return Error(Error::Kind::Validation, message, QLatin1String(field));
    };
    if (clean.rupiahPerPoint < 1 || clean.rupiahPerPoint > 100'000'000)
        return invalid(tr("Points per Rupiah: one point for between Rp1 and Rp100.000.000."),
                       "rupiahPerPoint");
    if (clean.pointValue < 1 || clean.pointValue > 100'000'000)
        return invalid(tr("A point is worth between Rp1 and Rp100.000.000."), "pointValue");
    if (clean.silverSpend < 0 || clean.goldSpend < clean.silverSpend ||
        clean.goldSpend > 999'999'999'999)
        return invalid(tr("Gold needs at least as much spending as Silver."), "goldSpend");
    for (qint64 permille : {clean.silverPermille, clean.goldPermille})
        if (permille < 1000 || permille > 5000)
            return invalid(tr("A tier multiplies points by 100 % to 500 %."), "multiplier");
    if (clean.expiryMonths < 0 || clean.expiryMonths > maxExpiryMonths)
        return invalid(tr("Points expire after 1 to %1 months, or never (0).").arg(maxExpiryMonths),
                       "expiryMonths");
    if (clean.birthdayReward.size() > maxRewardLength)
        return invalid(tr("The birthday reward has at most %1 characters.").arg(maxRewardLength),
                       "birthdayReward");
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status;
    for (const LoyaltyKey& entry : loyaltyKeys)
        if (Status status =
                m_settings.setValue(QLatin1String(entry.key), QString::number(clean.*entry.field));
            !status)
            return status;
    if (Status status = m_settings.setValue(birthdayRewardKey, clean.birthdayReward); !status)
        return status;
    if (Status status = transaction.commit(); !status)
        return status;
    m_loyalty.reset(); // read again from the file: an outer transaction may yet undo it
    m_database.afterCommit([this] { Q_EMIT loyaltySettingsChanged(); });
    return {};
}

Result<SegmentationRules> SettingsService::segmentationRules() const
{
    if (m_segmentation)
        return *m_segmentation;
    SegmentationRules rules;
    for (const SegmentationKey& entry : segmentationKeys) {
        auto value = m_settings.value(QLatin1String(entry.key));
        if (!value)
            return value.error();
        bool ok = false;
        const int number = value->toInt(&ok);
        if (ok)
            rules.*entry.field = number;
    }
    m_segmentation = rules;
    return rules;
}

Status SettingsService::setSegmentationRules(const SegmentationRules& rules)
{
    auto invalid = [](const QString& message, const char* field) {
        return Error(Error::Kind::Validation, message, QLatin1String(field));
    };
    if (rules.activeDays < 1 || rules.activeDays > 3650)
        return invalid(tr("Active means a purchase within 1 to 3650 days."), "activeDays");
    if (rules.passiveDays <= rules.activeDays || rules.passiveDays > 3650)
        return invalid(tr("Passive must reach further back than active, at most 3650 days."),
                       "passiveDays");
    if (rules.bigPercent < 1 || rules.regularPercent <= rules.bigPercent ||
        rules.regularPercent > 99)
        return invalid(tr("The big tier's share must be below the regular tier's, both between "
                          "1 % and 99 %."),
                       "regularPercent");
    if (rules.majorPercent < 1 || rules.majorPercent > 99)
        return invalid(tr("The major group's share is between 1 % and 99 %."), "majorPercent");
    if (rules.growthPercent < 100 || rules.growthPercent > 1000)
        return invalid(tr("Growth counts from 100 % to 1000 % of the 90 days before."),
                       "growthPercent");
    if (rules.newcomerDays < 0 || rules.newcomerDays > 365)
        return invalid(tr("A newcomer's first purchase is 0 to 365 days old."), "newcomerDays");
    if (rules.remainingMonths < 1 || rules.remainingMonths > 120)
        return invalid(tr("The lifetime value looks 1 to 120 months ahead."), "remainingMonths");
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status;
    for (const SegmentationKey& entry : segmentationKeys)
        if (Status status =
                m_settings.setValue(QLatin1String(entry.key), QString::number(rules.*entry.field));
            !status)
            return status;
    if (Status status = transaction.commit(); !status)
        return status;
    m_segmentation.reset();
    m_database.afterCommit([this] { Q_EMIT segmentationRulesChanged(); });
    return {};
}

namespace {

const char* const templatesKey = "whatsapp_templates";

QString purposeId(MessagePurpose purpose)
{
    return purpose == MessagePurpose::Transaction ? QStringLiteral("transaction")
                                                  : QStringLiteral("marketing");
}

} // namespace

Result<QList<MessageTemplate>> SettingsService::messageTemplates() const
{
    auto stored = m_settings.value(QLatin1String(templatesKey));
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return MessageTemplates::defaults();
    QList<MessageTemplate> templates;
    const QJsonArray array = QJsonDocument::fromJson(stored->toUtf8()).array();
    for (const QJsonValue& value : array) {
        const QJsonObject o = value.toObject();
        templates.append(MessageTemplate{
            o.value(QLatin1String("id")).toString(), o.value(QLatin1String("name")).toString(),
            o.value(QLatin1String("text")).toString(),
            o.value(QLatin1String("purpose")).toString() == QLatin1String("transaction")
                ? MessagePurpose::Transaction
                : MessagePurpose::Marketing});
    }
    return templates;
}

Status SettingsService::setMessageTemplates(const QList<MessageTemplate>& templates)
{
    auto invalid = [](const QString& message, const QString& field) {
        return Error(Error::Kind::Validation, message, field);
    };
    QJsonArray array;
    QStringList ids;
    for (const MessageTemplate& t : templates) {
        const QString id = t.id.trimmed();
        const QString name = t.name.trimmed();
        if (id.isEmpty() || ids.contains(id))
            return invalid(tr("Each template needs an id of its own."), QStringLiteral("id"));
        ids.append(id);
        if (name.isEmpty() || name.size() > MessageTemplates::maxNameLength)
            return invalid(tr("A template's name has 1 to %1 characters.")
                               .arg(MessageTemplates::maxNameLength),
                           QStringLiteral("name"));
        if (t.text.trimmed().isEmpty() || t.text.size() > MessageTemplates::maxTextLength)
            return invalid(tr("The message of \"%1\" has 1 to %2 characters.")
                               .arg(name)
                               .arg(MessageTemplates::maxTextLength),
                           QStringLiteral("text"));
        if (const QString unknown = MessageTemplates::unknownToken(t.text); !unknown.isEmpty())
            return invalid(
                tr("The message of \"%1\" holds %2, which Setia cannot fill in. Use "
                   "%3.")
                    .arg(name, unknown, MessageTemplates::tokens().join(QStringLiteral(", "))),
                QStringLiteral("text"));
        QJsonObject o;
        o.insert(QLatin1String("id"), id);
        o.insert(QLatin1String("name"), name);
        o.insert(QLatin1String("text"), t.text.trimmed());
        o.insert(QLatin1String("purpose"), purposeId(t.purpose));
        array.append(o);
    }
    if (templates.isEmpty())
        return invalid(tr("Keep at least one template."), QStringLiteral("id"));
    const QString json = QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status;
    if (Status saved = m_settings.setValue(QLatin1String(templatesKey), json); !saved)
        return saved;
    if (Status status = transaction.commit(); !status)
        return status;
    m_database.afterCommit([this] { Q_EMIT messageTemplatesChanged(); });
    return {};
}

namespace {

struct ComplaintKey
{
    const char* key;
    int ComplaintRules::*field;
    int lowest;
    int highest;
    const char* what; // translated in SettingsService's context
};
constexpr ComplaintKey complaintKeys[] = {
    {"complaints.response_hours", &ComplaintRules::responseHours, 1, 720,
     QT_TRANSLATE_NOOP("setia::SettingsService", "The hours for a first response")},
    {"complaints.resolution_hours", &ComplaintRules::resolutionHours, 1, 2160,
     QT_TRANSLATE_NOOP("setia::SettingsService", "The hours for a resolution")},
    {"complaints.high_response_hours", &ComplaintRules::highResponseHours, 1, 720,
     QT_TRANSLATE_NOOP("setia::SettingsService",
                       "The hours for a first response to an urgent complaint")},
    {"complaints.high_resolution_hours", &ComplaintRules::highResolutionHours, 1, 2160,
     QT_TRANSLATE_NOOP("setia::SettingsService", "The hours for resolving an urgent complaint")},
    {"complaints.satisfaction_check_days", &ComplaintRules::satisfactionCheckDays, 0, 60,
     QT_TRANSLATE_NOOP("SettingsService",
                       "The days before asking whether a customer is satisfied")},
    {"surveys.detractor_follow_up_days", &ComplaintRules::detractorFollowUpDays, 0, 60,
     QT_TRANSLATE_NOOP("setia::SettingsService", "The days before calling back a detractor")},
    {"surveys.minimum_responses", &ComplaintRules::minimumResponses, 1, 10000,
     QT_TRANSLATE_NOOP("setia::SettingsService", "The responses a margin needs")},
};
const QString openingHoursKey = QStringLiteral("complaints.opening_hours");
const QString categoriesKey = QStringLiteral("complaints.categories");
constexpr int maxCategories = 30;
constexpr int maxCategoryLength = 40;

} // namespace

Result<ComplaintRules> SettingsService::complaintRules() const
{
    if (m_complaints)
        return *m_complaints;
    ComplaintRules rules;
    for (const ComplaintKey& entry : complaintKeys) {
        auto value = m_settings.value(QLatin1String(entry.key));
        if (!value)
            return value.error();
        bool ok = false;
        const int number = value->toInt(&ok);
        if (ok)
            rules.*entry.field = number;
    }
    auto hours = m_settings.value(openingHoursKey);
    if (!hours)
        return hours.error();
    if (const auto read = OpeningHours::fromText(*hours))
        rules.hours = *read;
    auto categories = m_settings.value(categoriesKey);
    if (!categories)
        return categories.error();
    if (!categories->isEmpty()) {
        QStringList names;
        for (const QJsonValue& value : QJsonDocument::fromJson(categories->toUtf8()).array())
            names.append(value.toString());
        if (!names.isEmpty())
            rules.categories = names;
    }
    m_complaints = rules;
    return rules;
}

Status SettingsService::setComplaintRules(const ComplaintRules& rules)
{
    auto invalid = [](const QString& message, const char* field) {
        return Error(Error::Kind::Validation, message, QLatin1String(field));
    };
    for (const ComplaintKey& entry : complaintKeys) {
        const int value = rules.*entry.field;
        if (value < entry.lowest || value > entry.highest)
            return invalid(tr("%1 must be between %2 and %3.")
                               .arg(tr(entry.what))
                               .arg(entry.lowest)
                               .arg(entry.highest),
                           entry.key);
    }
    if (rules.highResponseHours > rules.highResolutionHours ||
        rules.responseHours > rules.resolutionHours)
        return invalid(tr("A first response cannot be allowed more time than the resolution."),
                       "responseHours");
    if (!rules.hours.anyOpen())
        return invalid(tr("Open the shop on at least one day: the deadlines count opening hours."),
                       "hours");
    QJsonArray categories;
    QStringList seen;
    for (const QString& category : rules.categories) {
        const QString name = category.simplified();
        if (name.isEmpty() || name.size() > maxCategoryLength)
            return invalid(tr("A category's name has 1 to %1 characters.").arg(maxCategoryLength),
                           "categories");
        if (seen.contains(name, Qt::CaseInsensitive))
            return invalid(tr("The category \"%1\" is there twice.").arg(name), "categories");
        seen.append(name);
        categories.append(name);
    }
    if (seen.isEmpty() || seen.size() > maxCategories)
        return invalid(tr("Keep 1 to %1 categories.").arg(maxCategories), "categories");
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status;
    for (const ComplaintKey& entry : complaintKeys)
        if (Status status =
                m_settings.setValue(QLatin1String(entry.key), QString::number(rules.*entry.field));
            !status)
            return status;
    if (Status status = m_settings.setValue(openingHoursKey, rules.hours.toText()); !status)
        return status;
    if (Status status = m_settings.setValue(
            categoriesKey,
            QString::fromUtf8(QJsonDocument(categories).toJson(QJsonDocument::Compact)));
        !status)
        return status;
    if (Status status = transaction.commit(); !status)
        return status;
    m_complaints.reset();
    m_database.afterCommit([this] { Q_EMIT complaintRulesChanged(); });
    return {};
}

} // namespace setia
