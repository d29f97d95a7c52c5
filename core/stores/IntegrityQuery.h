#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace setia {

class Database;

// The file's health (the engine's checks) and what Setia itself promises about its data
// (SPEC §12's invariants), read back: each sale's totals agree with its lines, and no points
// or stamp balance is below zero.
class IntegrityQuery
{
public:
    struct SaleTotals
    {
        QString receipt;
        qint64 linesTotal = 0; // as stored on the sale
        qint64 linesSum = 0;   // of its lines
        qint64 revenue = 0;    // as stored
        qint64 discount = 0;
    };
    struct Balance
    {
        QString code;
        QString card; // the stamp card; empty for points
        qint64 balance = 0;
    };

    explicit IntegrityQuery(Database& database);

    // The engine's quick check of the file: one line per damage found.
    Result<QStringList> damage() const;
    // Rows whose reference points at nothing, one line each.
    Result<QStringList> brokenReferences() const;

    // Sales whose lines_total differs from the sum of its lines, or whose revenue from
    // lines_total minus the discount.
    Result<QList<SaleTotals>> salesOff() const;
    // Customers whose points, or stamps on a card, add up to less than zero.
    Result<QList<Balance>> negativeBalances() const;

private:
    Database& m_database;
};

} // namespace setia
