#pragma once

#include "common/Result.h"
#include "domain/Campaign.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace setia {

class Database;

// How a customer can be reached, for a campaign's audience (SPEC §15): their phone and
// address, and the marketing consents they gave.
struct CampaignReach
{
    QString phone; // E.164, empty for none
    bool whatsApp = true;
    QString address; // address, area and city on one line each, empty for none
    bool whatsAppConsent = false;
    bool smsConsent = false;
    bool emailConsent = false;
};

// What a campaign member bought in a span of days.
struct MemberSales
{
    qint64 customerId = 0;
    qint64 sales = 0;
    qint64 revenue = 0;
};

// All SQL about campaigns and their frozen audiences (SPEC §15). Writes run inside the
// caller's Transaction.
class CampaignStore
{
public:
    explicit CampaignStore(Database& database);

    Result<qint64> insert(const Campaign& campaign);
    // Name, goal, message, offer and costs (a draft's), by id.
    Status update(const Campaign& campaign);
    Status setLaunched(qint64 campaignId, const QDateTime& at);
    // A draft with its members.
    Status remove(qint64 campaignId);
    Status insertMember(const CampaignMember& member);
    // Whether the member was marked now (false: already sent, or no such member).
    Result<bool> setSent(qint64 campaignId, qint64 customerId, const QDateTime& at);
    // Whether there is such a member; sent at `at` unless sent before.
    Result<bool> setCallResult(qint64 campaignId, qint64 customerId, const QString& result,
                               const QDateTime& at);

    Result<std::optional<Campaign>> find(qint64 id) const;
    Result<std::optional<Campaign>> findByCode(const QString& code) const;
    // Newest start first.
    Result<QList<Campaign>> all() const;
    // By member code.
    Result<QList<CampaignMember>> members(qint64 campaignId) const;
    // Each member's non-voided sales dated `from` … `to`; members without any are left out.
    Result<QList<MemberSales>> memberSales(qint64 campaignId, const QDate& from,
                                           const QDate& to) const;
    // How every non-archived customer can be reached, by id.
    Result<QHash<qint64, CampaignReach>> reach() const;
    // The customers with a non-voided sale dated `from` … `to`.
    Result<QSet<qint64>> buyersBetween(const QDate& from, const QDate& to) const;

private:
    Database& m_database;
};

} // namespace setia
