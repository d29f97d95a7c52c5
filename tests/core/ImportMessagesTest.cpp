// Import messages name a column as people say it, in their language, with the column itself:
// "tanggal lahir (kolom birthday)", not the file's word alone.
#include "io/CsvColumns.h"
#include "io/CsvFields.h"
#include "support/ScopedLanguage.h"

#include <QCoreApplication>

#include <catch2/catch.hpp>

using namespace setia;
using namespace setia::test;

TEST_CASE("Import messages name columns in Indonesian with the column's own name", "[csv][i18n]")
{
    // In English the column's word is the name.
    CHECK(CsvColumns::describe(QStringLiteral("birthday")) == QStringLiteral("birthday"));
    CHECK(CsvColumns::describe(QStringLiteral("unknown_column")) ==
          QStringLiteral("unknown_column"));

    const ScopedLanguage indonesian(QStringLiteral("id"));
    CHECK(CsvColumns::describe(QStringLiteral("birthday")) ==
          QStringLiteral("tanggal lahir (kolom birthday)"));
    CHECK(CsvColumns::describe(QStringLiteral("customer_code")) ==
          QStringLiteral("kode pelanggan (kolom customer_code)"));
    QString reason;
    CHECK_FALSE(CsvFields::date(QStringLiteral("abc"), QStringLiteral("birthday"), reason));
    CHECK(
        reason.startsWith(QStringLiteral("tanggal lahir (kolom birthday) \"abc\" bukan tanggal")));
    CHECK_FALSE(CsvFields::amount(QStringLiteral("dua"), QStringLiteral("credit_limit"), reason));
    CHECK(reason.startsWith(QStringLiteral("batas kredit (kolom credit_limit)")));
}
