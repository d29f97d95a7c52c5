#pragma once

#include "domain/CustomerCard.h"
#include "domain/Loyalty.h"
#include "domain/Sale.h"
#include "domain/StampCard.h"

#include <QList>
#include <QString>

namespace setia {

// What the counter shows of a member it found (SPEC §6): their record card, points and tier,
// their stamp cards, and the rules in force (the point value, the birthday reward).
struct CounterMember
{
    CustomerCard card;
    LoyaltySummary loyalty;
    QList<StampStanding> stamps;
    LoyaltySettings rules;
};

// A purchase logged at the counter by its amount, paid in cash, with the points the member
// uses on it (their value comes off).
struct CounterPurchase
{
    qint64 customerId = 0;
    qint64 amount = 0;
    qint64 redeemPoints = 0;
};

// What a purchase (or a reward taken) at the counter did, once saved.
struct CounterOutcome
{
    Sale sale;
    qint64 pointsEarned = 0;
    qint64 pointsUsed = 0;
    qint64 stampsGained = 0; // over all the member's cards, less what a reward used
    qint64 pointsBalance = 0;
    qint64 owed = 0; // the member's receivable balance after it
};

} // namespace setia
