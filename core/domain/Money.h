#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace setia {

// Money is a whole number of Rupiah in a qint64, everywhere: storage, arithmetic, files.
namespace money {

// Largest amount Setia accepts anywhere (999 trillion Rupiah): sums of many such amounts
// still fit in a qint64.
inline constexpr qint64 maxAmount = 999'999'999'999'999;

// "Rp1.250.000", and "-Rp1.250.000" for negatives (SPEC §1).
QString format(qint64 rupiah);

// Digits grouped with dots, no currency: "1.250.000".
QString formatPlain(qint64 rupiah);

// Accepts "1250000", "1.250.000", "Rp1.250.000", "Rp 1.250.000", "1.250.000,00",
// "Rp50.000,-" and a leading minus. Refuses fractions of a Rupiah, malformed grouping and anything
// above maxAmount. Returns nullopt when the text is not an amount.
std::optional<qint64> parse(const QString& text);

} // namespace money
} // namespace setia
