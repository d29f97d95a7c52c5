#include "domain/Terbilang.h"

#include <QStringList>

#include <array>

namespace setia::terbilang {
namespace {

const std::array<const char*, 10> digits = {"nol",  "satu", "dua",   "tiga",    "empat",
                                            "lima", "enam", "tujuh", "delapan", "sembilan"};

// 1 … 999, in words appended to `words`.
void belowThousand(int value, QStringList& words)
{
    const int hundreds = value / 100;
    const int rest = value % 100;
    if (hundreds == 1)
        words.append(QStringLiteral("seratus"));
    else if (hundreds > 1)
        words.append(QLatin1String(digits[std::size_t(hundreds)]) + QStringLiteral(" ratus"));
    if (rest == 0)
        return;
    if (rest < 10) {
        words.append(QLatin1String(digits[std::size_t(rest)]));
    } else if (rest == 10) {
        words.append(QStringLiteral("sepuluh"));
    } else if (rest == 11) {
        words.append(QStringLiteral("sebelas"));
    } else if (rest < 20) {
        words.append(QLatin1String(digits[std::size_t(rest - 10)]) + QStringLiteral(" belas"));
    } else {
        words.append(QLatin1String(digits[std::size_t(rest / 10)]) + QStringLiteral(" puluh"));
        if (rest % 10 != 0)
            words.append(QLatin1String(digits[std::size_t(rest % 10)]));
    }
}

} // namespace

QString number(qint64 value)
{
    if (value == 0)
        return QStringLiteral("nol");
    QStringList words;
    // The magnitude as unsigned: the smallest qint64 has no positive counterpart.
    quint64 rest = value < 0 ? quint64(0) - quint64(value) : quint64(value);
    if (value < 0)
        words.append(QStringLiteral("minus"));
    struct Scale
    {
        quint64 size;
        const char* name;
    };
    static constexpr std::array<Scale, 6> scales = {{{1'000'000'000'000'000'000ULL, "kuintiliun"},
                                                     {1'000'000'000'000'000ULL, "kuadriliun"},
                                                     {1'000'000'000'000ULL, "triliun"},
                                                     {1'000'000'000ULL, "miliar"},
                                                     {1'000'000ULL, "juta"},
                                                     {1'000ULL, "ribu"}}};
    for (const Scale& scale : scales) {
        const int group = int(rest / scale.size);
        rest %= scale.size;
        if (group == 0)
            continue;
        if (group == 1 && scale.size == 1'000) {
            words.append(QStringLiteral("seribu")); // but "satu juta", "satu miliar"
            continue;
        }
        belowThousand(group, words);
        words.append(QLatin1String(scale.name));
    }
    if (rest > 0)
        belowThousand(int(rest), words);
    return words.join(QLatin1Char(' '));
}

QString rupiah(qint64 amount)
{
    return number(amount) + QStringLiteral(" rupiah");
}

} // namespace setia::terbilang
