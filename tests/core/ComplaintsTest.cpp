// Complaints (SPEC §14): a ticket numbered KL + the day, answered, waited on, resolved with a
// remedy whose cost counts as a reward (§5), checked with the customer afterwards; the late
// ones on the day's agenda (§13); tickets files in and out.
#include "analytics/DayAgenda.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "services/AgendaService.h"
#include "services/CustomerCardService.h"
#include "services/CustomerService.h"
#include "services/FollowUpService.h"
#include "services/MergeService.h"
#include "services/ProductService.h"
#include "services/ProfitabilityService.h"
#include "services/SaleService.h"
#include "services/SegmentService.h"
#include "services/SettingsService.h"
#include "services/SurveyService.h"
#include "services/TicketService.h"
#include "services/exchange/ExportService.h"
#include "services/exchange/ImportService.h"
#include "support/ComplaintShop.h"

#include <QBuffer>

using namespace setia;
using namespace setia::test;

TEST_CASE("A complaint is numbered by its day, answered, resolved and checked afterwards",
          "[tickets]")
{
    ComplaintShop shop;
    const Ticket first = shop.open(shop.sri, at(21, 20, 30));
    CHECK(first.number == QStringLiteral("KL261121-001"));
    CHECK(first.status == TicketStatus::Open);
    CHECK(first.staff == TempDatabase::staff());
    const Ticket second = shop.open(shop.tono, at(21, 20, 45), QStringLiteral("Kasir judes"));
    CHECK(second.number == QStringLiteral("KL261121-002"));
    CHECK(shop.open(shop.tono, at(22, 9)).number == QStringLiteral("KL261122-001"));

    auto queue = shop.backend->tickets().queue();
    SETIA_REQUIRE_OK(queue);
    REQUIRE(queue->size() == 3);
    CHECK(queue->at(0).ticket.number == QStringLiteral("KL261121-001"));
    CHECK(queue->at(0).clock.responseDue == at(23, 11, 30));

    auto answered =
        shop.backend->tickets().respond(first.id, QStringLiteral("Ditelepon, minta maaf"));
    SETIA_REQUIRE_OK(answered);
    CHECK(answered->status == TicketStatus::InProgress);
    CHECK(answered->firstResponseAt == FixedClock::defaultNow());
    SETIA_REQUIRE_OK(shop.backend->tickets().move(first.id, TicketStatus::Waiting,
                                                  QStringLiteral("Menunggu foto dari pelanggan")));
    auto waiting = shop.backend->tickets().details(first.id);
    SETIA_REQUIRE_OK(waiting);
    CHECK(waiting->clock.paused);
    CHECK(waiting->events.size() == 3);
    // Waiting for the customer: last in the queue.
    queue = shop.backend->tickets().queue();
    SETIA_REQUIRE_OK(queue);
    CHECK(queue->last().ticket.id == first.id);

    auto refused = shop.backend->tickets().resolve(first.id, QString(), RemedyKind::FreeItem, 0);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field() == QStringLiteral("resolution"));
    auto noRemedy =
        shop.backend->tickets().resolve(first.id, QStringLiteral("Diganti"), RemedyKind::None, 5);
    CHECK_FALSE(noRemedy.ok());

    shop.temp.clock().set(at(23, 9));
    auto resolved = shop.backend->tickets().resolve(first.id, QStringLiteral("Beras diganti 5 kg"),
                                                    RemedyKind::FreeItem, 62'500);
    SETIA_REQUIRE_OK(resolved);
    CHECK(resolved->status == TicketStatus::Resolved);
    CHECK(resolved->resolvedAt == at(23, 9));
    CHECK(resolved->remedyCost == 62'500);
    auto followUps = shop.backend->followUps().forCustomer(shop.sri.id);
    SETIA_REQUIRE_OK(followUps);
    REQUIRE(followUps->size() == 1);
    CHECK(followUps->first().due == QDate(2026, 11, 25));
    CHECK(followUps->first().task.contains(QStringLiteral("KL261121-001")));
    CHECK(followUps->first().staff == first.staff);

    // Resolved twice is refused; closed is final.
    CHECK_FALSE(shop.backend->tickets()
                    .resolve(first.id, QStringLiteral("lagi"), RemedyKind::None, 0)
                    .ok());
    SETIA_REQUIRE_OK(shop.backend->tickets().move(first.id, TicketStatus::Closed));
    auto reopen = shop.backend->tickets().move(first.id, TicketStatus::InProgress);
    REQUIRE_FALSE(reopen.ok());
    CHECK(reopen.error().field() == QStringLiteral("status"));
    auto finished = shop.backend->tickets().details(first.id);
    SETIA_REQUIRE_OK(finished);
    CHECK(finished->ticket.resolvedAt == at(23, 9)); // closing keeps when it was resolved
    CHECK(finished->events.size() == 5);
}

TEST_CASE("A complaint is refused for what a customer cannot mean", "[tickets]")
{
    ComplaintShop shop;
    Ticket t;
    t.customerId = shop.sri.id;
    t.category = QStringLiteral("service");
    t.summary = QStringLiteral("  \u200B ");
    auto empty = shop.backend->tickets().open(t);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().field() == QStringLiteral("summary"));

    t.summary = QString(TicketService::maxSummaryLength + 1, QLatin1Char('a'));
    CHECK(shop.backend->tickets().open(t).error().field() == QStringLiteral("summary"));
    t.summary = QStringLiteral("Salah\x07 harga");
    CHECK(shop.backend->tickets().open(t).error().field() == QStringLiteral("summary"));
    t.summary = QStringLiteral("Harga di rak beda\r\ndengan di struk");
    t.category.clear();
    CHECK(shop.backend->tickets().open(t).error().field() == QStringLiteral("category"));
    t.category = QStringLiteral("price");
    t.receivedAt = FixedClock::defaultNow().addSecs(3600);
    CHECK(shop.backend->tickets().open(t).error().field() == QStringLiteral("received"));
    t.receivedAt = {};
    const Sale tonos = shop.sell(shop.tono, at(20, 10));
    t.saleId = tonos.id;
    CHECK(shop.backend->tickets().open(t).error().field() == QStringLiteral("sale"));
    const Sale sris = shop.sell(shop.sri, at(20, 11));
    t.saleId = sris.id;
    t.saleLine = 2; // the sale has one line
    CHECK(shop.backend->tickets().open(t).error().field() == QStringLiteral("sale"));
    t.saleLine = 1;
    t.customerId = 999;
    CHECK(shop.backend->tickets().open(t).error().field() == QStringLiteral("customer"));
    t.customerId = shop.sri.id;
    auto opened = shop.backend->tickets().open(t);
    SETIA_REQUIRE_OK(opened);
    CHECK(opened->saleId == sris.id);
    CHECK(opened->saleLine == 1);
    CHECK(opened->summary == QStringLiteral("Harga di rak beda\ndengan di struk"));
    CHECK(opened->receivedAt == FixedClock::defaultNow());
}

TEST_CASE("A remedy's cost is a reward: it lowers the margin and shows in profitability",
          "[tickets][segments]")
{
    ComplaintShop shop;
    shop.sell(shop.sri, at(10, 10)); // revenue 100 000, cost 80 000
    const Ticket t = shop.open(shop.sri, at(20, 10));
    SETIA_REQUIRE_OK(shop.backend->tickets().resolve(t.id, QStringLiteral("Uang kembali sebagian"),
                                                     RemedyKind::Refund, 15'000));
    auto segments = shop.backend->segments().segments(QDate(2026, 11, 22));
    SETIA_REQUIRE_OK(segments);
    const CustomerSegment& sri = segments->first();
    REQUIRE(sri.activity.code == shop.sri.code);
    CHECK(sri.margin == 100'000 - 80'000 - 15'000);
    auto rows = shop.backend->profitability().rows(*segments, QDate(2026, 11, 22));
    SETIA_REQUIRE_OK(rows);
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().rewards == 15'000);
    CHECK(rows->first().margin == 5'000);
    // A year and a day after the resolution it is out of the window.
    auto later = shop.backend->segments().segments(QDate(2027, 11, 23));
    SETIA_REQUIRE_OK(later);
    CHECK(later->first().activity.remedyCost == 0);
}

TEST_CASE("Complaints past a deadline are on the day's agenda after the follow-ups",
          "[tickets][agenda]")
{
    ComplaintShop shop;
    const Ticket late = shop.open(shop.sri, at(20, 10)); // Friday: answer by 14:00
    const Ticket urgent = [&] {
        Ticket t;
        t.customerId = shop.tono.id;
        t.receivedAt = at(21, 20, 30);
        t.priority = TicketPriority::High;
        t.category = QStringLiteral("delivery");
        t.summary = QStringLiteral("Pesanan belum sampai");
        auto opened = shop.backend->tickets().open(t);
        SETIA_REQUIRE_OK(opened);
        return *opened;
    }();
    FollowUp f;
    f.customerId = shop.tono.id;
    f.due = QDate(2026, 11, 22);
    f.task = QStringLiteral("Telepon");
    SETIA_REQUIRE_OK(shop.backend->followUps().create(f));
    // Sunday: the urgent one is due on Monday 08:30, not yet.
    CHECK(shop.agendaCsv(QDate(2026, 11, 22)) ==
          QStringList{QStringLiteral("kind,code,name,due,detail"),
                      QStringLiteral("followup,M000002,Tono Wijaya,2026-11-22,Telepon"),
                      QStringLiteral("ticket,M000001,Sri Rahayu,2026-11-20,") + late.number});
    CHECK(shop.agendaCsv(QDate(2026, 11, 23)).mid(2) ==
          QStringList{QStringLiteral("ticket,M000001,Sri Rahayu,2026-11-20,") + late.number,
                      QStringLiteral("ticket,M000002,Tono Wijaya,2026-11-23,") + urgent.number});
    // Answered: what is pending now is the resolution, due Tuesday 19:00 (48 open hours:
    // Friday's 11, Saturday's and Monday's 13, 11 of Tuesday).
    SETIA_REQUIRE_OK(shop.backend->tickets().respond(late.id, QStringLiteral("Ditelepon")));
    CHECK(shop.agendaCsv(QDate(2026, 11, 23)).mid(2) ==
          QStringList{QStringLiteral("ticket,M000002,Tono Wijaya,2026-11-23,") + urgent.number});
    CHECK(shop.agendaCsv(QDate(2026, 11, 24)).mid(2) ==
          QStringList{QStringLiteral("ticket,M000002,Tono Wijaya,2026-11-23,") + urgent.number,
                      QStringLiteral("ticket,M000001,Sri Rahayu,2026-11-24,") + late.number});
    // Waiting for the customer: off the agenda.
    SETIA_REQUIRE_OK(shop.backend->tickets().move(urgent.id, TicketStatus::Waiting));
    CHECK(shop.agendaCsv(QDate(2026, 11, 24)).mid(2) ==
          QStringList{QStringLiteral("ticket,M000001,Sri Rahayu,2026-11-24,") + late.number});
}

TEST_CASE("Tickets files come in with their numbers and statuses, and go out whole",
          "[tickets][csv]")
{
    ComplaintShop shop;
    const Sale sale = shop.sell(shop.sri, at(20, 10));
    const QByteArray file =
        "number,date,customer_code,receipt,category,priority,status,summary,remedy_cost\n"
        "KL261101-004,2026-11-01 09:15,M000001," +
        sale.receipt.toUtf8() +
        ",Kualitas,tinggi,selesai,Beras basah,25.000\n"
        ",2026-11-20,m000002,,,,diproses,\"Kurir telat, barang penyok\",\n"
        "KL261101-004,2026-11-02,M000002,,,,,Dobel,\n"
        "X1,2026-11-02,M000009,,,,,Tidak dikenal,\n"
        "X2,2026-11-02,M000002,,,urgent,,Prioritas salah,\n"
        "X3,2026-11-02,M000002,,,,done,Status salah,\n"
        "X4,2026-11-02,M000002,,,,,,\n";
    auto reader = CsvReader::fromBytes(file);
    REQUIRE(reader.ok());
    auto report = shop.backend->imports().run(ImportKind::Tickets, reader.value(), {});
    SETIA_REQUIRE_OK(report);
    CHECK(report->created == 2);
    QList<int> lines;
    for (const RejectedRow& r : report->rejected)
        lines.append(r.line);
    CHECK(lines == QList<int>{4, 5, 6, 7, 8});

    auto sris = shop.backend->tickets().forCustomer(shop.sri.id);
    SETIA_REQUIRE_OK(sris);
    REQUIRE(sris->size() == 1);
    const Ticket imported = sris->first();
    CHECK(imported.number == QStringLiteral("KL261101-004"));
    CHECK(imported.saleId == sale.id);
    CHECK(imported.priority == TicketPriority::High);
    CHECK(imported.status == TicketStatus::Resolved);
    CHECK(imported.remedyCost == 25'000);
    CHECK(imported.category == QStringLiteral("Kualitas"));
    auto details = shop.backend->tickets().details(imported.id);
    SETIA_REQUIRE_OK(details);
    CHECK_FALSE(details->clock.late()); // finished, with no time to be late against
    auto tonos = shop.backend->tickets().forCustomer(shop.tono.id);
    SETIA_REQUIRE_OK(tonos);
    REQUIRE(tonos->size() == 1);
    CHECK(tonos->first().number == QStringLiteral("KL261120-001"));
    CHECK(tonos->first().category == QStringLiteral("other"));
    CHECK(tonos->first().summary == QStringLiteral("Kurir telat, barang penyok"));

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, CsvWriter::Bom::Without);
    SETIA_REQUIRE_OK(shop.backend->exports().run(ImportKind::Tickets, writer));
    SETIA_REQUIRE_OK(writer.commit());
    CHECK(QString::fromUtf8(bytes) ==
          QStringLiteral("number,date,customer_code,receipt,category,priority,status,summary,"
                         "remedy_cost\r\n"
                         "KL261101-004,2026-11-01 09:15,M000001,") +
              sale.receipt +
              QStringLiteral(",Kualitas,high,resolved,Beras basah,25000\r\n"
                             "KL261120-001,2026-11-20 00:00,M000002,,other,normal,in_progress,"
                             "\"Kurir telat, barang penyok\",0\r\n"));

    // Undone whole, steps and all; a ticket that took a step since keeps the import.
    SETIA_REQUIRE_OK(shop.backend->imports().undo(report->importId));
    auto none = shop.backend->tickets().queue();
    SETIA_REQUIRE_OK(none);
    CHECK(none->isEmpty());
}

TEST_CASE("A merge moves complaints and survey answers to the kept customer, its undo back",
          "[tickets][merge]")
{
    ComplaintShop shop;
    const Ticket t = shop.open(shop.tono, at(20, 10));
    SurveyResponse r;
    r.customerId = shop.tono.id;
    r.nps = 9;
    SETIA_REQUIRE_OK(shop.backend->surveys().record(r));
    auto kept = shop.backend->customers().find(shop.sri.id);
    SETIA_REQUIRE_OK(kept);
    auto merged = shop.backend->merges().merge(shop.sri.id, shop.tono.id, **kept);
    SETIA_REQUIRE_OK(merged);
    CHECK(merged->moved.tickets == 1);
    CHECK(merged->moved.surveys == 1);
    auto theirs = shop.backend->tickets().forCustomer(shop.sri.id);
    SETIA_REQUIRE_OK(theirs);
    CHECK(theirs->size() == 1);
    auto answers = shop.backend->surveys().forCustomer(shop.sri.id);
    SETIA_REQUIRE_OK(answers);
    CHECK(answers->size() == 1);
    SETIA_REQUIRE_OK(shop.backend->merges().undo(merged->id));
    auto back = shop.backend->tickets().forCustomer(shop.tono.id);
    SETIA_REQUIRE_OK(back);
    REQUIRE(back->size() == 1);
    CHECK(back->first().id == t.id);
    auto answersBack = shop.backend->surveys().forCustomer(shop.tono.id);
    SETIA_REQUIRE_OK(answersBack);
    CHECK(answersBack->size() == 1);
}

TEST_CASE("Every step of a complaint and every survey answer is on the customer's timeline",
          "[tickets][surveys][timeline]")
{
    ComplaintShop shop;
    const Ticket t = shop.open(shop.sri, at(21, 9));
    SETIA_REQUIRE_OK(shop.backend->tickets().respond(t.id, QStringLiteral("Ditelepon")));
    SurveyResponse r;
    r.customerId = shop.sri.id;
    r.nps = 8;
    r.csat = 4;
    r.comment = QStringLiteral("Sudah lebih baik");
    r.at = at(22, 9, 30);
    SETIA_REQUIRE_OK(shop.backend->surveys().record(r));
    auto card = shop.backend->cards().card(shop.sri.id, QDate(2026, 11, 22));
    SETIA_REQUIRE_OK(card);
    QStringList rows;
    for (const TimelineEntry& e : card->timeline)
        if (e.kind == TimelineKind::Complaint || e.kind == TimelineKind::Survey)
            rows.append(e.what + QStringLiteral(" | ") + e.outcome);
    CHECK(rows ==
          QStringList{
              QStringLiteral("KL261121-001 · Answered: Ditelepon | "), // 22/11 10:00
              QStringLiteral("would recommend: 8 of 10, satisfied: 4 of 5 | Sudah lebih baik"),
              QStringLiteral("KL261121-001 · Complaint received: Berasnya berkutu | ")});
    // As of the day before, only what had happened by then.
    auto before = shop.backend->cards().card(shop.sri.id, QDate(2026, 11, 21));
    SETIA_REQUIRE_OK(before);
    int complaintRows = 0;
    for (const TimelineEntry& e : before->timeline)
        complaintRows += e.kind == TimelineKind::Complaint ? 1 : 0;
    CHECK(complaintRows == 1);
}

TEST_CASE("The tanda terima keluhan gives the number, the customer's words and the answer's "
          "deadline on a thermal roll",
          "[tickets][receipt]")
{
    ComplaintShop shop;
    SETIA_REQUIRE_OK(shop.backend->settings().setBusinessProfile(
        BusinessProfile{QStringLiteral("Toko Setia Jaya"), QStringLiteral("Jl. Melati 5"), {}}));
    const Ticket t = shop.open(shop.sri, at(21, 20, 30),
                               QStringLiteral("Beras 5 kg berkutu,\nbaru dibuka tadi pagi"));
    for (const auto& [roll, columns] :
         {std::pair{ReceiptRoll::Mm58, 32}, std::pair{ReceiptRoll::Mm80, 48}}) {
        auto lines = shop.backend->tickets().receipt(t.id, roll);
        SETIA_REQUIRE_OK(lines);
        for (const QString& line : *lines)
            CHECK(line.size() <= columns);
        const QString text = lines->join(QLatin1Char('\n'));
        CHECK(text.contains(QStringLiteral("Toko Setia Jaya")));
        CHECK(text.contains(QStringLiteral("KL261121-001")));
        CHECK(text.contains(QStringLiteral("Sri Rahayu")));
        CHECK(text.contains(QStringLiteral("berkutu,")));
        CHECK(text.contains(QStringLiteral("23/11/2026 11:30"))); // Monday, Sunday closed
    }
    // Once answered, the receipt no longer promises an answer.
    SETIA_REQUIRE_OK(shop.backend->tickets().respond(t.id, QStringLiteral("Ditelepon")));
    auto again = shop.backend->tickets().receipt(t.id, ReceiptRoll::Mm58);
    SETIA_REQUIRE_OK(again);
    CHECK_FALSE(again->join(QLatin1Char('\n')).contains(QStringLiteral("11:30")));
    CHECK_FALSE(shop.backend->tickets().receipt(9999, ReceiptRoll::Mm58).ok());
}
