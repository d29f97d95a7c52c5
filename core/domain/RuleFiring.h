#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace setia {

// One time a rule fired for a customer: when, as of which day, why and what it did.
struct RuleFiring
{
    qint64 id = 0;
    qint64 ruleId = 0;
    QString ruleName;
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QDateTime firedAt;
    QDate asOf;
    QString why;  // the condition and the customer's values that met it
    QString what; // "salesperson Budi (was Sari)", "follow-up for Budi due 2026-12-10: …"
    qint64 followUpId = 0;
};

} // namespace setia
