#pragma once

#include "domain/Customer.h"
#include "domain/Quantity.h"
#include "domain/Receivables.h"
#include "domain/TimelineEntry.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace setia {

// One row of the record card's ledger: a sale or a payment, in date order.
struct CardEntry
{
    enum class Kind { Sale, Payment };
    Kind kind = Kind::Sale;
    qint64 id = 0; // the sale's or the payment's
    QDateTime at;
    QString document;    // receipt number, or "Payment" with its method
    QString description; // the items, or the payment's note
    qint64 amount = 0;   // what the sale came to (0 for payments)
    qint64 paid = 0;     // paid at once (cash sales) or by this payment
    qint64 balance = 0;  // the receivable balance after this row
    bool credit = false;
    bool voided = false; // shown, marked, and outside every sum
    QString voidReason;
};

struct FavouriteItem
{
    QString sku;
    QString name;
    Quantity quantity;
    qint64 amount = 0;
};

// Lifecycle of SPEC §5 for one customer as of a date.
enum class Lifecycle { Prospect, Active, Passive, Lost, Bad };

// The customer record card (kartu pelanggan, SPEC §4): everything needed on screen and
// on paper, computed as of one date.
struct CustomerCard
{
    Customer customer;
    QDate asOf;
    Lifecycle lifecycle = Lifecycle::Prospect;
    QList<CardEntry> entries;
    ReceivableSummary receivable;
    int purchases = 0;        // non-voided sales
    qint64 totalSpent = 0;    // their revenue
    qint64 averageTicket = 0; // rounded half away from zero
    QDate firstPurchase;
    QDate lastPurchase;
    QList<FavouriteItem> favourites; // top 5 by quantity
    qint64 points = 0;               // loyalty points on the as-of date
    QList<TimelineEntry> timeline;   // everything about them, newest first (SPEC §13)
};

namespace card {
QString lifecycleId(Lifecycle lifecycle); // "prospect", "active", "passive", "lost", "bad"
}

} // namespace setia
