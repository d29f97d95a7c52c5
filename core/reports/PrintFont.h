#pragma once

#include <QFont>

namespace setia {

// The font printed cards and slips use (DejaVu Sans, which Setia's package depends on), in
// points so that it keeps its size on any printer's resolution.
inline QFont printFont(double points, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

} // namespace setia
