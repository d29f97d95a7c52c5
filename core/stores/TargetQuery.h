#pragma once

#include "analytics/TargetRules.h"
#include "common/Result.h"
#include "domain/TargetSheet.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace setia {

class Database;

// What a customer's purchase rhythm needs: their sales up to the day and the last few
// distinct days with a sale, ascending.
struct PurchaseRhythm
{
    qint64 sales = 0;
    QList<QDate> lastDays; // at most 6
};

// A customer who can be due, and the weekdays they are visited.
struct TargetCandidate
{
    TargetCustomer customer;
    VisitDays visitDays;
};

// A product as the sheet prices it today.
struct TargetProduct
{
    QString sku;
    QString name;
    qint64 price = 0;
};

// The reads of the daily sales target sheet (SPEC §7).
class TargetQuery
{
public:
    explicit TargetQuery(Database& database);

    // Customers who can be due: neither bad nor archived; of one salesperson and of one area
    // (ignoring case) when those are not empty. Details only; no sales yet.
    Result<QList<TargetCandidate>> candidates(const QString& salesperson,
                                              const QString& area = {}) const;
    // The salespeople, or areas, named on active customers, sorted.
    Result<QStringList> salespeople() const { return distinct(QStringLiteral("salesperson")); }
    Result<QStringList> areas() const { return distinct(QStringLiteral("area")); }
    // Any non-archived customer, bad ones too (added to a sheet by hand); nullopt otherwise.
    Result<std::optional<TargetCandidate>> candidate(qint64 customerId) const;
    // The purchase rhythm of each of `customers` up to `day`, from one ordered pass over the
    // sales' covering index.
    Result<QHash<qint64, PurchaseRhythm>> rhythms(const QSet<qint64>& customers,
                                                  const QDate& day) const;
    // Every non-voided sale of `customers` up to `day`, oldest first (time, then receipt),
    // with the quantity of each product.
    Result<QHash<qint64, QList<TargetSale>>> sales(const QList<qint64>& customers,
                                                   const QDate& day) const;
    Result<QHash<qint64, TargetProduct>> products() const;
    // Quantities bought from `from` to `to` by customers of each of `types`: type → product
    // id → thousandths.
    Result<QHash<QString, QHash<qint64, qint64>>>
    boughtByType(const QSet<QString>& types, const QDate& from, const QDate& to) const;

private:
    Result<QStringList> distinct(const QString& column) const;

    Database& m_database;
};

} // namespace setia
