#pragma once

#include "domain/VisitDays.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace setia {

enum class CustomerKind { Person, Business };

// How the customer first came (SPEC §2). Stored by id ("walk_in", …).
enum class AcquisitionSource {
    Unknown,
    WalkIn,
    Referral,
    MemberCard,
    Event,
    SalesVisit,
    Exhibition,
    Online,
    Other
};

enum class ConsentChannel { WhatsApp, Sms, Email };

// A customer's marketing consent on one channel: whether given, when and by whom recorded.
struct Consent
{
    bool granted = false;
    QDateTime recordedAt;
    QString recordedBy;

    friend bool operator==(const Consent&, const Consent&) = default;
};

struct MarketingConsent
{
    Consent whatsApp;
    Consent sms;
    Consent email;

    Consent& operator[](ConsentChannel channel)
    {
        return channel == ConsentChannel::WhatsApp ? whatsApp
               : channel == ConsentChannel::Sms    ? sms
                                                   : email;
    }
    const Consent& operator[](ConsentChannel channel) const
    {
        return const_cast<MarketingConsent&>(*this)[channel];
    }
    friend bool operator==(const MarketingConsent&, const MarketingConsent&) = default;
};

// A customer as stored (SPEC §2). Money in whole Rupiah; phone in E.164 or empty.
struct Customer
{
    qint64 id = 0; // 0 until saved
    QString code;  // member code, "M000123"
    QString name;
    CustomerKind kind = CustomerKind::Person;
    QString phone;
    bool whatsApp = true; // the phone can receive WhatsApp messages
    QString email;
    QString address;
    QString city;
    QString area;
    QString type; // retail, warung, grosir, horeka, end user, or the shop's own words
    AcquisitionSource source = AcquisitionSource::Unknown;
    QString salesperson;
    VisitDays visitDays;
    QDate birthday; // null when unknown
    QDate joined;
    qint64 creditLimit = 0; // 0 = cash only
    int termsDays = 30;
    QStringList tags;
    QString notes;
    MarketingConsent consent;
    int contactInterval = 0; // days "stay in touch"; 0: the default of the customer's tier
    bool bad = false;
    QString badReason;
    QDate badSince;
    bool archived = false;
    bool merged = false; // merged into another customer: hidden, kept for undoing the merge
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Customer&, const Customer&) = default;
};

namespace customer {
QString kindId(CustomerKind kind);
CustomerKind kindFromId(const QString& id);
QString sourceId(AcquisitionSource source);
// nullopt for an unknown id; the empty id is AcquisitionSource::Unknown.
std::optional<AcquisitionSource> sourceFromId(const QString& id);
QString channelId(ConsentChannel channel);
// The customer types the app suggests; users may type their own.
QStringList suggestedTypes();
} // namespace customer

} // namespace setia
