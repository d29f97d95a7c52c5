#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace setia {

// The weekdays a salesperson calls on a customer, as a set of Qt::DayOfWeek.
class VisitDays
{
public:
    VisitDays() = default;
    static VisitDays fromMask(int mask) { return VisitDays(mask & 0x7f); }

    int mask() const { return m_mask; }
    bool isEmpty() const { return m_mask == 0; }
    bool contains(int dayOfWeek) const { return m_mask & bit(dayOfWeek); }
    void set(int dayOfWeek, bool on)
    {
        m_mask = on ? (m_mask | bit(dayOfWeek)) : (m_mask & ~bit(dayOfWeek));
    }

    // "mon,thu" (SPEC §8), Monday first.
    QString toCsv() const;
    // Accepts "mon,thu", "Sen, Kam", "senin;kamis", full English names and any case.
    // nullopt when a part is not a weekday.
    static std::optional<VisitDays> parse(const QString& text);

    friend bool operator==(VisitDays, VisitDays) = default;

private:
    explicit VisitDays(int mask)
        : m_mask(mask)
    {}
    static int bit(int dayOfWeek) { return 1 << (dayOfWeek - 1); }
    int m_mask = 0;
};

} // namespace setia
