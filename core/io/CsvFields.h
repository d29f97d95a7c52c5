#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace setia {

class Quantity;

// Reads the values of import files (SPEC §8). Each parser returns nullopt and sets
// `reason` to a translated sentence naming the column when the value cannot be used.
class CsvFields
{
    Q_DECLARE_TR_FUNCTIONS(CsvFields)

public:
    // A date and a time of day as the file names them, without a time zone.
    struct DateAndTime
    {
        QDate date;
        QTime time;
    };

    // "2026-11-22", "2026-11-22 14:05" or "22/11/2026" (with a time too). Not a QDateTime:
    // making a local one asks the C library for the time zone each time (glibc even reads
    // /etc/localtime's status), which costs more than the rest of a sales row.
    static std::optional<DateAndTime> dateAndTime(const QString& text, const QString& column,
                                                  QString& reason);
    static std::optional<QDate> date(const QString& text, const QString& column, QString& reason);
    // Whole Rupiah, zero or more: "1250000", "1.250.000", "Rp1.250.000".
    static std::optional<qint64> amount(const QString& text, const QString& column,
                                        QString& reason);
    static std::optional<Quantity> quantity(const QString& text, const QString& column,
                                            QString& reason);
    static std::optional<int> wholeNumber(const QString& text, const QString& column,
                                          QString& reason);
};

} // namespace setia
