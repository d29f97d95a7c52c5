#include "reports/Barcode.h"

#include <QCoreApplication>
#include <QPainter>

#include <memory>
#include <zint.h>

namespace setia {

Barcode::Barcode(Kind kind, QList<QRectF> dark, QSizeF size)
    : m_kind(kind)
    , m_dark(std::move(dark))
    , m_size(size)
{}

Result<Barcode> Barcode::encode(Kind kind, const QString& text)
{
    const std::unique_ptr<zint_symbol, decltype(&ZBarcode_Delete)> symbol(ZBarcode_Create(),
                                                                          &ZBarcode_Delete);
    if (!symbol)
        return Error(Error::Kind::Io, QCoreApplication::translate(
                                          "setia::Barcode", "The barcode could not be made."));
    symbol->symbology = kind == Kind::QrCode ? BARCODE_QRCODE : BARCODE_CODE128;
    symbol->input_mode = UNICODE_MODE;
    symbol->show_hrt = 0;
    symbol->scale = 0.5f; // one vector unit per module
    symbol->output_options |= BARCODE_QUIET_ZONES;
    if (kind == Kind::QrCode)
        symbol->option_1 = 2; // error correction M
    const QByteArray utf8 = text.toUtf8();
    const int result = ZBarcode_Encode_and_Buffer_Vector(
        symbol.get(), reinterpret_cast<const unsigned char*>(utf8.constData()),
        static_cast<int>(utf8.size()), 0);
    if (result >= ZINT_ERROR || !symbol->vector)
        return Error(
            Error::Kind::Validation,
            QCoreApplication::translate("setia::Barcode", "%1 cannot be printed as a barcode (%2).")
                .arg(text, QString::fromUtf8(symbol->errtxt)));
    QList<QRectF> dark;
    for (const zint_vector_rect* r = symbol->vector->rectangles; r; r = r->next)
        dark.append(QRectF(double(r->x), double(r->y), double(r->width), double(r->height)));
    return Barcode(kind, std::move(dark),
                   QSizeF(double(symbol->vector->width), double(symbol->vector->height)));
}

void Barcode::paint(QPainter& painter, const QRectF& target) const
{
    if (m_size.isEmpty())
        return;
    double sx = target.width() / m_size.width();
    double sy = target.height() / m_size.height();
    QPointF origin = target.topLeft();
    if (m_kind == Kind::QrCode) {
        sx = sy = std::min(sx, sy);
        origin += QPointF((target.width() - m_size.width() * sx) / 2,
                          (target.height() - m_size.height() * sy) / 2);
    }
    painter.save();
    painter.fillRect(QRectF(origin, QSizeF(m_size.width() * sx, m_size.height() * sy)), Qt::white);
    for (const QRectF& r : m_dark)
        painter.fillRect(QRectF(origin.x() + r.x() * sx, origin.y() + r.y() * sy, r.width() * sx,
                                r.height() * sy),
                         Qt::black);
    painter.restore();
}

} // namespace setia
