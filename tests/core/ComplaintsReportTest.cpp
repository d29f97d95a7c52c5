// The complaints report (issue 16): by category and by month, how many were answered and put
// right within their deadlines and how long it took in opening hours, the customers who
// complained more than once, and what the remedies cost; one CSV row per complaint.
#include "reports/ComplaintsReport.h"

#include "analytics/ComplaintStats.h"
#include "support/ComplaintShop.h"

using namespace setia;
using namespace setia::test;

namespace {

TicketDetails details(const QString& category, qint64 customerId, const QDateTime& received,
                      qint64 responseSeconds, bool responseLate, qint64 resolutionSeconds = -1,
                      bool resolutionLate = false)
{
    TicketDetails d;
    d.ticket.category = category;
    d.ticket.customerId = customerId;
    d.ticket.customerCode = QStringLiteral("C%1").arg(customerId);
    d.ticket.receivedAt = received;
    d.ticket.status = resolutionSeconds >= 0 ? TicketStatus::Resolved : TicketStatus::InProgress;
    d.clock.responseSeconds = responseSeconds;
    d.clock.responseLate = responseLate;
    d.clock.resolutionSeconds = resolutionSeconds;
    d.clock.resolutionLate = resolutionLate;
    return d;
}

QStringList csvOf(const ComplaintsReport& report)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, CsvWriter::Bom::Without);
    report.writeCsv(writer);
    SETIA_REQUIRE_OK(writer.commit());
    return QString::fromUtf8(bytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("Complaint figures count deadlines met, missed and missed without an answer yet",
          "[tickets][report]")
{
    const QDateTime oct(QDate(2026, 10, 30), QTime(9, 0));
    const QDateTime nov(QDate(2026, 11, 2), QTime(9, 0));
    QList<TicketDetails> tickets{
        details(QStringLiteral("product"), 1, oct, 3600, false, 10 * 3600, false),
        details(QStringLiteral("service"), 2, oct, 5 * 3600, true, 30 * 3600, false),
        details(QStringLiteral("product"), 1, nov, 7200, false),
        // Not answered, and past the deadline: counts against the shop.
        details(QStringLiteral("product"), 3, nov, -1, true),
        // Not answered, deadline still to come: not decided.
        details(QStringLiteral("delivery"), 1, nov.addDays(1), -1, false),
    };
    tickets[0].ticket.remedy = RemedyKind::FreeItem;
    tickets[0].ticket.remedyCost = 62'500;
    tickets[1].ticket.remedy = RemedyKind::Credit;
    tickets[1].ticket.remedyCost = 20'000;
    tickets[2].ticket.remedy = RemedyKind::FreeItem;
    tickets[2].ticket.remedyCost = 7'500;

    const ComplaintStats stats(tickets);
    const ComplaintFigures& total = stats.total();
    CHECK(total.tickets == 5);
    CHECK(total.finished == 2);
    CHECK(total.responseDecided == 4);
    CHECK(total.responseOnTime == 2);
    CHECK(total.resolutionDecided == 2);
    CHECK(total.resolutionOnTime == 2);
    CHECK(total.remedyCost == 90'000);
    // 1 h, 2 h, 5 h: the middle one; 10 h and 30 h: their mean.
    CHECK(total.medianResponseSeconds() == 7200);
    CHECK(total.medianResolutionSeconds() == 20 * 3600);
    CHECK(ComplaintFigures{}.medianResponseSeconds() == -1);

    // Most complained about first.
    REQUIRE(stats.byCategory().size() == 3);
    CHECK(stats.byCategory().at(0).category == QStringLiteral("product"));
    CHECK(stats.byCategory().at(0).figures.tickets == 3);
    CHECK(stats.byCategory().at(1).category == QStringLiteral("delivery"));
    CHECK(stats.byCategory().at(2).category == QStringLiteral("service"));

    REQUIRE(stats.byMonth().size() == 2);
    CHECK(stats.byMonth().at(0).month == QDate(2026, 10, 1));
    CHECK(stats.byMonth().at(0).figures.tickets == 2);
    CHECK(stats.byMonth().at(1).month == QDate(2026, 11, 1));
    REQUIRE(stats.byMonth().at(1).categories.size() == 2);
    CHECK(stats.byMonth().at(1).categories.at(0).figures.tickets == 2);

    // Customer 1 complained three times, about two things; the others once.
    REQUIRE(stats.repeated().size() == 1);
    CHECK(stats.repeated().at(0).customerId == 1);
    CHECK(stats.repeated().at(0).tickets == 3);
    CHECK(stats.repeated().at(0).categories ==
          QStringList{QStringLiteral("product"), QStringLiteral("delivery")});
    CHECK(stats.repeated().at(0).last == nov.addDays(1));

    REQUIRE(stats.remedies().size() == 2);
    CHECK(stats.remedies().at(0).kind == RemedyKind::Credit);
    CHECK(stats.remedies().at(0).cost == 20'000);
    CHECK(stats.remedies().at(1).kind == RemedyKind::FreeItem);
    CHECK(stats.remedies().at(1).tickets == 2);
    CHECK(stats.remedies().at(1).cost == 70'000);

    CHECK(ComplaintsReport::hoursText(-1) == QStringLiteral("-"));
    CHECK(ComplaintsReport::hoursText(5400) == QStringLiteral("1,5"));
    CHECK(ComplaintsReport::hoursText(5399) == QStringLiteral("1,5")); // 1.4997 h
    CHECK(ComplaintsReport::onTimeText(2, 3) == QStringLiteral("2 of 3 (67 %)"));
    CHECK(ComplaintsReport::onTimeText(0, 0) == QStringLiteral("-"));
}

TEST_CASE("The complaints report of a period: on paper by category and month, one CSV row per "
          "complaint",
          "[tickets][report]")
{
    ComplaintShop shop;
    // Saturday 21 November 20:30: answer due Monday 11:30 (Sunday closed).
    const Ticket late = shop.open(shop.sri, at(21, 20, 30));
    shop.temp.clock().set(at(23, 8));
    const Ticket quick = shop.open(shop.tono, at(23, 8), QStringLiteral("Kasir judes"));
    shop.temp.clock().set(at(23, 9));
    SETIA_REQUIRE_OK(shop.backend->tickets().respond(quick.id, QStringLiteral("Minta maaf")));
    shop.temp.clock().set(at(23, 12));
    SETIA_REQUIRE_OK(shop.backend->tickets().respond(late.id, QStringLiteral("Ditelepon")));
    shop.temp.clock().set(at(24, 9));
    shop.open(shop.sri, at(24, 9), QStringLiteral("Timbangan kurang"));
    shop.temp.clock().set(at(24, 10));
    SETIA_REQUIRE_OK(shop.backend->tickets().resolve(late.id, QStringLiteral("Diganti"),
                                                     RemedyKind::FreeItem, 62'500));
    shop.temp.clock().set(at(30, 12));

    // Only what was received in the period.
    auto none = shop.backend->tickets().report(QDate(2026, 10, 1), QDate(2026, 10, 31));
    SETIA_REQUIRE_OK(none);
    CHECK(none->stats().total().tickets == 0);
    CHECK(none->document(BusinessProfile{}, at(30, 12))
              .bodyHtml()
              .contains(QStringLiteral("No complaint was received in this period.")));

    auto report = shop.backend->tickets().report(QDate(2026, 11, 1), QDate(2026, 11, 30));
    SETIA_REQUIRE_OK(report);
    const ComplaintFigures& total = report->stats().total();
    CHECK(total.tickets == 3);
    // Answered Monday 12:00: 30 minutes on Saturday and 4 hours on Monday, half an hour late;
    // Tono's within the hour; Sri's second never, and long past its deadline by the 30th.
    CHECK(total.responseDecided == 3);
    CHECK(total.responseOnTime == 1);
    CHECK(total.medianResponseSeconds() == (16'200 + 3'600) / 2);
    // Put right on Tuesday 10:00: Saturday's half hour, Monday's 13, Tuesday's 2.
    CHECK(total.resolutionSeconds == QList<qint64>{155 * 360});
    CHECK(total.remedyCost == 62'500);
    REQUIRE(report->stats().repeated().size() == 1);
    CHECK(report->stats().repeated().at(0).name == QStringLiteral("Sri Rahayu"));

    const QString html = report->document(BusinessProfile{}, at(30, 12)).bodyHtml();
    CHECK(html.contains(QStringLiteral("By month and category")));
    CHECK(html.contains(QStringLiteral("Sri Rahayu")));
    CHECK(html.contains(QStringLiteral("1 of 3 (33 %)")));
    CHECK(html.contains(QStringLiteral("Rp62.500")));

    const QStringList csv = csvOf(*report);
    REQUIRE(csv.size() == 4);
    CHECK(csv.at(0) == QStringLiteral("number,received,month,category,priority,status,"
                                      "customer_code,customer_name,first_response_hours,"
                                      "response_late,resolution_hours,resolution_late,remedy,"
                                      "remedy_cost"));
    CHECK(csv.at(1) == QStringLiteral("KL261121-001,2026-11-21 20:30,2026-11,product,normal,"
                                      "resolved,%1,Sri Rahayu,4.5,1,15.5,0,free_item,62500")
                           .arg(shop.sri.code));
    CHECK(csv.at(3).startsWith(QStringLiteral("KL261124-001,")));
    // Neither deadline met by Monday the 30th (the resolution was due Friday 18:00).
    CHECK(csv.at(3).endsWith(QStringLiteral(",,1,,1,none,0")));
}
