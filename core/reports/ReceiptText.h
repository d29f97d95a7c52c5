#pragma once

#include "domain/BusinessProfile.h"

#include <QStringList>

// Lines of a receipt in a fixed number of columns (32 or 48, SPEC §1).
namespace setia::receiptText {

// `text` in the middle of the line (wrapped onto more lines when longer).
QStringList centred(const QString& text, int columns);
// `text` from the left, wrapped at spaces (a word longer than the line is cut).
QStringList wrapped(const QString& text, int columns, int indent = 0);
// `left` and `right` on one line, `right` against the right edge; `left` wraps above it
// when both do not fit.
QStringList spread(const QString& left, const QString& right, int columns);
// The shop's name, address and phone, each centred: the top of every receipt.
QStringList shopHeader(const BusinessProfile& shop, int columns);
// A dashed rule across the line.
QString rule(int columns);

} // namespace setia::receiptText
