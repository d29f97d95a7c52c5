#include "domain/NameLikeness.h"

#include <QSet>
#include <QStringList>

namespace setia::nameLikeness {
namespace {

// Words that say who someone is, not which one: forms of address and the hajj titles.
bool isTitle(const QString& word)
{
    static const QSet<QString> titles = {
        QStringLiteral("bapak"), QStringLiteral("bpk"),     QStringLiteral("bp"),
        QStringLiteral("pak"),   QStringLiteral("ibu"),     QStringLiteral("bu"),
        QStringLiteral("h"),     QStringLiteral("hj"),      QStringLiteral("haji"),
        QStringLiteral("hajah"), QStringLiteral("hajjah"),  QStringLiteral("sdr"),
        QStringLiteral("sdri"),  QStringLiteral("saudara"), QStringLiteral("saudari"),
        QStringLiteral("tn"),    QStringLiteral("tuan"),    QStringLiteral("nyonya"),
        QStringLiteral("nona"),  QStringLiteral("mbak"),    QStringLiteral("mas"),
        QStringLiteral("kak"),   QStringLiteral("koh"),     QStringLiteral("cik"),
    };
    return titles.contains(word);
}

// Muhammad and the ways it is written and shortened.
bool isMuhammad(const QString& word)
{
    static const QSet<QString> forms = {
        QStringLiteral("m"),        QStringLiteral("muh"),       QStringLiteral("moh"),
        QStringLiteral("moch"),     QStringLiteral("mochamad"),  QStringLiteral("mochammad"),
        QStringLiteral("muhamad"),  QStringLiteral("muhammad"),  QStringLiteral("muhammed"),
        QStringLiteral("mohamad"),  QStringLiteral("mohammad"),  QStringLiteral("mohammed"),
        QStringLiteral("mohamed"),  QStringLiteral("muchamad"),  QStringLiteral("muchammad"),
        QStringLiteral("mokhamad"), QStringLiteral("mukhammad"), QStringLiteral("mhd"),
        QStringLiteral("md"),
    };
    return forms.contains(word);
}

// The spelling of 1972 for the older one (Soewandi → Suwandi, Tjahjo → Cahyo), in one pass:
// dj → j, tj → c, sj → sy, nj → ny, ch → kh, oe → u, and hj → hy ("j" for the sound of "y"
// came with 1972; only after "h", as in Tjahjo, is it sure). "dj", "tj", "sj" and "nj" are
// read before "oe" and "ch", so that "Soedjono" becomes "sujono".
void appendTodaysSpelling(QString& out, QStringView word)
{
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t c = word.at(i).unicode();
        const char16_t next = i + 1 < word.size() ? word.at(i + 1).unicode() : u'\0';
        if (next == u'j' && (c == u'd' || c == u't' || c == u's' || c == u'n' || c == u'h')) {
            switch (c) {
            case u'd':
                out += QLatin1Char('j');
                break;
            case u't':
                out += QLatin1Char('c');
                break;
            case u's':
                out += QLatin1String("sy");
                break;
            case u'n':
                out += QLatin1String("ny");
                break;
            default:
                out += QLatin1String("hy");
                break;
            }
            ++i;
        } else if (c == u'c' && next == u'h') {
            out += QLatin1String("kh");
            ++i;
        } else if (c == u'o' && next == u'e') {
            out += QLatin1Char('u');
            ++i;
        } else {
            out += QChar(c);
        }
    }
}

bool isAscii(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

} // namespace

QString key(const QString& name)
{
    // Accents off (é → e) and compatibility forms folded (full-width letters, ligatures);
    // most names are plain ASCII and need neither.
    const QString folded = isAscii(name)
                               ? name.toLower()
                               : name.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    QString word;
    const auto flush = [&] {
        if (word.isEmpty() || isTitle(word)) {
            word.clear();
            return;
        }
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        if (isMuhammad(word))
            out += QLatin1Char('m');
        else
            appendTodaysSpelling(out, word);
        word.clear();
    };
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            word += c;
        else if (!c.isMark())
            flush(); // punctuation and spaces part words
    }
    flush();
    return out;
}

int words(const QString& key)
{
    return key.isEmpty() ? 0 : int(key.count(QLatin1Char(' '))) + 1;
}

} // namespace setia::nameLikeness
