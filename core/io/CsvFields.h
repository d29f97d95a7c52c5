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
    // "2026-11-22", "2026-11-22 14:05" or "22/11/2026" (with a time too).
    static std::optional<QDateTime> dateTime(const QString& text, const QString& column,
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
