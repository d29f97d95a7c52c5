#include "domain/Timeline.h"

#include "domain/DisplayFormat.h"
#include "domain/StatusNames.h"
#include "domain/TicketTexts.h"

#include <QHash>

#include <algorithm>

namespace setia {
namespace {

QString pointsWhat(const LoyaltyEntry& entry)
{
    QString kind;
    switch (entry.kind) {
    case LoyaltyEntryKind::Earn:
        kind = Timeline::tr("Points earned");
        break;
    case LoyaltyEntryKind::Redeem:
        kind = Timeline::tr("Points used");
        break;
    case LoyaltyEntryKind::Adjust:
        kind = Timeline::tr("Points adjusted");
        break;
    case LoyaltyEntryKind::Expire:
        kind = Timeline::tr("Points expired");
        break;
    }
    return entry.reason.isEmpty() ? kind : QStringLiteral("%1 — %2").arg(kind, entry.reason);
}

} // namespace

QList<TimelineEntry> Timeline::build(const QList<CardEntry>& entries,
                                     const QList<LoyaltyEntry>& points,
                                     const QList<Interaction>& interactions,
                                     const QList<FollowUp>& followUps,
                                     const QList<RuleFiring>& firings, const QList<Ticket>& tickets,
                                     const QHash<qint64, QList<TicketEvent>>& ticketSteps,
                                     const QList<SurveyResponse>& surveys, const QDate& today)
{
    QList<TimelineEntry> rows;
    rows.reserve(entries.size() + points.size() + interactions.size() + followUps.size());
    for (const CardEntry& e : entries) {
        TimelineEntry row;
        row.kind = e.kind == CardEntry::Kind::Sale ? TimelineKind::Sale : TimelineKind::Payment;
        row.id = e.id;
        row.at = e.at;
        const QString description = StatusNames::cardEntry(e);
        row.what = e.document.isEmpty() ? description
                                        : QStringLiteral("%1 · %2").arg(e.document, description);
        row.amount = row.kind == TimelineKind::Sale ? e.amount : e.paid;
        row.voided = e.voided;
        rows.append(std::move(row));
    }
    QHash<qint64, QDateTime> saleTimes;
    for (const CardEntry& e : entries)
        if (e.kind == CardEntry::Kind::Sale)
            saleTimes.insert(e.id, e.at);
    for (const LoyaltyEntry& p : points) {
        TimelineEntry row;
        row.kind = TimelineKind::Points;
        row.id = p.id;
        // Earned and used points belong to their sale's moment; the others to their day.
        row.at = saleTimes.value(p.saleId, p.date.startOfDay());
        row.what = pointsWhat(p);
        row.amount = p.points;
        rows.append(std::move(row));
    }
    for (const Interaction& i : interactions) {
        TimelineEntry row;
        row.kind = TimelineKind::Interaction;
        row.id = i.id;
        row.at = i.at;
        row.what = i.summary.isEmpty()
                       ? interactionName(i.kind)
                       : QStringLiteral("%1 — %2").arg(interactionName(i.kind), i.summary);
        row.outcome = i.outcome;
        row.staff = i.staff;
        rows.append(std::move(row));
    }
    for (const FollowUp& f : followUps) {
        TimelineEntry row;
        row.kind = TimelineKind::FollowUp;
        row.id = f.id;
        row.open = !f.done();
        row.overdue = f.overdueOn(today);
        row.at = f.done() ? f.doneAt : f.due.startOfDay();
        row.what =
            f.done() ? tr("Done: %1 (due %2)").arg(f.task, display::shortDate(f.due)) : f.task;
        row.outcome = f.outcome;
        row.staff = f.staff;
        rows.append(std::move(row));
    }
    for (const RuleFiring& f : firings) {
        TimelineEntry row;
        row.kind = TimelineKind::Rule;
        row.id = f.id;
        row.at = f.firedAt;
        row.what = QStringLiteral("%1 — %2").arg(f.ruleName, f.what);
        row.outcome = f.why;
        rows.append(std::move(row));
    }
    for (const Ticket& t : tickets) {
        for (const TicketEvent& e : ticketSteps.value(t.id)) {
            TimelineEntry row;
            row.kind = TimelineKind::Complaint;
            row.id = t.id;
            row.at = e.at;
            row.what = QStringLiteral("%1 · %2").arg(t.number, TicketTexts::step(e));
            row.staff = e.staff;
            row.open = !t.finished();
            rows.append(std::move(row));
        }
    }
    for (const SurveyResponse& r : surveys) {
        TimelineEntry row;
        row.kind = TimelineKind::Survey;
        row.id = r.id;
        row.at = r.at;
        QStringList scores;
        if (r.hasNps())
            scores.append(tr("would recommend: %1 of 10").arg(r.nps));
        if (r.hasCsat())
            scores.append(tr("satisfied: %1 of 5").arg(r.csat));
        row.what = scores.join(QStringLiteral(", "));
        row.outcome = r.comment;
        row.staff = r.staff;
        rows.append(std::move(row));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
        if (a.at != b.at)
            return a.at > b.at;
        return int(a.kind) < int(b.kind);
    });
    return rows;
}

QString Timeline::kindName(TimelineKind kind)
{
    switch (kind) {
    case TimelineKind::Sale:
        return tr("Sale");
    case TimelineKind::Payment:
        return tr("Payment");
    case TimelineKind::Points:
        return tr("Points");
    case TimelineKind::Interaction:
        return tr("Contact");
    case TimelineKind::FollowUp:
        return tr("Follow-up");
    case TimelineKind::Rule:
        return tr("Rule");
    case TimelineKind::Complaint:
        return tr("Complaint");
    case TimelineKind::Survey:
        return tr("Survey");
    }
    return {};
}

QString Timeline::interactionName(InteractionKind kind)
{
    switch (kind) {
    case InteractionKind::Call:
        return tr("Call");
    case InteractionKind::Visit:
        return tr("Visit");
    case InteractionKind::WhatsApp:
        return tr("WhatsApp");
    case InteractionKind::Sms:
        return tr("SMS");
    case InteractionKind::Email:
        return tr("E-mail");
    case InteractionKind::Meeting:
        return tr("Meeting");
    case InteractionKind::Note:
        return tr("Note");
    }
    return {};
}

} // namespace setia
