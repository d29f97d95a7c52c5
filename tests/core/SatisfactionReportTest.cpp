// The satisfaction report (SPEC §14): NPS and CSAT of a period overall and by each grouping,
// with the margin or "not enough data", and what customers wrote; its CSV carries the
// overall row once, then each grouping's groups.
#include "reports/SatisfactionReport.h"

#include "services/SurveyService.h"
#include "support/ComplaintShop.h"

using namespace setia;
using namespace setia::test;

namespace {

void answer(ComplaintShop& shop, qint64 customerId, const QDateTime& when, int nps, int csat,
            const QString& comment = {})
{
    SurveyResponse r;
    r.at = when;
    r.customerId = customerId;
    r.channel = SurveyChannel::Phone;
    r.nps = nps;
    r.csat = csat;
    r.comment = comment;
    SETIA_REQUIRE_OK(shop.backend->surveys().record(r));
}

} // namespace

TEST_CASE("The satisfaction report breaks NPS down by every grouping and lists the comments",
          "[surveys][report]")
{
    ComplaintShop shop;
    shop.sell(shop.sri, at(2, 10));
    answer(shop, shop.sri.id, at(5, 10), 3, 2, QStringLiteral("Antre lama"));
    answer(shop, shop.sri.id, at(20, 10), 9, 5); // Sri's latest counts
    answer(shop, shop.tono.id, at(10, 10), 6, SurveyResponse::noScore,
           QStringLiteral("Harga naik"));
    answer(shop, 0, at(12, 10), 10, 4, QStringLiteral("Mantap"));

    auto report = shop.backend->surveys().report(QDate(2026, 11, 1), QDate(2026, 11, 22));
    SETIA_REQUIRE_OK(report);
    const QList<SatisfactionReport::Breakdown>& breakdowns = report->breakdowns();
    QStringList ids;
    for (const SatisfactionReport::Breakdown& b : breakdowns)
        ids.append(b.id);
    CHECK(ids == QStringList{QStringLiteral("all"), QStringLiteral("lifecycle"),
                             QStringLiteral("tier"), QStringLiteral("rfm_segment"),
                             QStringLiteral("type"), QStringLiteral("area")});
    REQUIRE(breakdowns.first().rows.size() == 1);
    const NpsTally& all = breakdowns.first().rows.first();
    CHECK(all.responses == 3);
    CHECK(all.promoters == 2);
    CHECK(all.detractors == 1);
    CHECK(all.csatResponses == 2); // Sri's latest CSAT (5) and the anonymous 4
    CHECK(SatisfactionReport::tenthsText(all.npsTenths()) == QStringLiteral("33,3"));
    CHECK(SatisfactionReport::marginText(all, 30) == QStringLiteral("not enough data"));

    // By lifecycle: Sri bought this month (active), Tono never (prospect), then anonymous.
    const SatisfactionReport::Breakdown& lifecycle = breakdowns.at(1);
    CHECK(lifecycle.title == QStringLiteral("By lifecycle"));
    CHECK(lifecycle.names == QStringList{QStringLiteral("All answers"),
                                         QStringLiteral("Prospect (never bought)"),
                                         QStringLiteral("Active"), QStringLiteral("Anonymous")});

    const QString html = report->document(BusinessProfile{}, at(22, 10)).bodyHtml();
    CHECK(html.contains(QStringLiteral("By RFM segment")));
    // Newest first, with whose they are.
    const qsizetype mantap = html.indexOf(QStringLiteral("Mantap"));
    const qsizetype harga = html.indexOf(QStringLiteral("Harga naik"));
    const qsizetype antre = html.indexOf(QStringLiteral("Antre lama"));
    CHECK(mantap > 0);
    CHECK(mantap < harga);
    CHECK(harga < antre);
    CHECK(html.contains(QStringLiteral("%1 · Tono Wijaya").arg(shop.tono.code)));

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, CsvWriter::Bom::Without);
    report->writeCsv(writer);
    SETIA_REQUIRE_OK(writer.commit());
    const QStringList csv =
        QString::fromUtf8(bytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(csv.size() >= 5);
    CHECK(csv.at(0) == QStringLiteral("grouping,group,responses,promoters,passives,detractors,"
                                      "nps,margin,csat_responses,csat"));
    CHECK(csv.at(1) == QStringLiteral("all,all,3,2,0,1,33.3,n<30,2,100.0"));
    CHECK(csv.at(2) == QStringLiteral("lifecycle,prospect,1,0,0,1,-100.0,n<30,0,"));
    CHECK(csv.at(3) == QStringLiteral("lifecycle,active,1,1,0,0,100.0,n<30,1,100.0"));
    CHECK(csv.at(4) == QStringLiteral("lifecycle,anonymous,1,1,0,0,100.0,n<30,1,100.0"));
    CHECK(csv.filter(QStringLiteral("all,all,")).size() == 1);
}

TEST_CASE("A period without answers gives a report that says so", "[surveys][report]")
{
    ComplaintShop shop;
    auto report = shop.backend->surveys().report(QDate(2026, 10, 1), QDate(2026, 10, 31));
    SETIA_REQUIRE_OK(report);
    REQUIRE(report->breakdowns().size() == 6);
    CHECK(report->breakdowns().first().rows.first().responses == 0);
    const QString html = report->document(BusinessProfile{}, at(22, 10)).bodyHtml();
    CHECK(html.contains(QStringLiteral("No answer of this period came with a comment.")));
    CHECK(SatisfactionReport::tenthsText(std::nullopt) == QStringLiteral("-"));
    CHECK(SatisfactionReport::tenthsText(-75) == QStringLiteral("-7,5"));
}
