// Amounts in words on receipts (SPEC §1: "satu juta dua ratus lima puluh ribu rupiah").
#include "domain/Terbilang.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace setia;

TEST_CASE("Terbilang spells amounts as Indonesian receipts do", "[terbilang][money]")
{
    CHECK(terbilang::rupiah(1'250'000) ==
          QStringLiteral("satu juta dua ratus lima puluh ribu rupiah"));
    CHECK(terbilang::number(0) == QStringLiteral("nol"));
    CHECK(terbilang::number(1) == QStringLiteral("satu"));
    CHECK(terbilang::number(10) == QStringLiteral("sepuluh"));
    CHECK(terbilang::number(11) == QStringLiteral("sebelas"));
    CHECK(terbilang::number(12) == QStringLiteral("dua belas"));
    CHECK(terbilang::number(19) == QStringLiteral("sembilan belas"));
    CHECK(terbilang::number(20) == QStringLiteral("dua puluh"));
    CHECK(terbilang::number(21) == QStringLiteral("dua puluh satu"));
    CHECK(terbilang::number(100) == QStringLiteral("seratus"));
    CHECK(terbilang::number(101) == QStringLiteral("seratus satu"));
    CHECK(terbilang::number(111) == QStringLiteral("seratus sebelas"));
    CHECK(terbilang::number(999) == QStringLiteral("sembilan ratus sembilan puluh sembilan"));
    CHECK(terbilang::number(1'000) == QStringLiteral("seribu"));
    CHECK(terbilang::number(1'001) == QStringLiteral("seribu satu"));
    CHECK(terbilang::number(2'000) == QStringLiteral("dua ribu"));
    CHECK(terbilang::number(11'000) == QStringLiteral("sebelas ribu"));
    CHECK(terbilang::number(101'000) == QStringLiteral("seratus satu ribu"));
    CHECK(terbilang::number(1'000'000) == QStringLiteral("satu juta"));
    CHECK(terbilang::number(1'001'000) == QStringLiteral("satu juta seribu"));
    CHECK(terbilang::number(25'000'000'000) == QStringLiteral("dua puluh lima miliar"));
    CHECK(terbilang::number(999'999'999'999'999) ==
          QStringLiteral("sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan "
                         "puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta "
                         "sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan "
                         "puluh sembilan"));
    CHECK(terbilang::number(-500) == QStringLiteral("minus lima ratus"));
    CHECK(
        terbilang::number(std::numeric_limits<qint64>::max())
            .startsWith(QStringLiteral("sembilan kuintiliun dua ratus dua puluh tiga kuadriliun")));
    CHECK(terbilang::number(std::numeric_limits<qint64>::min())
              .startsWith(QStringLiteral("minus sembilan kuintiliun")));
    CHECK(terbilang::number(std::numeric_limits<qint64>::min())
              .endsWith(QStringLiteral("delapan ratus delapan")));
}
