#pragma once

#include "common/Result.h"

#include <QList>
#include <QRectF>

class QPainter;

namespace setia {

// A 1-D or 2-D code drawn as dark rectangles (libzint's vector output), so it prints
// crisp at any size. Sizes are in modules, quiet zones included.
class Barcode
{
public:
    enum class Kind { Code128, QrCode };

    static Result<Barcode> encode(Kind kind, const QString& text);

    // Module rectangles scaled into `target` (any unit of the painter); a 1-D code's bars
    // take the target's height, a QR code keeps square modules, centred.
    void paint(QPainter& painter, const QRectF& target) const;

private:
    Barcode(Kind kind, QList<QRectF> dark, QSizeF size);

    Kind m_kind;
    QList<QRectF> m_dark;
    QSizeF m_size;
};

} // namespace setia
