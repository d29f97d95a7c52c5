#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace setia {

// Money is a whole number of Rupiah in a qint64, everywhere: storage, arithmetic, files.
namespace money {

// Largest amount the parser reads (999 trillion Rupiah). What may be saved is bounded far
// lower, by the limits below.
inline constexpr qint64 maxAmount = 999'999'999'999'999;

// Limits far above any shop (docs/decisions.md), so that the sums Setia makes stay exact in
// a qint64: 9,2 million receipts at the limit would be needed to reach its range.
// One line of a sale: quantity × price (Rp1 trillion).
inline constexpr qint64 maxLine = 1'000'000'000'000;
// One sale's lines together, before its discount.
inline constexpr qint64 maxSale = 1'000'000'000'000;
// One payment.
inline constexpr qint64 maxPayment = 1'000'000'000'000;
// What one customer may owe, and the largest credit limit (Rp10 trillion).
inline constexpr qint64 maxBalance = 10'000'000'000'000;

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
