#pragma once

#include <QDateTime>
#include <QString>

#include <array>
#include <optional>

namespace setia {

// When the shop is open, day by day (SPEC §14: a ticket's deadlines count only these hours).
// Times are the shop's wall clock; a day is open from `open` to `close` minutes after
// midnight (close may be 24:00), or closed.
class OpeningHours
{
public:
    struct Day
    {
        int open = 0;  // minutes after midnight
        int close = 0; // after open; 0 with open 0: closed
        bool isOpen() const { return close > open; }
        friend bool operator==(const Day&, const Day&) = default;
    };

    // Monday to Saturday 08:00–21:00, Sunday closed (SPEC §14).
    static OpeningHours defaults();
    // The form Settings keeps: Monday to Sunday, comma-separated, each "HH:MM-HH:MM" or "-"
    // for closed ("08:00-21:00,…,-"). nullopt for anything else, or a week with no open hour.
    static std::optional<OpeningHours> fromText(const QString& text);
    QString toText() const;

    // 1 = Monday … 7 = Sunday, as QDate::dayOfWeek().
    const Day& day(int dayOfWeek) const
    {
        return m_days.at(static_cast<std::size_t>(dayOfWeek - 1));
    }
    void setDay(int dayOfWeek, Day day)
    {
        m_days.at(static_cast<std::size_t>(dayOfWeek - 1)) = day;
    }
    // At least one day has hours: every deadline can be reached.
    bool anyOpen() const;

    // The open seconds from `from` to `to` (0 when `to` is not after `from`).
    qint64 openSecondsBetween(const QDateTime& from, const QDateTime& to) const;
    // The moment `seconds` open seconds after `from` have passed; `from` itself for 0.
    // Invalid when no day is open.
    QDateTime afterOpenSeconds(const QDateTime& from, qint64 seconds) const;

    friend bool operator==(const OpeningHours&, const OpeningHours&) = default;

private:
    std::array<Day, 7> m_days{};
};

} // namespace setia
