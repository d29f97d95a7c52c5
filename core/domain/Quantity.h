#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace setia {

// A quantity with up to three decimals (1,5 kg), kept exactly as thousandths.
class Quantity
{
public:
    static constexpr qint64 scale = 1000;
    // Largest quantity on one line: a million units.
    static constexpr qint64 maxMilli = 1'000'000 * scale;

    constexpr Quantity() = default;
    static constexpr Quantity fromMilli(qint64 milli) { return Quantity(milli); }
    static constexpr Quantity fromUnits(qint64 units) { return Quantity(units * scale); }

    constexpr qint64 milli() const { return m_milli; }
    constexpr bool isPositive() const { return m_milli > 0; }

    // "1.5", "1,5", "2", "0,125"; a thousands dot with a decimal comma ("1.250,5") too.
    // nullopt for more than three decimals, signs, or anything that is not a number.
    static std::optional<Quantity> parse(const QString& text);
    // "1,5" (Indonesian decimal comma) or "1.5"; no trailing zeros; whole numbers plain.
    QString toString(QChar decimalPoint = QLatin1Char(',')) const;

    friend constexpr bool operator==(Quantity, Quantity) = default;
    friend constexpr auto operator<=>(Quantity, Quantity) = default;
    friend constexpr Quantity operator+(Quantity a, Quantity b)
    {
        return Quantity(a.m_milli + b.m_milli);
    }

private:
    constexpr explicit Quantity(qint64 milli)
        : m_milli(milli)
    {}
    qint64 m_milli = 0;
};

} // namespace setia
