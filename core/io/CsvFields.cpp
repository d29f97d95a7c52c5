#include "io/CsvFields.h"

#include "domain/Money.h"
#include "domain/Quantity.h"
#include "io/CsvColumns.h"

namespace setia {

namespace {

// Digits at [from, from + count) as a number; -1 when any is not a digit.
int digitsAt(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// "yyyy-MM-dd" or "dd/MM/yyyy", then nothing or " HH:mm" / "THH:mm" (":ss" allowed):
// the forms of SPEC §8, read without QDateTime::fromString, which costs more than the
// rest of an import row.
std::optional<CsvFields::DateAndTime> fastDateTime(QStringView text)
{
    if (text.size() < 10)
        return std::nullopt;
    int year = -1;
    int month = -1;
    int day = -1;
    if (text.at(4) == u'-' && text.at(7) == u'-') {
        year = digitsAt(text, 0, 4);
        month = digitsAt(text, 5, 2);
        day = digitsAt(text, 8, 2);
    } else if (text.at(2) == u'/' && text.at(5) == u'/') {
        day = digitsAt(text, 0, 2);
        month = digitsAt(text, 3, 2);
        year = digitsAt(text, 6, 4);
    }
    const QDate date(year, month, day);
    if (year < 1900 || !date.isValid())
        return std::nullopt;
    if (text.size() == 10)
        return CsvFields::DateAndTime{date, QTime(0, 0)};
    if ((text.size() != 16 && text.size() != 19) || (text.at(10) != u' ' && text.at(10) != u'T') ||
        text.at(13) != u':')
        return std::nullopt;
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    int second = 0;
    if (text.size() == 19) {
        if (text.at(16) != u':')
            return std::nullopt;
        second = digitsAt(text, 17, 2);
    }
    const QTime time(hour, minute, second);
    if (hour < 0 || minute < 0 || second < 0 || !time.isValid())
        return std::nullopt;
    return CsvFields::DateAndTime{date, time};
}

} // namespace

std::optional<CsvFields::DateAndTime> CsvFields::dateAndTime(const QString& text,
                                                             const QString& column, QString& reason)
{
    const QString value = text.trimmed();
    if (auto at = fastDateTime(value))
        return at;
    for (const char* format : {"yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm:ss",
                               "yyyy-MM-ddTHH:mm:ss", "dd/MM/yyyy HH:mm"}) {
        // Years before 1900 are refused as by date(): "0026-11-22T04:30" is a typing slip.
        const QDateTime at = QDateTime::fromString(value, QLatin1String(format));
        if (at.isValid() && at.date().year() >= 1900)
            return DateAndTime{at.date(), at.time()};
    }
    if (auto day = date(value, column, reason))
        return DateAndTime{*day, QTime(0, 0)};
    return std::nullopt;
}

std::optional<QDate> CsvFields::date(const QString& text, const QString& column, QString& reason)
{
    const QString value = text.trimmed();
    if (value.size() == 10) {
        if (auto at = fastDateTime(value))
            return at->date;
    }
    for (const char* format : {"yyyy-MM-dd", "dd/MM/yyyy"}) {
        const QDate day = QDate::fromString(value, QLatin1String(format));
        if (day.isValid() && day.year() >= 1900)
            return day;
    }
    reason = value.isEmpty() ? tr("%1 is empty. Write the date as 2026-11-22 or 22/11/2026.")
                                   .arg(CsvColumns::describe(column))
                             : tr("%1 \"%2\" is not a date. Write it as 2026-11-22 or 22/11/2026.")
                                   .arg(CsvColumns::describe(column), value);
    return std::nullopt;
}

std::optional<qint64> CsvFields::amount(const QString& text, const QString& column, QString& reason)
{
    const auto value = money::parse(text);
    if (!value) {
        reason = tr("%1 \"%2\" is not an amount. Write whole Rupiah, such as 1250000 or "
                    "Rp1.250.000.")
                     .arg(CsvColumns::describe(column), text.trimmed());
        return std::nullopt;
    }
    if (*value < 0) {
        reason = tr("%1 is negative (%2). Amounts are zero or more.")
                     .arg(CsvColumns::describe(column), money::format(*value));
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
                     .arg(CsvColumns::describe(column), text.trimmed());
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
        reason = tr("%1 \"%2\" is not a whole number of 0 or more.")
                     .arg(CsvColumns::describe(column), text.trimmed());
        return std::nullopt;
    }
    return value;
}

} // namespace setia
