#include "services/CampaignService.h"

#include "analytics/Holdout.h"
#include "analytics/Segmentation.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/CustomerCard.h"
#include "domain/DisplayFormat.h"
#include "domain/MessageTemplate.h"
#include "domain/Money.h"
#include "domain/PhoneNumber.h"
#include "domain/SmsLength.h"
#include "domain/TextInput.h"
#include "io/CsvWriter.h"
#include "services/InteractionService.h"
#include "services/RuleSegmentService.h"
#include "services/SegmentService.h"
#include "services/SettingsService.h"
#include "stores/CampaignStore.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <functional>
#include <map>

namespace setia {
namespace {

Error refused(const QString& message, const char* field)
{
    return Error(Error::Kind::Validation, message, QLatin1String(field));
}

constexpr std::array lifecycles = {Lifecycle::Prospect, Lifecycle::Active, Lifecycle::Passive,
                                   Lifecycle::Lost, Lifecycle::Bad};
constexpr std::array tiers = {ContributionTier::Big, ContributionTier::Regular,
                              ContributionTier::Micro};
constexpr std::array profitGroups = {ProfitGroup::Major, ProfitGroup::Potential, ProfitGroup::Low};
constexpr std::array rfmSegments = {RfmSegment::Prospect,      RfmSegment::Lost,
                                    RfmSegment::Hibernating,   RfmSegment::AtRisk,
                                    RfmSegment::CantLose,      RfmSegment::AboutToSleep,
                                    RfmSegment::NeedAttention, RfmSegment::Loyal,
                                    RfmSegment::Promising,     RfmSegment::PotentialLoyalist,
                                    RfmSegment::New,           RfmSegment::Champions};

// Which customers of a snapshot a §5 segment id selects; empty for an id that is none.
std::function<bool(const CustomerSegment&)> segmentTest(const QString& id)
{
    if (id == CampaignService::everyone)
        return [](const CustomerSegment&) { return true; };
    for (Lifecycle l : lifecycles)
        if (id == card::lifecycleId(l))
            return [l](const CustomerSegment& s) { return s.lifecycle == l; };
    for (ContributionTier t : tiers)
        if (id == segmentation::tierId(t))
            return [t](const CustomerSegment& s) { return s.tier == t; };
    for (RfmSegment r : rfmSegments)
        if (id == segmentation::rfmSegmentId(r))
            return [r](const CustomerSegment& s) { return s.rfm == r; };
    for (ProfitGroup g : profitGroups)
        if (id == segmentation::profitGroupId(g))
            return [g](const CustomerSegment& s) { return s.profit == g; };
    return {};
}

bool hasConsent(CampaignChannel channel, const CampaignReach& r)
{
    switch (channel) {
    case CampaignChannel::WhatsApp:
        return r.whatsAppConsent;
    case CampaignChannel::Sms:
        return r.smsConsent;
    case CampaignChannel::Letter:
    case CampaignChannel::Call:
        return r.whatsAppConsent || r.smsConsent || r.emailConsent;
    }
    return false;
}

bool reachable(CampaignChannel channel, const CampaignReach& r)
{
    switch (channel) {
    case CampaignChannel::WhatsApp:
        return !r.phone.isEmpty() && r.whatsApp;
    case CampaignChannel::Sms:
    case CampaignChannel::Call:
        return !r.phone.isEmpty();
    case CampaignChannel::Letter:
        return !r.address.isEmpty();
    }
    return false;
}

InteractionKind contactKind(CampaignChannel channel)
{
    switch (channel) {
    case CampaignChannel::WhatsApp:
        return InteractionKind::WhatsApp;
    case CampaignChannel::Sms:
        return InteractionKind::Sms;
    case CampaignChannel::Call:
        return InteractionKind::Call;
    case CampaignChannel::Letter:
        break;
    }
    return InteractionKind::Note;
}

MessageValues valuesFor(const CampaignMember& member, const CustomerActivity* now,
                        const Campaign& campaign, const QString& shop)
{
    MessageValues v;
    v.name = now ? now->name : member.name;
    v.code = member.code;
    v.points = display::count(now ? now->points : 0);
    v.debt = money::format(std::max<qint64>(0, now ? now->balance : 0));
    v.shop = shop;
    v.offer = member.offer.isEmpty() ? campaign.offer : member.offer;
    return v;
}

CampaignOutcome outcomeOf(const QList<const CampaignMember*>& members,
                          const QHash<qint64, MemberSales>& sales)
{
    GroupOutcome treatment, holdout;
    for (const CampaignMember* m : members) {
        GroupOutcome& side = m->group == CampaignGroup::Holdout ? holdout : treatment;
        ++side.customers;
        const auto bought = sales.constFind(m->customerId);
        if (bought != sales.cend() && bought->sales > 0) {
            ++side.responders;
            side.revenue += bought->revenue;
        }
    }
    return CampaignOutcome::of(treatment, holdout);
}

QList<CampaignResult::Part> partsBy(const QList<CampaignMember>& members,
                                    const QHash<qint64, MemberSales>& sales,
                                    QString CampaignMember::*segment)
{
    std::map<QString, QList<const CampaignMember*>> groups;
    for (const CampaignMember& m : members)
        groups[m.*segment].append(&m);
    QList<CampaignResult::Part> parts;
    for (const auto& [id, inGroup] : groups)
        parts.append({id, outcomeOf(inGroup, sales)});
    return parts;
}

} // namespace

CampaignService::CampaignService(Database& database, CampaignStore& store,
                                 const SegmentService& segments,
                                 const RuleSegmentService& ruleSegments,
                                 const SettingsService& settings, InteractionService& interactions,
                                 const Clock& clock, QString staff, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_store(store)
    , m_segments(segments)
    , m_ruleSegments(ruleSegments)
    , m_settings(settings)
    , m_interactions(interactions)
    , m_clock(clock)
    , m_staff(std::move(staff))
{}

QStringList CampaignService::segmentIds()
{
    QStringList ids{everyone};
    for (Lifecycle l : lifecycles)
        ids.append(card::lifecycleId(l));
    for (ContributionTier t : tiers)
        ids.append(segmentation::tierId(t));
    for (RfmSegment r : rfmSegments)
        if (!ids.contains(segmentation::rfmSegmentId(r)))
            ids.append(segmentation::rfmSegmentId(r));
    for (ProfitGroup g : profitGroups)
        ids.append(segmentation::profitGroupId(g));
    return ids;
}

Result<Campaign> CampaignService::validated(Campaign c) const
{
    c.code = textInput::cleaned(c.code);
    static const QRegularExpression codeShape(QStringLiteral("^[A-Za-z0-9._-]+$"));
    if (c.code.isEmpty())
        return refused(tr("Give the campaign a code, such as WA-DES-26: it names the campaign "
                          "in files and decides who is held out."),
                       "code");
    if (c.code.size() > maxCodeLength)
        return refused(
            tr("The code has %1 characters; %2 at most.").arg(c.code.size()).arg(maxCodeLength),
            "code");
    if (!codeShape.match(c.code).hasMatch())
        return refused(tr("A campaign code holds letters, digits, dots, dashes and underscores "
                          "only (no spaces), such as WA-DES-26."),
                       "code");
    c.name = textInput::cleaned(c.name);
    if (textInput::isBlank(c.name))
        c.name = c.code;
    if (c.name.size() > maxNameLength)
        return refused(
            tr("The name has %1 characters; %2 at most.").arg(c.name.size()).arg(maxNameLength),
            "name");
    c.goal = textInput::cleaned(c.goal, true);
    if (c.goal.size() > maxGoalLength)
        return refused(
            tr("The goal has %1 characters; %2 at most.").arg(c.goal.size()).arg(maxGoalLength),
            "goal");
    c.audience = textInput::cleaned(c.audience);
    if (c.audience.isEmpty())
        return refused(tr("Choose who the campaign is for: a segment or a saved rule segment."),
                       "audience");
    c.message = textInput::cleaned(c.message, true);
    if (textInput::isBlank(c.message))
        return refused(tr("The message is empty. Write what the customers should read."),
                       "message");
    if (textInput::hasControlCharacters(c.message))
        return refused(tr("The message holds invisible control characters. Type it again "
                          "instead of pasting it."),
                       "message");
    // The text as written may hold tokens longer than their values: the 1 000 characters of
    // SPEC §15 are checked on each customer's message (audienceOf), this only bounds input.
    if (c.message.size() > 2 * MessageTemplates::maxTextLength)
        return refused(tr("The message has %1 characters; WhatsApp links take at most %2. "
                          "Shorten it.")
                           .arg(c.message.size())
                           .arg(MessageTemplates::maxTextLength),
                       "message");
    if (const QString unknown =
            MessageTemplates::unknownToken(c.message, MessageTemplates::campaignTokens());
        !unknown.isEmpty())
        return refused(
            tr("The message holds %1, which is not one of %2. Correct it.")
                .arg(unknown, MessageTemplates::campaignTokens().join(QStringLiteral(", "))),
            "message");
    c.offer = textInput::cleaned(c.offer);
    if (c.offer.size() > maxOfferLength)
        return refused(
            tr("The offer has %1 characters; %2 at most.").arg(c.offer.size()).arg(maxOfferLength),
            "offer");
    if (!c.start.isValid())
        return refused(tr("Give the day the campaign starts."), "start");
    if (c.windowDays < 1 || c.windowDays > maxWindowDays)
        return refused(tr("The response window is 1 to %1 days.").arg(maxWindowDays), "window");
    if (c.holdoutPpm < 0 || c.holdoutPpm > Campaign::maxHoldoutPpm)
        return refused(tr("The share held out is 0 to 50 %."), "holdout");
    for (qint64 cost : {c.messageCost, c.voucherCost, c.printCost})
        if (cost < 0 || cost > money::maxAmount)
            return refused(tr("A cost is a whole amount of Rupiah, 0 or more."), "cost");
    return c;
}

Result<QList<CustomerSegment>> CampaignService::segmentMembers(const QString& audience,
                                                               const QDate& asOf) const
{
    if (const auto test = segmentTest(audience)) {
        auto snapshot = m_segments.snapshot(asOf);
        if (!snapshot)
            return snapshot.error();
        QList<CustomerSegment> found;
        for (const CustomerSegment& s : (*snapshot)->customers)
            if (test(s))
                found.append(s);
        return found;
    }
    auto saved = m_ruleSegments.all();
    if (!saved)
        return saved.error();
    for (const RuleSegment& segment : std::as_const(*saved))
        if (segment.name.compare(audience, Qt::CaseInsensitive) == 0)
            return m_segments.members(segment.rule, asOf);
    return refused(tr("There is no segment \"%1\". Give a saved rule segment's name or one of: "
                      "%2.")
                       .arg(audience, segmentIds().join(QStringLiteral(", "))),
                   "audience");
}

Result<CampaignAudience> CampaignService::audienceOf(const Campaign& c) const
{
    auto inSegment = segmentMembers(c.audience, c.start);
    if (!inSegment)
        return inSegment.error();
    auto reach = m_store.reach();
    if (!reach)
        return reach.error();
    auto buyers = m_store.buyersBetween(c.start.addDays(-c.windowDays), c.start.addDays(-1));
    if (!buyers)
        return buyers.error();
    auto business = m_settings.businessProfile();
    if (!business)
        return business.error();
    CampaignAudience audience;
    qint64 boughtBefore = 0;
    for (const CustomerSegment& s : std::as_const(*inSegment)) {
        ++audience.inSegment;
        const CustomerActivity& a = s.activity;
        if (a.bad || s.lifecycle == Lifecycle::Bad) {
            ++audience.bad;
            continue;
        }
        const auto r = reach->constFind(a.customerId);
        if (r == reach->cend())
            continue; // archived since the segment was read
        if (!hasConsent(c.channel, *r)) {
            ++audience.withoutConsent;
            continue;
        }
        if (!reachable(c.channel, *r)) {
            ++audience.unreachable;
            continue;
        }
        CampaignMember m;
        m.customerId = a.customerId;
        m.code = a.code;
        m.name = a.name;
        m.phone = r->phone;
        m.address = r->address;
        m.group = holdout::isHeldOut(c.code, a.code, c.holdoutPpm) ? CampaignGroup::Holdout
                                                                   : CampaignGroup::Treatment;
        m.lifecycle = card::lifecycleId(s.lifecycle);
        m.tier = segmentation::tierId(s.tier);
        m.rfmSegment = segmentation::rfmSegmentId(s.rfm);
        const QString text =
            MessageTemplates::fill(c.message, valuesFor(m, &a, c, business->name)).trimmed();
        if (text.size() > MessageTemplates::maxTextLength)
            return refused(tr("Filled in for %1 the message has %2 characters; at most %3 fit. "
                              "Shorten it.")
                               .arg(a.name)
                               .arg(text.size())
                               .arg(MessageTemplates::maxTextLength),
                           "message");
        (m.group == CampaignGroup::Holdout ? audience.holdout : audience.treatment) += 1;
        if (buyers->contains(a.customerId))
            ++boughtBefore;
        audience.members.append(m);
    }
    std::sort(audience.members.begin(), audience.members.end(),
              [](const CampaignMember& x, const CampaignMember& y) { return x.code < y.code; });
    if (!audience.members.isEmpty())
        audience.baselinePpm =
            segmentation::divideRounded(boughtBefore * 1'000'000, audience.members.size());
    audience.detectableLiftPoints = CampaignOutcome::detectableLiftPoints(
        audience.treatment, audience.holdout, audience.baselinePpm);
    return audience;
}

Result<CampaignAudience> CampaignService::preview(const Campaign& draft) const
{
    auto valid = validated(draft);
    if (!valid)
        return valid.error();
    return audienceOf(*valid);
}

Result<Campaign> CampaignService::create(Campaign draft)
{
    auto valid = validated(std::move(draft));
    if (!valid)
        return valid.error();
    Campaign c = std::move(valid).value();
    auto audience = audienceOf(c);
    if (!audience)
        return audience.error();
    if (audience->members.isEmpty())
        return refused(tr("Nobody in \"%1\" can be reached on this channel with their consent: "
                          "%2 in the segment, %3 flagged bad, %4 without consent, %5 without a "
                          "phone or address.")
                           .arg(c.audience)
                           .arg(audience->inSegment)
                           .arg(audience->bad)
                           .arg(audience->withoutConsent)
                           .arg(audience->unreachable),
                       "audience");
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status.error();
    auto taken = m_store.findByCode(c.code);
    if (!taken)
        return taken.error();
    if (*taken)
        return Error(Error::Kind::Duplicate,
                     tr("There is already a campaign %1. Give this one another code.").arg(c.code),
                     QStringLiteral("code"));
    c.createdAt = m_clock.now();
    c.createdBy = m_staff;
    c.launchedAt = {};
    auto id = m_store.insert(c);
    if (!id)
        return id.error();
    c.id = *id;
    for (CampaignMember m : std::as_const(audience->members)) {
        m.campaignId = c.id;
        if (Status saved = m_store.insertMember(m); !saved)
            return saved.error();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    m_database.afterCommit([this] { Q_EMIT campaignsChanged(); });
    return c;
}

Result<Campaign> CampaignService::draftOf(qint64 campaignId) const
{
    auto found = find(campaignId);
    if (!found)
        return found.error();
    if (found->launched())
        return refused(tr("Campaign %1 has been launched: what it says and who it is for stay "
                          "as they went out.")
                           .arg(found->code),
                       "campaign");
    return found;
}

Result<Campaign> CampaignService::update(const Campaign& changed)
{
    auto current = draftOf(changed.id);
    if (!current)
        return current.error();
    Campaign c = *current;
    c.name = changed.name;
    c.goal = changed.goal;
    c.message = changed.message;
    c.offer = changed.offer;
    c.messageCost = changed.messageCost;
    c.voucherCost = changed.voucherCost;
    c.printCost = changed.printCost;
    auto valid = validated(c);
    if (!valid)
        return valid.error();
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status.error();
    if (Status saved = m_store.update(*valid); !saved)
        return saved.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    m_database.afterCommit([this] { Q_EMIT campaignsChanged(); });
    return valid;
}

Result<Campaign> CampaignService::launch(qint64 campaignId)
{
    auto c = draftOf(campaignId);
    if (!c)
        return c.error();
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status.error();
    c->launchedAt = m_clock.now();
    if (Status saved = m_store.setLaunched(campaignId, c->launchedAt); !saved)
        return saved.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    m_database.afterCommit([this] { Q_EMIT campaignsChanged(); });
    return c;
}

Status CampaignService::remove(qint64 campaignId)
{
    auto c = draftOf(campaignId);
    if (!c)
        return c.error();
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status;
    if (Status removed = m_store.remove(campaignId); !removed)
        return removed;
    if (Status status = transaction.commit(); !status)
        return status;
    m_database.afterCommit([this] { Q_EMIT campaignsChanged(); });
    return {};
}

Result<QList<Campaign>> CampaignService::all() const
{
    return m_store.all();
}

Result<Campaign> CampaignService::find(qint64 campaignId) const
{
    auto found = m_store.find(campaignId);
    if (!found)
        return found.error();
    if (!*found)
        return Error(Error::Kind::NotFound, tr("This campaign no longer exists."));
    return **found;
}

Result<Campaign> CampaignService::findByCode(const QString& code) const
{
    auto found = m_store.findByCode(code.trimmed());
    if (!found)
        return found.error();
    if (!*found)
        return Error(
            Error::Kind::NotFound,
            tr("There is no campaign %1. Check the code, or create it first.").arg(code.trimmed()));
    return **found;
}

Result<QList<CampaignMember>> CampaignService::members(qint64 campaignId) const
{
    return m_store.members(campaignId);
}

Result<CampaignResult> CampaignService::result(qint64 campaignId) const
{
    return result(campaignId, m_clock.today());
}

Result<CampaignResult> CampaignService::result(qint64 campaignId, const QDate& asOf) const
{
    auto c = find(campaignId);
    if (!c)
        return c.error();
    auto members = m_store.members(campaignId);
    if (!members)
        return members.error();
    // The whole window always: a sale dated later than today is no less the window's.
    auto sales = m_store.memberSales(campaignId, c->start, c->lastDay());
    if (!sales)
        return sales.error();
    QHash<qint64, MemberSales> byCustomer;
    for (const MemberSales& s : std::as_const(*sales))
        byCustomer.insert(s.customerId, s);
    CampaignResult result;
    result.asOf = asOf;
    result.final = asOf > c->lastDay();
    QList<const CampaignMember*> everyoneOf;
    for (const CampaignMember& m : std::as_const(*members))
        everyoneOf.append(&m);
    result.overall = outcomeOf(everyoneOf, byCustomer);
    result.byLifecycle = partsBy(*members, byCustomer, &CampaignMember::lifecycle);
    result.byTier = partsBy(*members, byCustomer, &CampaignMember::tier);
    result.byRfm = partsBy(*members, byCustomer, &CampaignMember::rfmSegment);
    return result;
}

Result<QList<CampaignMessage>> CampaignService::messages(qint64 campaignId) const
{
    auto c = find(campaignId);
    if (!c)
        return c.error();
    auto members = m_store.members(campaignId);
    if (!members)
        return members.error();
    auto now = m_segments.snapshot(m_clock.today());
    if (!now)
        return now.error();
    auto business = m_settings.businessProfile();
    if (!business)
        return business.error();
    QList<CampaignMessage> messages;
    for (const CampaignMember& m : std::as_const(*members)) {
        if (m.group != CampaignGroup::Treatment)
            continue;
        const auto at = (*now)->indexOf.constFind(m.customerId);
        const CustomerActivity* activity =
            at != (*now)->indexOf.cend() ? &(*now)->customers.at(*at).activity : nullptr;
        CampaignMessage message;
        message.member = m;
        message.text =
            MessageTemplates::fill(c->message, valuesFor(m, activity, *c, business->name))
                .trimmed();
        if (c->channel == CampaignChannel::WhatsApp && !m.phone.isEmpty())
            message.url = PhoneNumber::whatsAppUrl(m.phone, message.text);
        message.smsParts = SmsLength::of(message.text).parts;
        messages.append(message);
    }
    return messages;
}

Status CampaignService::markSent(const QList<CampaignMessage>& messages)
{
    if (messages.isEmpty())
        return {};
    auto c = find(messages.first().member.campaignId);
    if (!c)
        return c.error();
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status;
    const QDateTime now = m_clock.now();
    if (!c->launched())
        if (Status launched = m_store.setLaunched(c->id, now); !launched)
            return launched;
    for (const CampaignMessage& message : messages) {
        auto marked = m_store.setSent(c->id, message.member.customerId, now);
        if (!marked)
            return marked.error();
        if (!*marked)
            continue;
        Interaction sent;
        sent.customerId = message.member.customerId;
        sent.kind = contactKind(c->channel);
        sent.at = now;
        sent.staff = m_staff;
        sent.summary = message.text.left(InteractionService::maxSummaryLength);
        sent.outcome = tr("Campaign %1").arg(c->code);
        if (auto logged = m_interactions.log(sent); !logged)
            return logged.error();
    }
    if (Status status = transaction.commit(); !status)
        return status;
    m_database.afterCommit([this] { Q_EMIT campaignsChanged(); });
    return {};
}

Result<QList<CampaignLetter>> CampaignService::letters(qint64 campaignId) const
{
    auto messages = this->messages(campaignId);
    if (!messages)
        return messages.error();
    QList<CampaignLetter> letters;
    for (const CampaignMessage& m : std::as_const(*messages))
        letters.append({{m.member.name, m.member.address}, m.member.code, m.text});
    return letters;
}

Status CampaignService::recordCall(qint64 campaignId, qint64 customerId, const QString& result)
{
    auto c = find(campaignId);
    if (!c)
        return c.error();
    const QString said = textInput::cleaned(result);
    if (textInput::isBlank(said))
        return refused(tr("Write what came of the call."), "result");
    if (said.size() > maxCallResultLength)
        return refused(tr("The result has %1 characters; %2 at most.")
                           .arg(said.size())
                           .arg(maxCallResultLength),
                       "result");
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status;
    const QDateTime now = m_clock.now();
    auto marked = m_store.setCallResult(campaignId, customerId, said, now);
    if (!marked)
        return marked.error();
    if (!*marked)
        return Error(Error::Kind::NotFound,
                     tr("This customer is not in campaign %1.").arg(c->code));
    Interaction call;
    call.customerId = customerId;
    call.kind = InteractionKind::Call;
    call.at = now;
    call.staff = m_staff;
    call.summary = tr("Campaign %1: %2").arg(c->code, c->name);
    call.outcome = said;
    if (auto logged = m_interactions.log(call); !logged)
        return logged.error();
    if (Status status = transaction.commit(); !status)
        return status;
    m_database.afterCommit([this] { Q_EMIT campaignsChanged(); });
    return {};
}

Status CampaignService::writeMembersCsv(CsvWriter& writer, qint64 campaignId) const
{
    auto members = m_store.members(campaignId);
    if (!members)
        return members.error();
    writer.writeRow(QStringList{QStringLiteral("code"), QStringLiteral("name"),
                                QStringLiteral("group"), QStringLiteral("phone")});
    for (const CampaignMember& m : std::as_const(*members))
        // The phone as stored (E.164), not neutralised: this file is for machines.
        writer.writeRow({m.code, m.name, campaign::groupId(m.group), CsvCell::numeric(m.phone)});
    return {};
}

Status CampaignService::writeMessagesCsv(CsvWriter& writer, qint64 campaignId) const
{
    auto c = find(campaignId);
    if (!c)
        return c.error();
    auto messages = this->messages(campaignId);
    if (!messages)
        return messages.error();
    const bool sms = c->channel == CampaignChannel::Sms;
    const bool letter = c->channel == CampaignChannel::Letter;
    QStringList header{letter ? QStringLiteral("address") : QStringLiteral("phone"),
                       QStringLiteral("name"), QStringLiteral("message")};
    if (sms)
        header.append(QStringLiteral("parts"));
    writer.writeRow(header);
    for (const CampaignMessage& m : std::as_const(*messages)) {
        QString phone = m.member.phone;
        phone.remove(QLatin1Char('+'));
        QStringList row{letter ? m.member.address : phone, m.member.name, m.text};
        if (sms)
            row.append(QString::number(m.smsParts));
        writer.writeRow(row);
    }
    return {};
}

} // namespace setia
