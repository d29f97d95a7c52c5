#include "domain/NameLikeness.h"

#include <QStringList>

#include <array>
#include <utility>

namespace setia::nameLikeness {
namespace {

// Words that say who someone is, not which one: forms of address and the hajj titles.
bool isTitle(const QString& word)
{
    static const std::array titles = {
        QStringLiteral("bapak"), QStringLiteral("bpk"),     QStringLiteral("bp"),
        QStringLiteral("pak"),   QStringLiteral("ibu"),     QStringLiteral("bu"),
        QStringLiteral("h"),     QStringLiteral("hj"),      QStringLiteral("haji"),
        QStringLiteral("hajah"), QStringLiteral("hajjah"),  QStringLiteral("sdr"),
        QStringLiteral("sdri"),  QStringLiteral("saudara"), QStringLiteral("saudari"),
        QStringLiteral("tn"),    QStringLiteral("tuan"),    QStringLiteral("nyonya"),
        QStringLiteral("nona"),  QStringLiteral("mbak"),    QStringLiteral("mas"),
        QStringLiteral("kak"),   QStringLiteral("koh"),     QStringLiteral("cik"),
    };
    for (const QString& title : titles)
        if (word == title)
            return true;
    return false;
}

// Muhammad and the ways it is written and shortened.
bool isMuhammad(const QString& word)
{
    static const std::array forms = {
        QStringLiteral("m"),        QStringLiteral("muh"),       QStringLiteral("moh"),
        QStringLiteral("moch"),     QStringLiteral("mochamad"),  QStringLiteral("mochammad"),
        QStringLiteral("muhamad"),  QStringLiteral("muhammad"),  QStringLiteral("muhammed"),
        QStringLiteral("mohamad"),  QStringLiteral("mohammad"),  QStringLiteral("mohammed"),
        QStringLiteral("mohamed"),  QStringLiteral("muchamad"),  QStringLiteral("muchammad"),
        QStringLiteral("mokhamad"), QStringLiteral("mukhammad"), QStringLiteral("mhd"),
        QStringLiteral("md"),
    };
    for (const QString& form : forms)
        if (word == form)
            return true;
    return false;
}

// The spelling of 1947 and 1972 for the older one (Soewandi → Suwandi, Tjahjo → Cahyo).
// "dj", "tj", "sj" and "nj" go before "oe" and "ch" so that "Soedjono" becomes "sujono".
QString todaysSpelling(QString word)
{
    static const std::array<std::pair<QString, QString>, 7> changes = {{
        {QStringLiteral("dj"), QStringLiteral("j")},
        {QStringLiteral("tj"), QStringLiteral("c")},
        {QStringLiteral("sj"), QStringLiteral("sy")},
        {QStringLiteral("nj"), QStringLiteral("ny")},
        {QStringLiteral("ch"), QStringLiteral("kh")},
        {QStringLiteral("oe"), QStringLiteral("u")},
        // "j" for the sound of "y" came with 1972 ("Jogja"/"Yogya" stays ambiguous: only the
        // "jh" and "hj" of "Tjahjo" are sure).
        {QStringLiteral("hj"), QStringLiteral("hy")},
    }};
    for (const auto& [before, after] : changes)
        word.replace(before, after);
    return word;
}

} // namespace

QString key(const QString& name)
{
    // Accents off (é → e), compatibility forms folded (full-width letters, ligatures).
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString letters;
    letters.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber())
            letters.append(c);
        else if (!c.isMark())
            letters.append(QLatin1Char(' ')); // punctuation and spaces part words
    }
    QStringList kept;
    const QStringList words = letters.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (isTitle(word))
            continue;
        kept.append(isMuhammad(word) ? QStringLiteral("m") : todaysSpelling(word));
    }
    return kept.join(QLatin1Char(' '));
}

int words(const QString& key)
{
    return key.isEmpty() ? 0 : int(key.count(QLatin1Char(' '))) + 1;
}

} // namespace setia::nameLikeness
