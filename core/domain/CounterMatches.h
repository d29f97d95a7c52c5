#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace setia {

// What the counter's search found for a text, in the counter's order (SPEC §11): for digits,
// the customers whose phone ends with them first, then those whose member code ends with
// them, then every other match — each group by most recent visit, ties by member code; for
// words, the customer list's matches in name order.
struct CounterMatches
{
    enum class Reason { PhoneEnds, CodeEnds, Other };

    struct Row
    {
        qint64 id = 0;
        QString code;
        QString name;
        QString phone; // E.164, or empty
        QString city;
        QDate lastVisit; // the day of their last sale that was not voided; invalid if none
        Reason reason = Reason::Other;
    };

    QList<Row> rows;      // at most the number asked for
    qint64 total = 0;     // every match, also those past the rows
    qint64 phoneEnds = 0; // how many phones end with the digits: Enter opens one only when 1
};

} // namespace setia
