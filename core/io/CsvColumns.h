#pragma once

#include "io/ImportReport.h"

#include <QStringList>

#include <optional>

namespace setia {

// The columns of Setia's CSV files (SPEC §8) for each kind of record: the canonical ones in
// file order, then Setia's optional extras (sales: line_discount, sale_discount; payments:
// note), and those an import cannot do without.
class CsvColumns
{
public:
    static QStringList of(ImportKind kind);
    static QStringList required(ImportKind kind);
    // "customers", "products", "sales", "payments"
    static std::optional<ImportKind> kindFromId(const QString& id);
};

} // namespace setia
