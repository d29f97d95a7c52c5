#pragma once

#include "common/Result.h"
#include "domain/CounterMatches.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace setia {

class Database;

// The counter's search over active customers (SPEC §11), read through the index of phone and
// member-code endings (schema version 7) and the phone digits index.
class CounterSearchQuery
{
public:
    explicit CounterSearchQuery(Database& database);

    // The customers whose phone or member code ends with `ending`
    // (PhoneNumber::typedEnding()), then those whose phone holds `anywhere`
    // (PhoneNumber::queryDigits(), three digits or more) — in the counter's order, at most
    // `limit` rows (0: all of them).
    Result<CounterMatches> byDigits(const QString& ending, const QString& anywhere,
                                    int limit) const;
    // The day of each customer's last sale that was not voided; none for those without.
    Result<QHash<qint64, QDate>> lastVisits(const QList<qint64>& ids) const;

private:
    // The active customers whose `column` of reversed endings starts with `prefix`.
    Result<QList<qint64>> endingWith(const char* column, const QString& prefix) const;
    // These customers' ids, codes and last visits — what the order needs — in no order.
    Result<QList<CounterMatches::Row>> ranked(const QList<qint64>& ids) const;
    // Fills in the names, phones and cities of the rows shown.
    Status describe(QList<CounterMatches::Row>& rows) const;

    Database& m_database;
};

} // namespace setia
