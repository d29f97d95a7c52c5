#pragma once

#include "domain/Loyalty.h"

#include <QList>
#include <QString>

namespace setia {

// One line of a sales summary: a customer, a product or a period.
struct SalesSummaryRow
{
    QString key;  // member code, SKU or period ("2026-11-22", "2026-11"); empty for walk-ins
    QString name; // customer or product name; empty for periods
    qint64 sales = 0;
    qint64 quantityMilli = 0; // products only
    qint64 amount = 0;        // revenue; for products the lines' amounts
};

enum class SalesGrouping { Customer, Product, Day, Month };

// A loyalty member's entries and spending, for the members report.
struct MemberPoints
{
    qint64 customerId = 0;
    QString code;
    QString name;
    QString phone;
    QList<LoyaltyEntry> entries; // up to the day, oldest first
    qint64 spend365 = 0;         // revenue of the 365 days before the day
};

} // namespace setia
