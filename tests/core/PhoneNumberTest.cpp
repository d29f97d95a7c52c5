// PhoneNumber against SPEC §1: E.164 storage, national display, WhatsApp links and the
// digits search uses.
#include "domain/PhoneNumber.h"

#include "support/CatchQt.h"

#include <catch2/catch.hpp>

#include <optional>
#include <vector>

using setia::Error;
using setia::PhoneNumber;

namespace {

struct Case
{
    QString typed;
    std::optional<QString> e164; // nullopt: refused
};

QString u(const char16_t* text)
{
    return QString::fromUtf16(text);
}

std::vector<Case> normalizeCases()
{
    const QString mobile = QStringLiteral("+6281234567890");
    return {
        // What people type for one Indonesian mobile number.
        {QStringLiteral("0812-3456-7890"), mobile},
        {QStringLiteral("+62 812 3456 7890"), mobile},
        {QStringLiteral("+62-812-3456-7890"), mobile},
        {QStringLiteral("6281234567890"), mobile},
        {QStringLiteral("81234567890"), mobile},
        {QStringLiteral("+62 (0)812-3456-7890"), mobile},
        {QStringLiteral("62 0812 3456 7890"), mobile},
        {QStringLiteral("0062 812 3456 7890"), mobile},
        {QStringLiteral("0812.3456.7890"), mobile},
        {QStringLiteral("0812/3456/7890"), mobile},
        {QStringLiteral("  0812 3456 7890  "), mobile},
        // Pasted from a web page: non-breaking spaces are separators too.
        {u(u"0812\u00A03456\u00A07890"), mobile},
        // Shortest and longest Indonesian numbers: 8 and 12 digits after 62.
        {QStringLiteral("081234567"), QStringLiteral("+6281234567")},
        {QStringLiteral("0812 3456 78901"), QStringLiteral("+62812345678901")},
        // Landlines.
        {QStringLiteral("(021) 555-1234"), QStringLiteral("+62215551234")},
        {QStringLiteral("0274 512345"), QStringLiteral("+62274512345")},
        // Other countries stay international.
        {QStringLiteral("+44 20 7946 0958"), QStringLiteral("+442079460958")},
        {QStringLiteral("0044 20 7946 0958"), QStringLiteral("+442079460958")},
        {QStringLiteral("+1 (212) 555-0198"), QStringLiteral("+12125550198")},
        {QStringLiteral("+65 6123 4567"), QStringLiteral("+6561234567")},
        // Refused.
        {QStringLiteral("0812-345"), std::nullopt},            // too short
        {QStringLiteral("08123456"), std::nullopt},            // 7 digits after 62
        {QStringLiteral("+62 8123 4567 89012"), std::nullopt}, // 13 digits after 62
        {QStringLiteral("0812-3456-7890-12"), std::nullopt},   // 13 digits after 0
        {QStringLiteral("0812-abc"), std::nullopt},            // letters
        {QStringLiteral("tel: 0812-3456-7890"), std::nullopt}, // letters
        {QStringLiteral("0812_3456_7890"), std::nullopt},      // not a separator
        {QStringLiteral(""), std::nullopt},                    // empty
        {QStringLiteral("   "), std::nullopt},                 // only blanks
        {QStringLiteral("+"), std::nullopt},                   // no digits
        {QStringLiteral("+62"), std::nullopt},                 // country code only
        {QStringLiteral("0"), std::nullopt},                   // trunk prefix only
        {QStringLiteral("+0812 3456 7890"), std::nullopt},     // no country starts with 0
        // A second 0 after the trunk 0 (fuzz: regressions/phone/trunk-zero-after-country).
        {QStringLiteral("62006200620"), std::nullopt},
        {QStringLiteral("+62 00 812 3456 789"), std::nullopt},
        {QStringLiteral("++62 812 3456 7890"), std::nullopt}, // two plus signs
        {QStringLiteral("0812+3456"), std::nullopt},          // plus inside
        {QStringLiteral("123456"), std::nullopt},             // unknown prefix
        {QStringLiteral("9876543210"), std::nullopt},         // unknown prefix
        {QStringLiteral("+123"), std::nullopt},               // international, too short
        {QStringLiteral("+1234567890123456"), std::nullopt},  // longer than E.164
        // Digits of other scripts are refused rather than guessed.
        {u(u"\u0660\u0668\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u0660"),
         std::nullopt}, // Arabic-Indic
        {u(u"\uFF10\uFF18\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18\uFF19\uFF10"),
         std::nullopt}, // full-width
    };
}

} // namespace

TEST_CASE("PhoneNumber::normalize gives E.164 or a phone validation error", "[phone]")
{
    const auto cases = normalizeCases();
    REQUIRE(cases.size() >= 25);
    for (const Case& c : cases) {
        INFO("typed: \"" << c.typed.toStdString() << '"');
        const auto result = PhoneNumber::normalize(c.typed);
        if (c.e164) {
            REQUIRE(result.ok());
            CHECK(*result == *c.e164);
        } else {
            REQUIRE_FALSE(result.ok());
            CHECK(result.error().kind() == Error::Kind::Validation);
            CHECK(result.error().field() == QStringLiteral("phone"));
            CHECK_FALSE(result.error().message().isEmpty());
        }
    }
}

TEST_CASE("PhoneNumber round trips: display, search and normalise agree", "[phone]")
{
    for (const Case& c : normalizeCases()) {
        if (!c.e164)
            continue;
        INFO("typed: \"" << c.typed.toStdString() << '"');
        const QString e164 = *c.e164;
        // What the app shows can be typed back in.
        const auto again = PhoneNumber::normalize(PhoneNumber::formatNational(e164));
        REQUIRE(again.ok());
        CHECK(*again == e164);
        // Typing the whole number, as it was typed, finds the stored number.
        CHECK(PhoneNumber::searchDigits(e164).contains(PhoneNumber::queryDigits(c.typed)));
        CHECK_FALSE(PhoneNumber::queryDigits(c.typed).isEmpty());
    }
}

TEST_CASE("PhoneNumber::formatNational", "[phone]")
{
    // Mobile numbers of 10, 11, 12 and 13 digits.
    CHECK(PhoneNumber::formatNational(QStringLiteral("+62812345678")) ==
          QStringLiteral("0812-345-678"));
    CHECK(PhoneNumber::formatNational(QStringLiteral("+628123456789")) ==
          QStringLiteral("0812-3456-789"));
    CHECK(PhoneNumber::formatNational(QStringLiteral("+6281234567890")) ==
          QStringLiteral("0812-3456-7890"));
    CHECK(PhoneNumber::formatNational(QStringLiteral("+62812345678901")) ==
          QStringLiteral("0812-3456-78901"));
    // Jakarta's two-digit area code, and a three-digit one.
    CHECK(PhoneNumber::formatNational(QStringLiteral("+62215551234")) ==
          QStringLiteral("021-5551234"));
    CHECK(PhoneNumber::formatNational(QStringLiteral("+622155512345")) ==
          QStringLiteral("021-55512345"));
    CHECK(PhoneNumber::formatNational(QStringLiteral("+62274512345")) ==
          QStringLiteral("0274-512345"));
    // International numbers stay as stored.
    CHECK(PhoneNumber::formatNational(QStringLiteral("+442079460958")) ==
          QStringLiteral("+442079460958"));
    CHECK(PhoneNumber::formatNational(QString()).isEmpty());
}

TEST_CASE("PhoneNumber::whatsAppUrl", "[phone]")
{
    CHECK(PhoneNumber::whatsAppUrl(QStringLiteral("+6281234567890")) ==
          QStringLiteral("https://wa.me/6281234567890"));
    CHECK(PhoneNumber::whatsAppUrl(QStringLiteral("+442079460958")) ==
          QStringLiteral("https://wa.me/442079460958"));
    CHECK(PhoneNumber::whatsAppUrl(QStringLiteral("+6281234567890"),
                                   QStringLiteral("Halo Bu Sri, pesanan siap & bisa diambil")) ==
          QStringLiteral("https://wa.me/6281234567890"
                         "?text=Halo%20Bu%20Sri%2C%20pesanan%20siap%20%26%20bisa%20diambil"));
    // Characters that mean something in a URL, and text beyond ASCII (UTF-8 bytes).
    CHECK(PhoneNumber::whatsAppUrl(QStringLiteral("+6281234567890"),
                                   QStringLiteral("Diskon 50%? a+b=c #1")) ==
          QStringLiteral("https://wa.me/6281234567890?text=Diskon%2050%25%3F%20a%2Bb%3Dc%20%231"));
    CHECK(PhoneNumber::whatsAppUrl(QStringLiteral("+6281234567890"), u(u"Terima kasih \u00e9")) ==
          QStringLiteral("https://wa.me/6281234567890?text=Terima%20kasih%20%C3%A9"));
}

TEST_CASE("PhoneNumber::searchDigits", "[phone]")
{
    CHECK(PhoneNumber::searchDigits(QStringLiteral("+6281234567890")) ==
          QStringLiteral("81234567890"));
    CHECK(PhoneNumber::searchDigits(QStringLiteral("+62215551234")) == QStringLiteral("215551234"));
    CHECK(PhoneNumber::searchDigits(QStringLiteral("+442079460958")) ==
          QStringLiteral("442079460958"));
    CHECK(PhoneNumber::searchDigits(QString()).isEmpty());
}

TEST_CASE("PhoneNumber::queryDigits", "[phone]")
{
    const std::vector<std::pair<QString, QString>> cases = {
        {QStringLiteral("0812"), QStringLiteral("812")},
        {QStringLiteral("+62 812"), QStringLiteral("812")},
        {QStringLiteral("812-"), QStringLiteral("812")},
        {QStringLiteral("812-34"), QStringLiteral("81234")},
        {QStringLiteral("7890"), QStringLiteral("7890")},
        {QStringLiteral("62812345678"), QStringLiteral("812345678")},
        {QStringLiteral("0062 812 3456"), QStringLiteral("8123456")},
        {QStringLiteral("0044 20 7946"), QStringLiteral("44207946")},
        // Last digits that start with zeros are neither a call prefix nor a trunk 0.
        {QStringLiteral("0001"), QStringLiteral("0001")},
        {QStringLiteral("0012"), QStringLiteral("0012")},
        {QStringLiteral("000"), QStringLiteral("000")},
        {QStringLiteral("0958"), QStringLiteral("958")},
        // Only a call prefix so far: still a phone fragment.
        {QStringLiteral("0"), QStringLiteral("0")},
        {QStringLiteral("+62"), QStringLiteral("62")},
        {QStringLiteral("+62 0"), QStringLiteral("620")},
        {QStringLiteral("+62 (0)812"), QStringLiteral("812")},
        {QStringLiteral("0812-3456-7890"), QStringLiteral("81234567890")},
        // A short "62…" may be the last digits someone remembers: kept.
        {QStringLiteral("6281"), QStringLiteral("6281")},
        {QStringLiteral("08"), QStringLiteral("8")},
        {QStringLiteral("5"), QStringLiteral("5")},
        // Not a phone fragment.
        {QStringLiteral("abc"), QString()},
        {QStringLiteral("12a"), QString()},
        {QStringLiteral("M000123"), QString()},
        {QStringLiteral("-"), QString()},
        {QStringLiteral("+"), QString()},
        {QString(), QString()},
    };
    for (const auto& [typed, digits] : cases) {
        INFO("typed: \"" << typed.toStdString() << '"');
        CHECK(PhoneNumber::queryDigits(typed) == digits);
    }
}
