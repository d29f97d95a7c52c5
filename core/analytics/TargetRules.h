#pragma once

#include "domain/Quantity.h"
#include "domain/VisitDays.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace setia {

// One non-voided sale of a customer as the target sheet reads it: when, its receipt, and
// how much of each product it held (the lines of one product added up).
struct TargetSale
{
    QDateTime soldAt;
    QString receipt;
    qint64 revenue = 0;
    QHash<qint64, qint64> milliByProduct; // product id → quantity in thousandths
};

// A product to suggest (SPEC §7): the ceiling of the mean quantity of the last up to 4 sales
// that held it, and those quantities, oldest first.
struct Suggestion
{
    qint64 productId = 0;
    qint64 quantity = 0;   // whole units
    QList<Quantity> basis; // the quantities averaged, oldest first
};

namespace targetRules {

// Due by rhythm (SPEC §7): at least 2 sales, the last at most 365 days before `day`, and
// the last purchase day + the median of the gaps between the last up to 6 purchase days
// on or before `day`. `purchaseDays` are the distinct days with a sale, ascending (only the
// last 6 matter); `sales` counts sales, several on one day included. With one purchase day
// there is no gap, so no rhythm.
bool dueByRhythm(const QList<QDate>& purchaseDays, qint64 sales, const QDate& day);
bool dueByVisitDay(VisitDays visitDays, const QDate& day);

// Products held by at least 2 of the last 6 of `sales` (oldest first by time, then receipt),
// each with its quantity from the last up to 4 of all `sales` that held it. By product id.
QList<Suggestion> suggestions(const QList<TargetSale>& sales);

// "12, 10, 14" with '.' as the decimal point: the CSV's basis after "avg of ".
QString basisText(const QList<Quantity>& basis);

} // namespace targetRules

} // namespace setia
