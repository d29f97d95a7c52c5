#include "reports/ReceiptText.h"

namespace setia::receiptText {

QStringList wrapped(const QString& text, int columns, int indent)
{
    QStringList lines;
    const QString pad(indent, QLatin1Char(' '));
    const int width = std::max(1, columns - indent);
    QString line;
    for (QString word : text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        while (word.size() > width) { // a word longer than the line: cut it
            if (!line.isEmpty()) {
                lines.append(pad + line);
                line.clear();
            }
            lines.append(pad + word.left(width));
            word = word.mid(width);
        }
        if (line.isEmpty())
            line = word;
        else if (line.size() + 1 + word.size() <= width)
            line += QLatin1Char(' ') + word;
        else {
            lines.append(pad + line);
            line = word;
        }
    }
    if (!line.isEmpty())
        lines.append(pad + line);
    return lines;
}

QStringList centred(const QString& text, int columns)
{
    QStringList lines = wrapped(text, columns);
    for (QString& line : lines)
        line = QString((columns - int(line.size())) / 2, QLatin1Char(' ')) + line;
    return lines;
}

QStringList spread(const QString& left, const QString& right, int columns)
{
    const int room = columns - int(right.size()) - 1;
    if (left.size() <= room)
        return {left + QString(columns - int(left.size()) - int(right.size()), QLatin1Char(' ')) +
                right};
    QStringList lines = wrapped(left, columns);
    if (lines.isEmpty() || lines.constLast().size() > room)
        lines.append(QString(std::max(0, columns - int(right.size())), QLatin1Char(' ')) + right);
    else
        lines.last() +=
            QString(columns - int(lines.constLast().size()) - int(right.size()), QLatin1Char(' ')) +
            right;
    return lines;
}

QStringList shopHeader(const BusinessProfile& shop, int columns)
{
    QStringList lines = centred(shop.name.isEmpty() ? QStringLiteral("Setia") : shop.name, columns);
    if (!shop.address.isEmpty())
        lines += centred(shop.address, columns);
    if (!shop.phone.isEmpty())
        lines += centred(shop.phone, columns);
    return lines;
}

QString rule(int columns)
{
    return QString(columns, QLatin1Char('-'));
}

} // namespace setia::receiptText
