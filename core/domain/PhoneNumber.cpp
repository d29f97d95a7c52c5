#include "domain/PhoneNumber.h"

#include <QUrl>

namespace setia {
namespace {

bool isSeparator(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('.') ||
           c == QLatin1Char('/') || c == QLatin1Char('(') || c == QLatin1Char(')') ||
           c == QChar(0x00A0);
}

// Digits of `typed` and whether it began with '+'; nullopt when it holds anything that is
// neither a digit nor a separator (a '+' is allowed only first).
std::optional<std::pair<QString, bool>> splitDigits(const QString& typed)
{
    const QString text = typed.trimmed();
    QString digits;
    bool plus = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.append(c);
        else if (c == QLatin1Char('+') && digits.isEmpty() && !plus)
            plus = true;
        else if (!isSeparator(c))
            return std::nullopt;
    }
    return std::make_pair(digits, plus);
}

constexpr int minIndonesianDigits = 8;
constexpr int maxIndonesianDigits = 12;
constexpr int minInternationalDigits = 7;
constexpr int maxE164Digits = 15;

} // namespace

Result<QString> PhoneNumber::normalize(const QString& typed)
{
    const QString field = QStringLiteral("phone");
    if (typed.trimmed().isEmpty())
        return Error(Error::Kind::Validation, tr("Enter a phone number."), field);
    const auto split = splitDigits(typed);
    if (!split)
        return Error(Error::Kind::Validation,
                     tr("A phone number may hold only digits, spaces, dashes and a leading +. "
                        "Example: 0812-3456-7890."),
                     field);
    auto [digits, plus] = *split;
    if (digits.isEmpty())
        return Error(Error::Kind::Validation,
                     tr("The phone number has no digits. Example: 0812-3456-7890."), field);

    if (!plus && digits.startsWith(QLatin1String("00"))) {
        // 00 is the international call prefix: 0062… is +62…, 0044… is +44….
        digits.remove(0, 2);
        plus = true;
    }

    QString national; // digits after 62, for Indonesian numbers
    if (plus) {
        if (!digits.startsWith(QLatin1String("62"))) {
            if (digits.startsWith(QLatin1Char('0')))
                return Error(Error::Kind::Validation,
                             tr("After + comes the country code, which never starts with 0. "
                                "Example: +62 812-3456-7890."),
                             field);
            if (digits.size() < minInternationalDigits || digits.size() > maxE164Digits)
                return Error(Error::Kind::Validation,
                             tr("An international number has %1 to %2 digits after the +.")
                                 .arg(minInternationalDigits)
                                 .arg(maxE164Digits),
                             field);
            return QString(QLatin1Char('+') + digits);
        }
        national = digits.mid(2);
    } else if (digits.startsWith(QLatin1String("62"))) {
        national = digits.mid(2);
    } else if (digits.startsWith(QLatin1Char('0'))) {
        national = digits.mid(1);
    } else if (digits.startsWith(QLatin1Char('8'))) {
        national = digits;
    } else {
        return Error(Error::Kind::Validation,
                     tr("Write the number with its leading 0 (0812…) or with the country code "
                        "(+62 812…)."),
                     field);
    }

    // "+62 (0)812…" and "62 0812…" carry the trunk 0 after the country code: drop it.
    if (national.startsWith(QLatin1Char('0')))
        national.remove(0, 1);
    // No Indonesian number starts with 0 after the trunk 0: "62 00…" is a slip, not a number.
    if (national.startsWith(QLatin1Char('0')))
        return Error(Error::Kind::Validation,
                     tr("After the country code 62 (or the leading 0) the number cannot start "
                        "with 0 again. Example: 0812-3456-7890."),
                     field);
    if (national.size() < minIndonesianDigits)
        return Error(Error::Kind::Validation,
                     tr("The phone number is too short: an Indonesian number has %1 to %2 "
                        "digits after 0. Example: 0812-3456-7890.")
                         .arg(minIndonesianDigits)
                         .arg(maxIndonesianDigits),
                     field);
    if (national.size() > maxIndonesianDigits)
        return Error(Error::Kind::Validation,
                     tr("The phone number is too long: an Indonesian number has %1 to %2 "
                        "digits after 0. Example: 0812-3456-7890.")
                         .arg(minIndonesianDigits)
                         .arg(maxIndonesianDigits),
                     field);
    return QString(QStringLiteral("+62") + national);
}

QString PhoneNumber::formatNational(const QString& e164)
{
    if (!e164.startsWith(QLatin1String("+62")))
        return e164;
    const QString national = e164.mid(3);
    if (national.startsWith(QLatin1Char('8'))) {
        // Mobile: 0812-3456-7890, 0812-3456-789, 0812-345-678.
        const QString full = QLatin1Char('0') + national;
        QString out = full.left(4);
        const QString rest = full.mid(4);
        if (rest.size() <= 3)
            return out + QLatin1Char('-') + rest;
        const qsizetype middle = rest.size() >= 7 ? 4 : rest.size() - 3;
        return out + QLatin1Char('-') + rest.left(middle) + QLatin1Char('-') + rest.mid(middle);
    }
    // Landline: the two-digit area codes of the large cities, three digits elsewhere.
    static const QStringList twoDigitAreas = {QStringLiteral("21"), QStringLiteral("22"),
                                              QStringLiteral("24"), QStringLiteral("31"),
                                              QStringLiteral("61")};
    const qsizetype areaLength = twoDigitAreas.contains(national.left(2)) ? 2 : 3;
    return QLatin1Char('0') + national.left(areaLength) + QLatin1Char('-') +
           national.mid(areaLength);
}

QString PhoneNumber::whatsAppUrl(const QString& e164, const QString& text)
{
    QString digits = e164;
    digits.remove(QLatin1Char('+'));
    QString url = QStringLiteral("https://wa.me/") + digits;
    if (!text.isEmpty())
        url += QStringLiteral("?text=") + QString::fromLatin1(QUrl::toPercentEncoding(text));
    return url;
}

QString PhoneNumber::searchDigits(const QString& e164)
{
    if (e164.startsWith(QLatin1String("+62")))
        return e164.mid(3);
    QString digits = e164;
    digits.remove(QLatin1Char('+'));
    return digits;
}

QString PhoneNumber::queryDigits(const QString& typed)
{
    const auto split = splitDigits(typed);
    if (!split || split->first.isEmpty())
        return {};
    auto [digits, plus] = *split;
    const QString asTyped = digits;
    // "00…" and "62…" without + are call prefixes only when long enough to be a whole
    // number; a short "0012" or "6281" may as well be the last digits someone remembers.
    if (!plus && digits.startsWith(QLatin1String("00")) && digits.size() >= 9) {
        digits.remove(0, 2);
        plus = true;
    }
    if (digits.startsWith(QLatin1String("62")) && (plus || digits.size() >= 9))
        digits.remove(0, 2);
    // The trunk 0 of a national number. No area or mobile code starts with 0, so in "00…"
    // the zeros are digits of the number.
    if (digits.startsWith(QLatin1Char('0')) && !digits.startsWith(QLatin1String("00")))
        digits.remove(0, 1);
    // Only a call prefix so far ("0", "+62"): still a phone fragment, so not empty.
    return digits.isEmpty() ? asTyped : digits;
}

QString PhoneNumber::typedEnding(const QString& typed)
{
    const auto split = splitDigits(typed);
    if (!split || split->first.size() < 3)
        return {};
    auto [digits, plus] = *split;
    // A whole number typed with its country: compared as the stored number is written.
    if (!plus && digits.startsWith(QLatin1String("00")) && digits.size() >= 9) {
        digits.remove(0, 2);
        plus = true;
    }
    if (digits.startsWith(QLatin1String("62")) && (plus || digits.size() >= 9))
        digits = QLatin1Char('0') + digits.mid(2);
    // "+628" is the start of a number, not three digits of an ending.
    return digits.size() >= 3 ? digits : QString();
}

QString PhoneNumber::endingDigits(const QString& e164)
{
    if (e164.startsWith(QLatin1String("+62")))
        return QLatin1Char('0') + e164.mid(3);
    QString digits = e164;
    digits.remove(QLatin1Char('+'));
    return digits;
}

} // namespace setia
