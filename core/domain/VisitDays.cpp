#include "domain/VisitDays.h"

#include <QRegularExpression>
#include <QStringList>

#include <array>

namespace setia {
namespace {

struct DayNames
{
    const char* english;
    const char* englishLong;
    const char* indonesian;
    const char* indonesianLong;
};

// Index 0 is Monday (Qt::Monday == 1).
constexpr std::array<DayNames, 7> dayNames = {{
    {"mon", "monday", "sen", "senin"},
    {"tue", "tuesday", "sel", "selasa"},
    {"wed", "wednesday", "rab", "rabu"},
    {"thu", "thursday", "kam", "kamis"},
    {"fri", "friday", "jum", "jumat"},
    {"sat", "saturday", "sab", "sabtu"},
    {"sun", "sunday", "min", "minggu"},
}};

} // namespace

QString VisitDays::toCsv() const
{
    QStringList parts;
    for (int day = 1; day <= 7; ++day) {
        if (contains(day))
            parts.append(QLatin1String(dayNames[static_cast<size_t>(day - 1)].english));
    }
    return parts.join(QLatin1Char(','));
}

std::optional<VisitDays> VisitDays::parse(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;/\\s]+"));
    VisitDays days;
    const QStringList parts = text.toLower().split(separators, Qt::SkipEmptyParts);
    for (QString part : parts) {
        part.remove(QLatin1Char('\''));
        bool found = false;
        for (int i = 0; i < 7 && !found; ++i) {
            const DayNames& names = dayNames[static_cast<size_t>(i)];
            if (part == QLatin1String(names.english) || part == QLatin1String(names.englishLong) ||
                part == QLatin1String(names.indonesian) ||
                part == QLatin1String(names.indonesianLong)) {
                days.set(i + 1, true);
                found = true;
            }
        }
        if (!found)
            return std::nullopt;
    }
    return days;
}

} // namespace setia
