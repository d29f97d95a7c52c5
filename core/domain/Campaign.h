#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace setia {

// How a campaign reaches its audience (SPEC §15). Stored by id ("whatsapp", …).
enum class CampaignChannel { WhatsApp, Sms, Letter, Call };

// Which side of the comparison a customer is on: the treatment gets the message, the holdout
// gets nothing and shows what would have happened anyway.
enum class CampaignGroup { Treatment, Holdout };

// A campaign as created (SPEC §15): its audience is frozen into CampaignMember rows then.
struct Campaign
{
    static constexpr int defaultWindowDays = 14;
    static constexpr int defaultHoldoutPpm = 100'000; // 0.10
    static constexpr int maxHoldoutPpm = 500'000;     // 0.5

    qint64 id = 0;
    QString code; // "WA-DES-26": a unique word of the shop's, part of the holdout's hash
    QString name;
    QString goal;
    QString audience; // a §5 segment id ("at_risk", "big") or a saved rule segment's name
    CampaignChannel channel = CampaignChannel::WhatsApp;
    QString message; // with tokens {nama}, {kode}, {poin}, {utang}, {toko}, {tawaran}
    QString offer;   // what {tawaran} says when a customer has no offer of their own
    QDate start;
    int windowDays = defaultWindowDays;
    int holdoutPpm = defaultHoldoutPpm; // the holdout share in millionths
    // What it costs, whole Rupiah.
    qint64 messageCost = 0;
    qint64 voucherCost = 0;
    qint64 printCost = 0;
    QDateTime createdAt;
    QString createdBy;
    QDateTime launchedAt; // null while a draft

    // The response window's last day, S + W − 1.
    QDate lastDay() const { return start.addDays(windowDays - 1); }
    qint64 totalCost() const { return messageCost + voucherCost + printCost; }
    bool launched() const { return launchedAt.isValid(); }

    friend bool operator==(const Campaign&, const Campaign&) = default;
};

// One customer of a campaign's frozen audience, with what they were when it was created.
struct CampaignMember
{
    qint64 campaignId = 0;
    qint64 customerId = 0;
    QString code;
    QString name;
    QString phone;   // E.164, empty when the channel needs none
    QString address; // for letters: address, area and city as printed
    CampaignGroup group = CampaignGroup::Treatment;
    // Their segments as of the start (§5 ids), for the results per segment.
    QString lifecycle;
    QString tier;
    QString rfmSegment;
    QString offer;      // their own {tawaran} (a product to try), empty for the campaign's offer
    QDateTime sentAt;   // null until the message went out (opened in WhatsApp, printed, called)
    QString callResult; // a call's outcome as entered

    friend bool operator==(const CampaignMember&, const CampaignMember&) = default;
};

namespace campaign {
QList<CampaignChannel> channels();
QString channelId(CampaignChannel channel);
std::optional<CampaignChannel> channelFromId(const QString& id);
QString groupId(CampaignGroup group);
std::optional<CampaignGroup> groupFromId(const QString& id);
// The channel as shown ("WhatsApp", "Surat"), translated.
QString channelName(CampaignChannel channel);
} // namespace campaign

} // namespace setia
