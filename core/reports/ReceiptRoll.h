#pragma once

#include "common/Result.h"

#include <QStringList>

#include <optional>

class QPagedPaintDevice;

namespace setia {

// A thermal receipt roll (SPEC §1): 58 mm paper printed 48 mm wide in 32 columns, or 80 mm
// printed 72 mm wide in 48 columns, at the printers' 203 dots per inch.
enum class ReceiptRoll { Mm58, Mm80 };

namespace receiptRoll {

double paperWidthMm(ReceiptRoll roll);
double printWidthMm(ReceiptRoll roll);
int columns(ReceiptRoll roll);
// 58 or 80, as Settings and the command line name them; nullopt for anything else.
std::optional<ReceiptRoll> fromMillimetres(int millimetres);
int millimetres(ReceiptRoll roll);

// Prints lines of at most columns() characters in a monospaced font that fills the print
// width, one page as long as the lines need: on a printer or into a PDF writer. The device's
// page layout is set here.
Status print(const QStringList& lines, ReceiptRoll roll, QPagedPaintDevice& device);
// The same as a PDF file, written whole or not at all; `title` names the document.
Status writePdf(const QStringList& lines, ReceiptRoll roll, const QString& title,
                const QString& path);

} // namespace receiptRoll

} // namespace setia
