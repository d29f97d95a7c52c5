// libFuzzer target: PhoneNumber::normalize on any text, and what Setia does with a number it
// accepts. A stored number normalises to itself, and so does the way the screen shows it; the
// counter's and the search box's digits of the shown number are those of the stored one; a
// WhatsApp link is a valid URL that names the number.
#include "FuzzCheck.h"
#include "domain/PhoneNumber.h"

#include <QUrl>

#include <cstddef>
#include <cstdint>

using setia::PhoneNumber;

namespace {

bool allDigits(QStringView text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !text.isEmpty();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString typed =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    // What the search box and the counter do with any text: no crash, digits or nothing.
    const QString query = PhoneNumber::queryDigits(typed);
    SETIA_FUZZ_CHECK(query.isEmpty() || allDigits(query));
    const QString ending = PhoneNumber::typedEnding(typed);
    // regressions/phone/ending-of-country-code: "+628" gave "08", two digits.
    SETIA_FUZZ_CHECK(ending.isEmpty() || (allDigits(ending) && ending.size() >= 3));

    const auto normalized = PhoneNumber::normalize(typed);
    if (!normalized) {
        SETIA_FUZZ_CHECK(normalized.error().kind() == setia::Error::Kind::Validation);
        SETIA_FUZZ_CHECK(normalized.error().field() == QLatin1String("phone"));
        SETIA_FUZZ_CHECK(!normalized.error().message().isEmpty());
        return 0;
    }
    const QString& e164 = *normalized;
    // E.164: a plus and 7 to 15 digits.
    SETIA_FUZZ_CHECK(e164.startsWith(QLatin1Char('+')));
    SETIA_FUZZ_CHECK(allDigits(QStringView(e164).mid(1)));
    SETIA_FUZZ_CHECK(e164.size() >= 8 && e164.size() <= 16);
    // No Indonesian number starts with 0 after the country code (the trunk 0 is not part of it).
    // regressions/phone/trunk-zero-after-country: "62006200620" gave +6206200620.
    if (e164.startsWith(QLatin1String("+62")))
        SETIA_FUZZ_CHECK(e164.size() > 3 && e164.at(3) != QLatin1Char('0'));

    const auto again = PhoneNumber::normalize(e164);
    SETIA_FUZZ_CHECK(again.ok() && *again == e164);
    const QString national = PhoneNumber::formatNational(e164);
    const auto shown = PhoneNumber::normalize(national);
    SETIA_FUZZ_CHECK(shown.ok() && *shown == e164);

    SETIA_FUZZ_CHECK(PhoneNumber::typedEnding(national) == PhoneNumber::endingDigits(e164));
    SETIA_FUZZ_CHECK(PhoneNumber::typedEnding(e164) == PhoneNumber::endingDigits(e164));
    SETIA_FUZZ_CHECK(PhoneNumber::queryDigits(national) == PhoneNumber::searchDigits(e164));

    const QString url = PhoneNumber::whatsAppUrl(e164, typed);
    SETIA_FUZZ_CHECK(url.startsWith(QStringLiteral("https://wa.me/") + e164.mid(1)));
    SETIA_FUZZ_CHECK(QUrl(url, QUrl::StrictMode).isValid());
    return 0;
}
