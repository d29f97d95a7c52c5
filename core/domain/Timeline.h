#pragma once

#include "domain/CustomerCard.h"
#include "domain/FollowUp.h"
#include "domain/Interaction.h"
#include "domain/Loyalty.h"
#include "domain/RuleFiring.h"
#include "domain/SurveyResponse.h"
#include "domain/Ticket.h"
#include "domain/TimelineEntry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace setia {

// A customer's timeline: every row newest first (what happened last is what the phone call
// is about); rows of one moment keep the order sale, payment, points, interaction, follow-up,
// rule, complaint, survey.
class Timeline
{
    Q_DECLARE_TR_FUNCTIONS(Timeline)

public:
    static QList<TimelineEntry>
    build(const QList<CardEntry>& entries, const QList<LoyaltyEntry>& points,
          const QList<Interaction>& interactions, const QList<FollowUp>& followUps,
          const QList<RuleFiring>& firings, const QList<Ticket>& tickets,
          const QHash<qint64, QList<TicketEvent>>& ticketSteps,
          const QList<SurveyResponse>& surveys, const QDate& today);

    static QString kindName(TimelineKind kind);           // "Sale", "Payment", …
    static QString interactionName(InteractionKind kind); // "Call", "Visit", …
};

} // namespace setia
