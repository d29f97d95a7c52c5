// libFuzzer target: the amount and quantity parsers on any text (money::parse,
// Quantity::parse, and CsvFields::amount and ::quantity, which imports use). An accepted
// amount is within money::maxAmount and reads back from each way Setia writes it; an accepted
// quantity is within Quantity::maxMilli and reads back from its text; accepted text holds
// only what the formats allow (no other script's digits read as something else); the CSV
// readers agree with the parsers and give a reason when they refuse.
#include "FuzzCheck.h"
#include "domain/Money.h"
#include "domain/Quantity.h"
#include "io/CsvFields.h"

#include <cstddef>
#include <cstdint>

using setia::CsvFields;
using setia::Quantity;

namespace {

// Whether every character of `text` is an ASCII digit, a space or one of `others`.
bool onlyDigitsAnd(const QString& text, QLatin1String others)
{
    for (const QChar c : text) {
        if ((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c.isSpace())
            continue;
        if (c.unicode() >= 0x80 || !others.contains(QLatin1Char(static_cast<char>(c.unicode()))))
            return false;
    }
    return true;
}

void checkAmount(const QString& text)
{
    const auto value = setia::money::parse(text);
    QString reason;
    const auto field = CsvFields::amount(text, QStringLiteral("amount"), reason);
    if (!value) {
        SETIA_FUZZ_CHECK(!field.has_value());
        SETIA_FUZZ_CHECK(!reason.isEmpty());
        return;
    }
    SETIA_FUZZ_CHECK(*value <= setia::money::maxAmount && *value >= -setia::money::maxAmount);
    SETIA_FUZZ_CHECK(onlyDigitsAnd(text, QLatin1String(".,-RrPp"))); // "rp" in any case
    SETIA_FUZZ_CHECK(setia::money::parse(setia::money::format(*value)) == value);
    SETIA_FUZZ_CHECK(setia::money::parse(setia::money::formatPlain(*value)) == value);
    SETIA_FUZZ_CHECK(setia::money::parse(QString::number(*value)) == value);
    if (*value >= 0) {
        SETIA_FUZZ_CHECK(field == value);
    } else {
        SETIA_FUZZ_CHECK(!field.has_value());
        SETIA_FUZZ_CHECK(!reason.isEmpty());
    }
}

void checkQuantity(const QString& text)
{
    const auto value = Quantity::parse(text);
    QString reason;
    const auto field = CsvFields::quantity(text, QStringLiteral("qty"), reason);
    if (!value) {
        SETIA_FUZZ_CHECK(!field.has_value());
        SETIA_FUZZ_CHECK(!reason.isEmpty());
        return;
    }
    SETIA_FUZZ_CHECK(value->milli() >= 0 && value->milli() <= Quantity::maxMilli);
    SETIA_FUZZ_CHECK(onlyDigitsAnd(text, QLatin1String(".,")));
    SETIA_FUZZ_CHECK(Quantity::parse(value->toString()) == value);
    SETIA_FUZZ_CHECK(Quantity::parse(value->toString(QLatin1Char('.'))) == value);
    if (value->isPositive()) {
        SETIA_FUZZ_CHECK(field == value);
    } else {
        SETIA_FUZZ_CHECK(!field.has_value());
        SETIA_FUZZ_CHECK(!reason.isEmpty());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    checkAmount(text);
    checkQuantity(text);
    return 0;
}
