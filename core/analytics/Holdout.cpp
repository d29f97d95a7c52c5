#include "analytics/Holdout.h"

#include <QCryptographicHash>

namespace setia::holdout {
namespace {

constexpr qint64 millionths = 1'000'000;
constexpr int maxSharePpm = 500'000;

} // namespace

quint32 draw(const QString& campaignCode, const QString& memberCode)
{
    const QByteArray digest = QCryptographicHash::hash(
        (campaignCode + QLatin1Char(':') + memberCode).toUtf8(), QCryptographicHash::Sha256);
    quint32 value = 0;
    for (int i = 0; i < 4; ++i)
        value = (value << 8) | quint8(digest.at(i));
    return value;
}

bool isHeldOut(const QString& campaignCode, const QString& memberCode, int sharePpm)
{
    // draw < ppm / 10⁶ × 2³²  ⇔  draw × 10⁶ < ppm × 2³², both below 2⁶³.
    return qint64(draw(campaignCode, memberCode)) * millionths < (qint64(sharePpm) << 32);
}

std::optional<int> parseShare(const QString& text)
{
    QString t = text.trimmed();
    bool percent = false;
    if (t.endsWith(QLatin1Char('%'))) {
        percent = true;
        t.chop(1);
        t = t.trimmed();
    }
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    const qsizetype point = t.indexOf(QLatin1Char('.'));
    const QString whole = point < 0 ? t : t.left(point);
    const QString fraction = point < 0 ? QString() : t.mid(point + 1);
    const int decimals = percent ? 4 : 6;
    if ((whole.isEmpty() && fraction.isEmpty()) || fraction.size() > decimals || whole.size() > 3 ||
        fraction.contains(QLatin1Char('.')))
        return std::nullopt;
    for (const QString& part : {whole, fraction})
        for (QChar c : part)
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return std::nullopt;
    qint64 ppm = whole.toLongLong() * (percent ? 10'000 : millionths);
    QString padded = fraction;
    padded.append(QString(decimals - fraction.size(), QLatin1Char('0')));
    ppm += padded.toLongLong();
    if (ppm > maxSharePpm)
        return std::nullopt;
    return int(ppm);
}

QString formatShare(int sharePpm)
{
    QString fraction = QStringLiteral("%1").arg(sharePpm % millionths, 6, 10, QLatin1Char('0'));
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    const QString whole = QString::number(sharePpm / millionths);
    return fraction.isEmpty() ? whole : whole + QLatin1Char('.') + fraction;
}

} // namespace setia::holdout
