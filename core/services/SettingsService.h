#pragma once

#include "analytics/Segmentation.h"
#include "common/Result.h"
#include "domain/BusinessProfile.h"
#include "domain/ComplaintRules.h"
#include "domain/Loyalty.h"
#include "domain/MessageTemplate.h"

#include <QObject>

#include <optional>

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

    // The loyalty rules (SPEC §6); their defaults until the owner changes them. Read once,
    // then kept: every sale to a member uses them.
    Result<LoyaltySettings> loyaltySettings() const;
    Status setLoyaltySettings(const LoyaltySettings& settings);

    // The segmentation thresholds (SPEC §5's by default). Read once, then kept.
    Result<SegmentationRules> segmentationRules() const;
    Status setSegmentationRules(const SegmentationRules& rules);

    // The WhatsApp message templates (the four defaults until the owner changes them). Each
    // needs a unique id, a name of 1–60 characters and a text of 1–1 000 holding no {…} but
    // the tokens; Error::Kind::Validation names the one at fault otherwise.
    Result<QList<MessageTemplate>> messageTemplates() const;
    Status setMessageTemplates(const QList<MessageTemplate>& templates);

    // How complaints and surveys are handled (SPEC §14's defaults). Read once, then kept.
    Result<ComplaintRules> complaintRules() const;
    Status setComplaintRules(const ComplaintRules& rules);

Q_SIGNALS:
    void businessProfileChanged();
    void loyaltySettingsChanged();
    void segmentationRulesChanged();
    void messageTemplatesChanged();
    void complaintRulesChanged();

private:
    Database& m_database;
    SettingsStore& m_settings;
    mutable std::optional<LoyaltySettings> m_loyalty;
    mutable std::optional<SegmentationRules> m_segmentation;
    mutable std::optional<ComplaintRules> m_complaints;
};

} // namespace setia
