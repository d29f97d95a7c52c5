#pragma once

#include "domain/Quantity.h"
#include "domain/VisitDays.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace setia {

// A suggested item on the target sheet (SPEC §7).
struct TargetItem
{
    qint64 productId = 0;
    QString sku;
    QString name;
    qint64 quantity = 0;   // whole units
    QList<Quantity> basis; // the quantities averaged, oldest first
    qint64 unitPrice = 0;  // the product's current price
    qint64 value = 0;      // quantity × unit price
};

// One customer due on the sheet's day, with what to offer and what to collect.
struct TargetCustomer
{
    qint64 customerId = 0;
    QString code;
    QString name;
    QString address;
    QString city;
    QString area;
    QString phone;
    QString type;
    QString salesperson;
    bool byVisitDay = false; // due by a visit day, else by their buying rhythm
    QDate lastSale;          // invalid when none
    qint64 lastSaleAmount = 0;
    qint64 balance = 0;                  // receivable balance on the day
    qint64 dueByDay = 0;                 // open amounts due on or before the day
    QList<TargetItem> items;             // a quantity set to 0 leaves the item off the sheet
    std::optional<TargetItem> crossSell; // quantity 0: a suggestion to try

    qint64 targetValue() const
    {
        qint64 total = 0;
        for (const TargetItem& item : items)
            total += item.value;
        return total;
    }
};

// One salesperson's customers for the day.
struct TargetSection
{
    QString salesperson; // empty: customers without one
    QList<TargetCustomer> customers;
};

// The daily sales target sheet (Sasaran Penjualan Hari Ini) for a day.
struct TargetSheet
{
    QDate day;
    QList<TargetSection> sections; // by salesperson
};

} // namespace setia
