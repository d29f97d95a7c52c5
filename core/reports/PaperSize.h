#pragma once

#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <optional>

namespace setia {

// The paper Setia prints reports on (SPEC §1). Thermal slips are not pages and live elsewhere.
enum class Paper { A4, F4, Letter };

namespace paper {

// Every paper, in the order a menu shows them.
QList<Paper> all();

// The exact size. F4 is Indonesia's 215 × 330 mm folio: not Qt's Folio (210 × 330 mm), and a
// custom size that QPageSize must not round to the nearest known one (8.5 × 13 in).
QPageSize pageSize(Paper paper);

// Stable ids for settings files and the command line: "a4", "f4", "letter".
QString id(Paper paper);
// Accepts the ids in any case, with surrounding blanks; nullopt for anything else.
std::optional<Paper> parse(const QString& text);

// "A4 (210 × 297 mm)", translated, for a menu.
QString displayName(Paper paper);

// "portrait" / "landscape", and back (any case, surrounding blanks ignored).
QString orientationId(QPageLayout::Orientation orientation);
std::optional<QPageLayout::Orientation> parseOrientation(const QString& text);

} // namespace paper
} // namespace setia
