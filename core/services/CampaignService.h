#pragma once

#include "analytics/CampaignOutcome.h"
#include "common/Result.h"
#include "domain/Campaign.h"
#include "reports/CampaignLetterSheet.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace setia {

class CampaignStore;
class Clock;
class CsvWriter;
class Database;
class InteractionService;
class RuleSegmentService;
class SegmentService;
class SettingsService;
struct CustomerSegment;

// Who of a segment a campaign would reach, split as it would be (SPEC §15), before it is
// created: shown with the smallest lift the split can detect.
struct CampaignAudience
{
    QList<CampaignMember> members; // by member code
    qint64 inSegment = 0;          // the segment's customers as of the start
    qint64 bad = 0;                // left out: flagged bad
    qint64 withoutConsent = 0;     // left out: no consent for the channel
    qint64 unreachable = 0;        // left out: no phone (no WhatsApp) or no address
    qint64 treatment = 0;
    qint64 holdout = 0;
    qint64 baselinePpm = 0; // of the audience, the share who bought in the W days before S
    std::optional<int> detectableLiftPoints;
};

// A campaign's result as of a day (SPEC §15): overall and per segment of the audience as of
// the start, live until the window's last day has passed.
struct CampaignResult
{
    struct Part
    {
        QString segment; // a §5 id, "" for no tier
        CampaignOutcome outcome;
    };

    QDate asOf;
    bool final = false; // the window is over
    CampaignOutcome overall;
    QList<Part> byLifecycle;
    QList<Part> byTier;
    QList<Part> byRfm;
};

// One treatment member's message, filled in as of today.
struct CampaignMessage
{
    CampaignMember member;
    QString text;
    QString url; // WhatsApp: the wa.me link with the text; empty for other channels
    int smsParts = 0;
};

// Campaigns measured against a random holdout (SPEC §15): created from a segment with its
// audience frozen and split by the hash, worked through channel by channel (each message
// sent is logged as a contact), and judged by what the two sides bought in the window.
class CampaignService : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxCodeLength = 40;
    static constexpr int maxNameLength = 80;
    static constexpr int maxGoalLength = 300;
    static constexpr int maxOfferLength = 200;
    static constexpr int maxCallResultLength = 300;
    static constexpr int maxWindowDays = 365;
    // The audience everyone belongs to.
    static inline const QString everyone = QStringLiteral("all");

    CampaignService(Database& database, CampaignStore& store, const SegmentService& segments,
                    const RuleSegmentService& ruleSegments, const SettingsService& settings,
                    InteractionService& interactions, const Clock& clock, QString staff,
                    QObject* parent = nullptr);

    // The draft checked, and its audience as create() would freeze it.
    Result<CampaignAudience> preview(const Campaign& draft) const;
    // Checks the draft, freezes its audience and saves both in one transaction. Refused:
    // a taken code (Duplicate), an audience that is neither a §5 segment nor a saved rule
    // segment, a message over 1 000 characters or with an unknown token, nobody to reach.
    Result<Campaign> create(Campaign draft);
    // A draft's name, goal, message, offer and costs; a launched one is refused.
    Result<Campaign> update(const Campaign& changed);
    // Messages may go out from now on.
    Result<Campaign> launch(qint64 campaignId);
    // A draft and its audience; a launched one is refused.
    Status remove(qint64 campaignId);

    Result<QList<Campaign>> all() const;
    Result<Campaign> find(qint64 campaignId) const;
    Result<Campaign> findByCode(const QString& code) const;
    Result<QList<CampaignMember>> members(qint64 campaignId) const;
    // As of today: the window's sales so far, final once it is over.
    Result<CampaignResult> result(qint64 campaignId) const;
    Result<CampaignResult> result(qint64 campaignId, const QDate& asOf) const;

    // The treatment's messages filled in for each (points and debt as of today), by code.
    Result<QList<CampaignMessage>> messages(qint64 campaignId) const;
    // The messages went out (opened in WhatsApp, sent by a bulk sender, printed as letters):
    // each member marked sent and a contact logged, once; a draft is launched by it.
    Status markSent(const QList<CampaignMessage>& messages);
    // The treatment's letters, filled in as messages() are.
    Result<QList<CampaignLetter>> letters(qint64 campaignId) const;
    // A call's result entered: kept on the member and logged as a call.
    Status recordCall(qint64 campaignId, qint64 customerId, const QString& result);

    // `campaign members` (SPEC §15): code,name,group,phone for every member.
    Status writeMembersCsv(CsvWriter& writer, qint64 campaignId) const;
    // For bulk senders: phone (62…),name,message — WhatsApp — or phone,name,message,parts (SMS).
    Status writeMessagesCsv(CsvWriter& writer, qint64 campaignId) const;

    // The §5 segment ids an audience may name, "all" first.
    static QStringList segmentIds();

Q_SIGNALS:
    // After the commit.
    void campaignsChanged();

private:
    Result<Campaign> validated(Campaign draft) const;
    Result<CampaignAudience> audienceOf(const Campaign& campaign) const;
    Result<QList<CustomerSegment>> segmentMembers(const QString& audience, const QDate& asOf) const;
    Result<Campaign> draftOf(qint64 campaignId) const;

    Database& m_database;
    CampaignStore& m_store;
    const SegmentService& m_segments;
    const RuleSegmentService& m_ruleSegments;
    const SettingsService& m_settings;
    InteractionService& m_interactions;
    const Clock& m_clock;
    QString m_staff;
};

} // namespace setia
