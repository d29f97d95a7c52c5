#pragma once

#include "io/ImportReport.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace setia {

// The columns of Setia's CSV files (SPEC §8) for each kind of record: the canonical ones in
// file order, then Setia's optional extras (sales: line_discount, sale_discount; payments:
// note), and those an import cannot do without.
class CsvColumns
{
    Q_DECLARE_TR_FUNCTIONS(CsvColumns)

public:
    static QStringList of(ImportKind kind);
    static QStringList required(ImportKind kind);
    // "customers", "products", "sales", "payments"
    static std::optional<ImportKind> kindFromId(const QString& id);
    // A column as a message names it: what it holds in the user's language, and the column
    // itself when that differs — "tanggal lahir (kolom birthday)"; "birthday" in English.
    static QString describe(const QString& column);
};

} // namespace setia
