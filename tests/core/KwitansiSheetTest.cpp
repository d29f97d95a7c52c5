// The A5 kwitansi as a payer gets it: the paper, and what it says (read back with poppler).
#include "reports/KwitansiSheet.h"

#include "support/CatchQt.h"

#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace setia;

namespace {

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(30'000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("A kwitansi on A5: who paid, the sum in words and in figures, what is still owed",
          "[reports][receipt]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Payment payment;
    payment.id = 123;
    payment.customerId = 7;
    payment.paidOn = QDate(2026, 11, 22);
    payment.amount = 1'250'000;
    payment.method = QStringLiteral("Transfer BCA");
    Customer payer;
    payer.code = QStringLiteral("M000007");
    payer.name = QStringLiteral("Toko Maju Jaya");
    const KwitansiSheet sheet(BusinessProfile{QStringLiteral("Toko Sumber Rejeki"),
                                              QStringLiteral("Jl. Pasar Baru No. 12, Bandung"),
                                              QStringLiteral("022-555-1234")});
    const QString pdf = dir.filePath(QStringLiteral("kwitansi.pdf"));
    SETIA_REQUIRE_OK(sheet.writePdf(pdf, payment, payer, 250'000));

    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    INFO(info.toStdString());
    CHECK(info.contains(QStringLiteral("Pages:           1")));
    CHECK(info.contains(QStringLiteral("Page size:       595 x 420 pts (A5)"))); // A5 across
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Toko Sumber Rejeki")));
    CHECK(text.contains(QStringLiteral("KWITANSI")));
    CHECK(text.contains(QStringLiteral("No. KW-000123")));
    CHECK(text.contains(QStringLiteral("Toko Maju Jaya (M000007)")));
    CHECK(text.contains(QStringLiteral("Satu juta dua ratus lima puluh ribu rupiah")));
    CHECK(text.contains(QStringLiteral("Transfer BCA")));
    CHECK(text.contains(QStringLiteral("Rp250.000")));
    CHECK(text.contains(QStringLiteral("Rp1.250.000")));
    CHECK(text.contains(QStringLiteral("22/11/2026")));
}
