#include "reports/PaperSize.h"

#include <QCoreApplication>
#include <QSizeF>

namespace setia::paper {

QList<Paper> all()
{
    return {Paper::A4, Paper::F4, Paper::Letter};
}

QPageSize pageSize(Paper paper)
{
    switch (paper) {
    case Paper::A4:
        return QPageSize(QPageSize::A4);
    case Paper::F4:
        return QPageSize(QSizeF(215.0, 330.0), QPageSize::Millimeter, QStringLiteral("F4"),
                         QPageSize::ExactMatch);
    case Paper::Letter:
        return QPageSize(QPageSize::Letter);
    }
    Q_UNREACHABLE();
}

QString id(Paper paper)
{
    switch (paper) {
    case Paper::A4:
        return QStringLiteral("a4");
    case Paper::F4:
        return QStringLiteral("f4");
    case Paper::Letter:
        return QStringLiteral("letter");
    }
    Q_UNREACHABLE();
}

std::optional<Paper> parse(const QString& text)
{
    const QString wanted = text.trimmed();
    for (const Paper paper : all()) {
        if (wanted.compare(id(paper), Qt::CaseInsensitive) == 0)
            return paper;
    }
    return std::nullopt;
}

QString displayName(Paper paper)
{
    switch (paper) {
    case Paper::A4:
        return QCoreApplication::translate("Paper", "A4 (210 × 297 mm)");
    case Paper::F4:
        return QCoreApplication::translate("Paper", "F4 (215 × 330 mm)");
    case Paper::Letter:
        return QCoreApplication::translate("Paper", "Letter (8.5 × 11 in)");
    }
    Q_UNREACHABLE();
}

QString orientationId(QPageLayout::Orientation orientation)
{
    return orientation == QPageLayout::Landscape ? QStringLiteral("landscape")
                                                 : QStringLiteral("portrait");
}

std::optional<QPageLayout::Orientation> parseOrientation(const QString& text)
{
    const QString wanted = text.trimmed();
    if (wanted.compare(QLatin1String("portrait"), Qt::CaseInsensitive) == 0)
        return QPageLayout::Portrait;
    if (wanted.compare(QLatin1String("landscape"), Qt::CaseInsensitive) == 0)
        return QPageLayout::Landscape;
    return std::nullopt;
}

} // namespace setia::paper
