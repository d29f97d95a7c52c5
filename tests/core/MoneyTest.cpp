// Money against SPEC §1 and §8: whole Rupiah, "Rp1.250.000", "-Rp1.250.000", and the forms
// accepted on import.
#include "domain/Money.h"

#include "domain/Quantity.h"
#include "support/CatchQt.h"

#include <catch2/catch.hpp>

#include <optional>
#include <vector>

namespace money = setia::money;

TEST_CASE("money::format", "[money]")
{
    CHECK(money::format(0) == QStringLiteral("Rp0"));
    CHECK(money::format(999) == QStringLiteral("Rp999"));
    CHECK(money::format(1000) == QStringLiteral("Rp1.000"));
    CHECK(money::format(1250000) == QStringLiteral("Rp1.250.000"));
    CHECK(money::format(-1250000) == QStringLiteral("-Rp1.250.000"));
    CHECK(money::format(-999) == QStringLiteral("-Rp999"));
    CHECK(money::format(100000) == QStringLiteral("Rp100.000"));
    CHECK(money::format(money::maxAmount) == QStringLiteral("Rp999.999.999.999.999"));
    CHECK(money::format(-money::maxAmount) == QStringLiteral("-Rp999.999.999.999.999"));
    CHECK(money::formatPlain(1250000) == QStringLiteral("1.250.000"));
    CHECK(money::formatPlain(-1000) == QStringLiteral("-1.000"));
    CHECK(money::formatPlain(12) == QStringLiteral("12"));
}

TEST_CASE("money::parse accepts the forms of SPEC §8", "[money]")
{
    const std::vector<std::pair<QString, qint64>> accepted = {
        {QStringLiteral("0"), 0},
        {QStringLiteral("1250000"), 1250000},
        {QStringLiteral("1.250.000"), 1250000},
        {QStringLiteral("Rp1.250.000"), 1250000},
        {QStringLiteral("Rp 1.250.000"), 1250000},
        {QStringLiteral("rp1.250.000"), 1250000},
        {QStringLiteral("Rp. 1.250.000"), 1250000},
        {QStringLiteral("1.250.000,00"), 1250000},
        {QStringLiteral("1.250.000,0"), 1250000},
        {QStringLiteral("Rp50.000,-"), 50000}, // as price tags write it
        {QStringLiteral("  1.250.000  "), 1250000},
        {QStringLiteral("-1.250.000"), -1250000},
        {QStringLiteral("-Rp1.250.000"), -1250000},
        {QStringLiteral("Rp-1.250.000"), -1250000}, // as Qt's toCurrencyString writes it
        {QStringLiteral("999"), 999},
        {QStringLiteral("1.000"), 1000},
        {QStringLiteral("999999999999999"), money::maxAmount},
        {QStringLiteral("999.999.999.999.999"), money::maxAmount},
    };
    for (const auto& [text, value] : accepted) {
        INFO("text: \"" << text.toStdString() << '"');
        const auto parsed = money::parse(text);
        REQUIRE(parsed.has_value());
        CHECK(*parsed == value);
    }
}

TEST_CASE("money::parse refuses fractions, bad grouping, overflow and non-amounts", "[money]")
{
    const std::vector<QString> refused = {
        QStringLiteral("1,5"),
        QStringLiteral("12.34"),
        QStringLiteral("1.2345"),
        QStringLiteral("1.25.000"),
        QStringLiteral("1..000"),
        QStringLiteral(".250"),
        QStringLiteral("1.250.000,50"),
        QStringLiteral("1.250.000,"),
        QStringLiteral("Rp"),
        QStringLiteral(""),
        QStringLiteral("   "),
        QStringLiteral("abc"),
        QStringLiteral("Rp1.250.000 abc"),
        QStringLiteral("1 250 000"),
        QStringLiteral("--5"),
        QStringLiteral("-Rp-5"),
        QStringLiteral("+5"),
        QStringLiteral("1000000000000000"),           // maxAmount + 1
        QStringLiteral("1.000.000.000.000.000"),      // maxAmount + 1, grouped
        QStringLiteral("99999999999999999999999999"), // beyond qint64
    };
    for (const QString& text : refused) {
        INFO("text: \"" << text.toStdString() << '"');
        CHECK_FALSE(money::parse(text).has_value());
    }
}

TEST_CASE("money::parse reads back what money::format writes", "[money]")
{
    for (qint64 value : {qint64(0), qint64(5), qint64(1000), qint64(1250000), qint64(-42000),
                         money::maxAmount, -money::maxAmount}) {
        INFO("value: " << value);
        CHECK(money::parse(money::format(value)) == std::optional<qint64>(value));
        CHECK(money::parse(money::formatPlain(value)) == std::optional<qint64>(value));
    }
}

TEST_CASE("setia::Quantity::parse refuses long runs of digits instead of overflowing", "[money]")
{
    // Found by the amount fuzz target (tests/fuzz/regressions/amount/).
    for (const char* text :
         {"9999999999999999989", "90.100.000.000.250.000", ".98000080400330400033",
          "1,98000080400330400033", "12345678", "1.000.000.000.000.000.000.000"})
        CHECK_FALSE(setia::Quantity::parse(QLatin1String(text)).has_value());
    CHECK(setia::Quantity::parse(QStringLiteral("1.000.000"))->milli() ==
          setia::Quantity::maxMilli);
    CHECK(setia::Quantity::parse(QStringLiteral("1000000"))->milli() == setia::Quantity::maxMilli);
    CHECK(setia::Quantity::parse(QStringLiteral("0,125"))->milli() == 125);
}
