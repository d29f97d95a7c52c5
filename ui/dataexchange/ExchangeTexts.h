#pragma once

#include "io/ImportReport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace setia {

// The translated words the import and export screens show for each kind of file and for
// the fields of SPEC §8.
class ExchangeTexts
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeTexts)

public:
    // The kinds in the order the screens list them.
    static QList<ImportKind> kinds();
    // "&Customers", "&Products", …: the kind's title on the Import & export view, with
    // its mnemonic.
    static QString kindTitle(ImportKind kind);
    // One line saying what the file holds and what to know before importing it.
    static QString explanation(ImportKind kind);
    // "Import customers", "Export customers", …
    static QString importTitle(ImportKind kind);
    static QString exportTitle(ImportKind kind);
    // The start of a suggested file name: "customers" in English, "pelanggan" in Indonesian.
    static QString fileStem(ImportKind kind);
    // "Member code" for the field "code", …; the field's own name when it has no label.
    static QString fieldLabel(const QString& field);
};

} // namespace setia
