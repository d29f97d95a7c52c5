#include "services/SurveyService.h"

#include "analytics/SegmentNames.h"
#include "analytics/Segmentation.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/CustomerCard.h"
#include "domain/FollowUp.h"
#include "domain/TextInput.h"
#include "io/CsvWriter.h"
#include "services/FollowUpService.h"
#include "services/InteractionService.h"
#include "services/SegmentService.h"
#include "services/SettingsService.h"
#include "stores/CustomerStore.h"
#include "stores/SurveyStore.h"

#include <QHash>

namespace setia {
namespace {

constexpr int clockSlackSeconds = 5 * 60;

Error invalid(const QString& field, const QString& message)
{
    return Error(Error::Kind::Validation, message, field);
}

// The ids of a grouping in SPEC §5's order (groups of other names follow by name).
QStringList orderOf(NpsGrouping by)
{
    QStringList ids;
    switch (by) {
    case NpsGrouping::Lifecycle:
        for (Lifecycle l : {Lifecycle::Prospect, Lifecycle::Active, Lifecycle::Passive,
                            Lifecycle::Lost, Lifecycle::Bad})
            ids.append(card::lifecycleId(l));
        break;
    case NpsGrouping::Tier:
        for (ContributionTier t : {ContributionTier::Big, ContributionTier::Regular,
                                   ContributionTier::Micro, ContributionTier::None})
            ids.append(segmentation::tierId(t));
        break;
    case NpsGrouping::RfmSegment:
        for (RfmSegment s :
             {RfmSegment::Champions, RfmSegment::Loyal, RfmSegment::PotentialLoyalist,
              RfmSegment::New, RfmSegment::Promising, RfmSegment::NeedAttention,
              RfmSegment::AboutToSleep, RfmSegment::AtRisk, RfmSegment::CantLose,
              RfmSegment::Hibernating, RfmSegment::Lost, RfmSegment::Prospect})
            ids.append(segmentation::rfmSegmentId(s));
        break;
    case NpsGrouping::None:
    case NpsGrouping::Type:
    case NpsGrouping::Area:
        break;
    }
    return ids;
}

QString groupOf(NpsGrouping by, const CustomerSegment& s)
{
    switch (by) {
    case NpsGrouping::Lifecycle:
        return card::lifecycleId(s.lifecycle);
    case NpsGrouping::Tier:
        return segmentation::tierId(s.tier);
    case NpsGrouping::RfmSegment:
        return segmentation::rfmSegmentId(s.rfm);
    case NpsGrouping::Type:
        return s.activity.type;
    case NpsGrouping::Area:
        return s.activity.area;
    case NpsGrouping::None:
        break;
    }
    return {};
}

} // namespace

SurveyService::SurveyService(Database& database, SurveyStore& surveys, FollowUpService& followUps,
                             const CustomerStore& customers, const SettingsService& settings,
                             const SegmentService& segments, const Clock& clock, QString staff,
                             QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_surveys(surveys)
    , m_followUps(followUps)
    , m_customers(customers)
    , m_settings(settings)
    , m_segments(segments)
    , m_clock(clock)
    , m_staff(std::move(staff))
{}

std::optional<NpsGrouping> SurveyService::groupingFromId(const QString& id)
{
    const QString wanted = id.trimmed().toLower();
    for (NpsGrouping by : groupings())
        if (wanted == groupingId(by))
            return by;
    return std::nullopt;
}

QString SurveyService::groupingId(NpsGrouping by)
{
    switch (by) {
    case NpsGrouping::Lifecycle:
        return QStringLiteral("lifecycle");
    case NpsGrouping::Tier:
        return QStringLiteral("tier");
    case NpsGrouping::RfmSegment:
        return QStringLiteral("rfm_segment");
    case NpsGrouping::Type:
        return QStringLiteral("type");
    case NpsGrouping::Area:
        return QStringLiteral("area");
    case NpsGrouping::None:
        break;
    }
    return nps::allGroup;
}

QList<NpsGrouping> SurveyService::groupings()
{
    return {NpsGrouping::Lifecycle, NpsGrouping::Tier, NpsGrouping::RfmSegment, NpsGrouping::Type,
            NpsGrouping::Area};
}

QString SurveyService::groupingTitle(NpsGrouping by)
{
    switch (by) {
    case NpsGrouping::Lifecycle:
        return tr("By lifecycle");
    case NpsGrouping::Tier:
        return tr("By contribution tier");
    case NpsGrouping::RfmSegment:
        return tr("By RFM segment");
    case NpsGrouping::Type:
        return tr("By customer type");
    case NpsGrouping::Area:
        return tr("By area");
    case NpsGrouping::None:
        break;
    }
    return tr("Overall");
}

QString SurveyService::groupName(NpsGrouping by, const QString& group)
{
    if (group == nps::allGroup)
        return tr("All answers");
    if (group == nps::anonymousGroup)
        return tr("Anonymous");
    if (group == archivedGroup)
        return tr("Archived customers");
    switch (by) {
    case NpsGrouping::Lifecycle:
        return SegmentNames::choice(RuleField::Lifecycle, group);
    case NpsGrouping::Tier:
        return SegmentNames::choice(RuleField::Tier, group);
    case NpsGrouping::RfmSegment:
        return SegmentNames::choice(RuleField::RfmSegment, group);
    case NpsGrouping::Type:
    case NpsGrouping::Area:
    case NpsGrouping::None:
        break;
    }
    return group.trimmed().isEmpty() ? tr("(none)") : group;
}

Result<SurveyResponse> SurveyService::validated(SurveyResponse r) const
{
    r.comment = textInput::cleaned(r.comment, true);
    r.staff = textInput::cleaned(r.staff);
    if (r.staff.isEmpty())
        r.staff = m_staff;
    if (!r.at.isValid())
        r.at = m_clock.now();
    if (!r.hasNps() && !r.hasCsat())
        return invalid(QStringLiteral("nps"),
                       tr("Enter a score: how likely they are to recommend the shop (0–10), how "
                          "satisfied they were (1–5), or both."));
    if (r.hasNps() && (r.nps < 0 || r.nps > 10))
        return invalid(QStringLiteral("nps"), tr("The recommendation score is 0 to 10."));
    if (r.hasCsat() && (r.csat < 1 || r.csat > 5))
        return invalid(QStringLiteral("csat"), tr("The satisfaction score is 1 to 5."));
    if (r.at > m_clock.now().addSecs(clockSlackSeconds))
        return invalid(QStringLiteral("at"),
                       tr("This date is still to come: enter when the customer answered."));
    for (const auto& [text, field] :
         {std::pair(&r.comment, "comment"), std::pair(&r.staff, "staff")})
        if (textInput::hasControlCharacters(*text))
            return invalid(QLatin1String(field),
                           tr("The text holds invisible control characters. Type it again."));
    if (r.comment.size() > maxCommentLength)
        return invalid(QStringLiteral("comment"),
                       tr("The comment is too long: at most %1 characters.").arg(maxCommentLength));
    if (r.staff.size() > InteractionService::maxStaffLength)
        return invalid(QStringLiteral("staff"),
                       tr("The staff name is too long: at most %1 characters.")
                           .arg(InteractionService::maxStaffLength));
    if (r.customerId > 0) {
        auto customer = m_customers.find(r.customerId);
        if (!customer)
            return customer.error();
        if (!customer->has_value() || (*customer)->merged)
            return invalid(QStringLiteral("customer"),
                           tr("This customer no longer exists or was merged into another. "
                              "Choose another, or record the answer without a name."));
    }
    if (r.saleId > 0) {
        auto sale = m_surveys.saleCustomer(r.saleId);
        if (!sale)
            return sale.error();
        if (!sale->has_value() || (r.customerId > 0 && **sale != r.customerId))
            return invalid(QStringLiteral("sale"),
                           tr("That sale is not this customer's. Choose one of their sales."));
    }
    return r;
}

Result<qint64> SurveyService::detractorFollowUp(const SurveyResponse& r)
{
    auto rules = m_settings.complaintRules();
    if (!rules)
        return rules.error();
    FollowUp f;
    f.customerId = r.customerId;
    f.due = r.at.date().addDays(rules->detractorFollowUpDays);
    // Whose until user accounts exist: the owner, by role.
    f.staff = tr("Owner");
    QString task = tr("Call back: would not recommend the shop (score %1 of 10)").arg(r.nps);
    if (!r.comment.isEmpty()) {
        const QString said = QStringLiteral(": \u201C%1\u201D").arg(r.comment.simplified());
        task += said.size() + task.size() <= FollowUpService::maxTaskLength
                    ? said
                    : said.left(FollowUpService::maxTaskLength - task.size() - 2) +
                          QStringLiteral("\u2026\u201D");
    }
    f.task = task;
    auto made = m_followUps.create(f);
    if (!made)
        return made.error();
    return made->id;
}

Result<SurveyResponse> SurveyService::record(SurveyResponse draft)
{
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status.error();
    auto valid = validated(std::move(draft));
    if (!valid)
        return valid.error();
    SurveyResponse r = std::move(valid).value();
    r.createdAt = m_clock.now();
    r.followUpId = 0;
    auto id = m_surveys.insert(r);
    if (!id)
        return id.error();
    r.id = *id;
    if (r.customerId > 0 && survey::isDetractor(r.nps) &&
        r.at.date() >= m_clock.today().addDays(-followUpWithinDays)) {
        auto followUp = detractorFollowUp(r);
        if (!followUp)
            return followUp.error();
        r.followUpId = *followUp;
        if (Status linked = m_surveys.setFollowUp(r.id, r.followUpId); !linked)
            return linked.error();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    m_database.afterCommit([this] { Q_EMIT surveysChanged(); });
    return r;
}

Result<qint64> SurveyService::recordMany(QList<SurveyResponse> drafts, const BulkOptions& options)
{
    if (drafts.isEmpty())
        return qint64(0);
    Transaction transaction(m_database);
    if (Status status = transaction.begin(options.waiting); !status)
        return status.error();
    const auto total = qint64(drafts.size());
    qint64 done = 0;
    for (SurveyResponse& draft : drafts) {
        if (Status going = options.written(done++, total); !going)
            return going.error();
        if (auto saved = record(std::move(draft)); !saved)
            return saved.error();
    }
    if (options.dryRun)
        return total;
    if (Status status = transaction.commit(); !status)
        return status.error();
    return total;
}

Result<QList<NpsTally>> SurveyService::results(const QDate& from, const QDate& to,
                                               NpsGrouping by) const
{
    auto responses = m_surveys.between(from, to);
    if (!responses)
        return responses.error();
    if (by == NpsGrouping::None)
        return nps::tally(*responses, from, to);
    auto snapshot = m_segments.snapshot(to);
    if (!snapshot)
        return snapshot.error();
    const SegmentSnapshot& segments = **snapshot;
    return nps::tally(
        *responses, from, to,
        [&](qint64 customerId) {
            const auto at = segments.indexOf.constFind(customerId);
            return at == segments.indexOf.constEnd() ? archivedGroup
                                                     : groupOf(by, segments.customers.at(*at));
        },
        orderOf(by));
}

Status SurveyService::writeCsv(CsvWriter& writer, const QDate& from, const QDate& to,
                               NpsGrouping by) const
{
    auto rows = results(from, to, by);
    if (!rows)
        return rows.error();
    const int minimum = minimumResponses();
    writer.writeRow({QStringLiteral("group"), QStringLiteral("responses"),
                     QStringLiteral("promoters"), QStringLiteral("passives"),
                     QStringLiteral("detractors"), QStringLiteral("nps"),
                     QStringLiteral("margin")});
    for (const NpsTally& t : std::as_const(*rows)) {
        if (t.responses == 0 && t.group != nps::allGroup)
            continue;
        const auto score = t.npsTenths();
        const auto margin = t.marginTenths(minimum);
        writer.writeRow(
            QStringList{t.group, QString::number(t.responses), QString::number(t.promoters),
                        QString::number(t.passives), QString::number(t.detractors),
                        score ? nps::tenthsText(*score) : QString(),
                        margin ? nps::tenthsText(*margin) : QStringLiteral("n<%1").arg(minimum)});
    }
    return {};
}

Result<SatisfactionReport> SurveyService::report(const QDate& from, const QDate& to) const
{
    QList<SatisfactionReport::Breakdown> breakdowns;
    for (NpsGrouping by : QList<NpsGrouping>{NpsGrouping::None} + groupings()) {
        auto rows = results(from, to, by);
        if (!rows)
            return rows.error();
        SatisfactionReport::Breakdown breakdown{groupingTitle(by), groupingId(by), {}, {}};
        for (const NpsTally& t : std::as_const(*rows)) {
            if (t.responses == 0 && t.csatResponses == 0 && t.group != nps::allGroup)
                continue;
            breakdown.rows.append(t);
            breakdown.names.append(groupName(by, t.group));
        }
        breakdowns.append(breakdown);
    }
    auto answers = m_surveys.between(from, to);
    if (!answers)
        return answers.error();
    QList<SatisfactionReport::Comment> comments;
    QHash<qint64, QString> names;
    for (const SurveyResponse& r : std::as_const(*answers)) {
        if (r.comment.trimmed().isEmpty())
            continue;
        QString who = tr("Anonymous");
        if (r.customerId != 0) {
            auto name = names.constFind(r.customerId);
            if (name == names.constEnd()) {
                auto customer = m_customers.find(r.customerId);
                if (!customer)
                    return customer.error();
                name = names.insert(
                    r.customerId,
                    *customer ? QStringLiteral("%1 · %2").arg((*customer)->code, (*customer)->name)
                              : QString());
            }
            who = *name;
        }
        comments.append({r.at, who, r.nps, r.csat, r.comment});
    }
    return SatisfactionReport(from, to, minimumResponses(), breakdowns, comments);
}

Result<QList<SurveyResponse>> SurveyService::forCustomer(qint64 customerId) const
{
    return m_surveys.forCustomer(customerId);
}

Result<QList<SurveyResponse>> SurveyService::between(const QDate& from, const QDate& to) const
{
    return m_surveys.between(from, to);
}

int SurveyService::minimumResponses() const
{
    auto rules = m_settings.complaintRules();
    return rules ? rules->minimumResponses : ComplaintRules{}.minimumResponses;
}

} // namespace setia
