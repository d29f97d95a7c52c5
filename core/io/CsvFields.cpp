#include "io/CsvFields.h"

#include "domain/Money.h"
#include "domain/Quantity.h"

namespace setia {

std::optional<QDateTime> CsvFields::dateTime(const QString& text, const QString& column,
                                             QString& reason)
{
    const QString value = text.trimmed();
    for (const char* format : {"yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm:ss",
                               "yyyy-MM-ddTHH:mm:ss", "dd/MM/yyyy HH:mm"}) {
        const QDateTime at = QDateTime::fromString(value, QLatin1String(format));
        if (at.isValid())
            return at;
    }
    if (auto day = date(value, column, reason))
        return day->startOfDay();
    return std::nullopt;
}

std::optional<QDate> CsvFields::date(const QString& text, const QString& column, QString& reason)
{
    const QString value = text.trimmed();
    for (const char* format : {"yyyy-MM-dd", "dd/MM/yyyy"}) {
        const QDate day = QDate::fromString(value, QLatin1String(format));
        if (day.isValid() && day.year() >= 1900)
            return day;
    }
    reason = value.isEmpty()
                 ? tr("%1 is empty. Write the date as 2026-11-22 or 22/11/2026.").arg(column)
                 : tr("%1 \"%2\" is not a date. Write it as 2026-11-22 or 22/11/2026.")
                       .arg(column, value);
    return std::nullopt;
}

std::optional<qint64> CsvFields::amount(const QString& text, const QString& column, QString& reason)
{
    const auto value = money::parse(text);
    if (!value) {
        reason = tr("%1 \"%2\" is not an amount. Write whole Rupiah, such as 1250000 or "
                    "Rp1.250.000.")
                     .arg(column, text.trimmed());
        return std::nullopt;
    }
    if (*value < 0) {
        reason =
            tr("%1 is negative (%2). Amounts are zero or more.").arg(column, money::format(*value));
        return std::nullopt;
    }
    return value;
}

std::optional<Quantity> CsvFields::quantity(const QString& text, const QString& column,
                                            QString& reason)
{
    const auto value = Quantity::parse(text);
    if (!value || !value->isPositive()) {
        reason = tr("%1 \"%2\" is not a quantity above 0 (up to 3 decimals, such as 2 or 1.5).")
                     .arg(column, text.trimmed());
        return std::nullopt;
    }
    return value;
}

std::optional<int> CsvFields::wholeNumber(const QString& text, const QString& column,
                                          QString& reason)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 0) {
        reason = tr("%1 \"%2\" is not a whole number of 0 or more.").arg(column, text.trimmed());
        return std::nullopt;
    }
    return value;
}

} // namespace setia
