#pragma once

#include "domain/CustomerCard.h"
#include "domain/Receivables.h"

#include <QCoreApplication>
#include <QString>

namespace setia {

// What screens and reports call a customer's standing, translated.
class StatusNames
{
    Q_DECLARE_TR_FUNCTIONS(StatusNames)

public:
    static QString lifecycle(Lifecycle lifecycle);    // "Active", "Prospect (never bought)", …
    static QString creditStatus(CreditStatus status); // "current", "macet (over 90 days)", …
    // A record card row's description: "Credit: …" or "Cash: …" for sales, marked when voided.
    static QString cardEntry(const CardEntry& entry);
};

} // namespace setia
