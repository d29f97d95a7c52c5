// Complaints on screen (SPEC §14): one written down from a sale's details is linked to the sale
// and the item selected; the Keluhan queue lists the late ones first and takes a ticket
// through its steps, on the offscreen platform.
#include "complaints/ComplaintsView.h"

#include "DialogDriver.h"
#include "ScriptedPrompter.h"
#include "agenda/AgendaModel.h"
#include "agenda/TodayView.h"
#include "complaints/TicketDialog.h"
#include "complaints/TicketQueueModel.h"
#include "complaints/TicketReceiptOutput.h"
#include "customers/CustomerCardDialog.h"
#include "gui/ViewWiring.h"
#include "sales/SaleDetailsDialog.h"
#include "services/CustomerCardService.h"
#include "services/CustomerService.h"
#include "services/FollowUpService.h"
#include "services/ProductService.h"
#include "services/SaleService.h"
#include "services/SurveyService.h"
#include "services/TicketService.h"
#include "support/Builders.h"
#include "support/TempDatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace setia;
using namespace setia::test;

namespace {

struct Shop
{
    TempDatabase temp;
    std::unique_ptr<Backend> backend = temp.openFresh();
    ScriptedPrompter prompter;
    Customer sri = add(QStringLiteral("Warung Bu Sri"));
    Customer tono = add(QStringLiteral("Tono"));

    Customer add(const QString& name)
    {
        auto saved = backend->customers().create(customerDraft(name));
        REQUIRE(saved.ok());
        return *saved;
    }

    Sale sellTwoItems(qint64 customerId)
    {
        auto gula = backend->products().create(
            productDraft(QStringLiteral("GLP"), QStringLiteral("Gula Pasir 1 kg"), 17'500, 15'000));
        auto kopi = backend->products().create(
            productDraft(QStringLiteral("KPI"), QStringLiteral("Kopi Bubuk"), 12'000, 9'000));
        REQUIRE(gula.ok());
        REQUIRE(kopi.ok());
        SaleDraft draft;
        draft.soldAt = QDateTime(QDate(2026, 11, 21), QTime(9, 30));
        draft.customerId = customerId;
        draft.lines = {SaleLineDraft{gula->id, Quantity::fromUnits(1), {}, 0},
                       SaleLineDraft{kopi->id, Quantity::fromUnits(2), {}, 0}};
        auto saved = backend->sales().record(draft);
        REQUIRE(saved.ok());
        return *saved;
    }

    Ticket open(const Customer& c, const QDateTime& at, const QString& words)
    {
        Ticket t;
        t.customerId = c.id;
        t.receivedAt = at;
        t.category = QStringLiteral("service");
        t.summary = words;
        auto opened = backend->tickets().open(t);
        REQUIRE(opened.ok());
        return *opened;
    }
};

void show(QWidget& widget)
{
    widget.resize(1100, 650);
    widget.show();
    QApplication::setActiveWindow(&widget);
    REQUIRE(QTest::qWaitForWindowActive(&widget));
}

} // namespace

TEST_CASE("A complaint from a sale's details is linked to the sale and the item selected",
          "[ui][complaints]")
{
    Shop shop;
    const Sale sale = shop.sellTwoItems(shop.sri.id);
    SaleDetailsDialog details(shop.backend->sales(), shop.backend->receipts(),
                              shop.backend->tickets(), shop.backend->clock(), shop.prompter, sale,
                              shop.sri.name);
    details.show();
    details.findChild<QTableWidget*>(QStringLiteral("saleLines"))->selectRow(1); // the coffee
    REQUIRE(driveModal(
        [&] { CHECK(details.complain()); },
        [&](QDialog& dialog) {
            CHECK(field<QLabel>(dialog, QStringLiteral("sale"))->text().contains(sale.receipt));
            CHECK(field<QComboBox>(dialog, QStringLiteral("line"))->currentIndex() == 2);
            auto* words = field<QPlainTextEdit>(dialog, QStringLiteral("summary"));
            words->setFocus();
            QTest::keyClicks(words, QStringLiteral("Kopinya sudah kedaluwarsa"));
            QTest::keyClick(words, Qt::Key_Return, Qt::ControlModifier);
        }));
    auto tickets = shop.backend->tickets().forCustomer(shop.sri.id);
    REQUIRE(tickets.ok());
    REQUIRE(tickets->size() == 1);
    const Ticket& t = tickets->first();
    CHECK(t.saleId == sale.id);
    CHECK(t.saleLine == 2);
    CHECK(t.summary == QStringLiteral("Kopinya sudah kedaluwarsa"));
    CHECK(t.category == QStringLiteral("product")); // the first category offered
    CHECK(t.number == QStringLiteral("KL261122-001"));

    // A walk-in's sale has nobody to answer to.
    Sale walkIn = sale;
    walkIn.customerId = 0;
    SaleDetailsDialog anonymous(shop.backend->sales(), shop.backend->receipts(),
                                shop.backend->tickets(), shop.backend->clock(), shop.prompter,
                                walkIn, QString());
    CHECK_FALSE(anonymous.findChild<QPushButton*>(QStringLiteral("complain"))->isEnabled());
    CHECK_FALSE(anonymous.complain());
}

TEST_CASE("The complaints queue puts the late first and takes one through its steps",
          "[ui][complaints]")
{
    Shop shop;
    // Sunday 22 November 10:00 (closed on Sundays): Friday's is late, Saturday evening's not
    // yet (due Monday 11:30).
    const Ticket friday = shop.open(shop.sri, QDateTime(QDate(2026, 11, 20), QTime(10, 0)),
                                    QStringLiteral("Pelayan kurang ramah"));
    const Ticket saturday = shop.open(shop.tono, QDateTime(QDate(2026, 11, 21), QTime(20, 30)),
                                      QStringLiteral("Antrean terlalu lama"));
    ComplaintsView view(ViewWiring(*shop.backend, shop.backend->clock()).complaints(),
                        shop.prompter);
    show(view);
    REQUIRE(view.reload());
    TicketQueueModel* model = view.model();
    REQUIRE(model->rowCount() == 2);
    CHECK(model->ticketAt(0).ticket.id == friday.id);
    CHECK(model->index(0, TicketQueueModel::Deadline)
              .data()
              .toString()
              .startsWith(QStringLiteral("Late")));
    CHECK(model->index(0, 0).data(Qt::ForegroundRole).isValid());
    CHECK_FALSE(model->index(1, 0).data(Qt::ForegroundRole).isValid());
    CHECK(view.findChild<QLabel*>(QStringLiteral("viewSubtitle"))->text() ==
          QStringLiteral("2 complaint(s), 1 late")); // sources: no translator in tests

    view.table()->setFocus();
    view.table()->selectRow(0);
    REQUIRE(driveModal(
        [&] { QTest::keyClick(view.table(), Qt::Key_Return); },
        [&](QDialog& dialog) {
            auto& ticket = static_cast<TicketDialog&>(dialog);
            auto* note = field<QLineEdit>(dialog, QStringLiteral("note"));
            CHECK_FALSE(ticket.answered()); // says what the customer was told
            QTest::keyClicks(note, QStringLiteral("Ditelepon, minta maaf"));
            CHECK(ticket.answered());
            CHECK(ticket.details().ticket.status == TicketStatus::InProgress);
            QTest::keyClicks(note, QStringLiteral("Menunggu nama pelayannya"));
            CHECK(ticket.waitForCustomer());
            CHECK(ticket.details().clock.paused);
            CHECK(field<QLabel>(dialog, QStringLiteral("deadline"))->text() ==
                  QStringLiteral("Clock stopped (was late)"));
            CHECK(ticket.resume());
            REQUIRE(driveModal([&] { CHECK(ticket.resolve()); },
                               [&](QDialog& resolve) {
                                   auto* how =
                                       field<QPlainTextEdit>(resolve, QStringLiteral("resolution"));
                                   how->setPlainText(QStringLiteral("Pelayan ditegur"));
                                   resolve.accept();
                               }));
            CHECK(ticket.details().ticket.status == TicketStatus::Resolved);
            CHECK(field<QListWidget>(dialog, QStringLiteral("history"))->count() == 5);
            CHECK_FALSE(field<QPushButton>(dialog, QStringLiteral("resolve"))->isEnabled());
            dialog.reject();
        }));
    // Resolved: off the queue, and a follow-up asks Sri afterwards.
    REQUIRE(model->rowCount() == 1);
    CHECK(model->ticketAt(0).ticket.id == saturday.id);
    auto followUps = shop.backend->followUps().forCustomer(shop.sri.id);
    REQUIRE(followUps.ok());
    CHECK(followUps->size() == 1);
    view.setShowAll(true);
    CHECK(model->rowCount() == 2);
}

TEST_CASE("A stack of ten paper survey cards is entered by scanning each code and its score",
          "[ui][complaints][surveys]")
{
    Shop shop;
    QList<Customer> members;
    for (int i = 0; i < 8; ++i)
        members.append(shop.add(QStringLiteral("Pelanggan %1").arg(i + 1)));
    ComplaintsView view(ViewWiring(*shop.backend, shop.backend->clock()).complaints(),
                        shop.prompter);
    show(view);
    const auto press = [](QDialog& dialog, Qt::Key key) {
        QTest::keyClick(dialog.focusWidget(), key);
    };
    const auto type = [](QDialog& dialog, const QString& text) {
        QTest::keyClicks(dialog.focusWidget(), text);
    };
    int saved = 0;
    REQUIRE(driveModal(
        [&] { saved = view.enterSurveyCards(); },
        [&](QDialog& dialog) {
            for (int i = 0; i < 8; ++i) {
                // The scanner types the code and Enter.
                type(dialog, members.at(i).code);
                press(dialog, Qt::Key_Return);
                CHECK(field<QLabel>(dialog, QStringLiteral("who"))->text() == members.at(i).name);
                type(dialog, QString::number(i + 3)); // 3 … 10
                if (i == 7) {
                    press(dialog, Qt::Key_Tab); // and satisfied: 5
                    type(dialog, QStringLiteral("5"));
                }
                press(dialog, Qt::Key_Return);
            }
            // A card nobody's: an unknown code is refused, then left empty.
            type(dialog, QStringLiteral("M999999"));
            press(dialog, Qt::Key_Return);
            CHECK(dialog.findChild<QLabel*>(QStringLiteral("formError"))
                      ->text()
                      .contains(QStringLiteral("M999999")));
            auto* code = field<QLineEdit>(dialog, QStringLiteral("code"));
            code->clear();
            press(dialog, Qt::Key_Return);
            type(dialog, QStringLiteral("0"));
            press(dialog, Qt::Key_Return);
            // A second card without a name.
            press(dialog, Qt::Key_Return);
            type(dialog, QStringLiteral("9"));
            press(dialog, Qt::Key_Return);
            CHECK(field<QLabel>(dialog, QStringLiteral("count"))->text() ==
                  QStringLiteral("10 card(s) entered"));
            CHECK(field<QListWidget>(dialog, QStringLiteral("entered"))->count() == 10);
            dialog.accept();
        }));
    CHECK(saved == 10);
    auto answers = shop.backend->surveys().between(QDate(2026, 11, 22), QDate(2026, 11, 22));
    REQUIRE(answers.ok());
    REQUIRE(answers->size() == 10);
    for (int i = 0; i < 8; ++i) {
        CHECK(answers->at(i).customerId == members.at(i).id);
        CHECK(answers->at(i).nps == i + 3);
        CHECK(answers->at(i).channel == SurveyChannel::Paper);
    }
    CHECK(answers->at(7).csat == 5);
    CHECK(answers->at(8).customerId == 0);
    CHECK(answers->at(8).nps == 0);
    // The named detractors (3, 4, 5 and 6) each got the owner's follow-up; the anonymous zero
    // could not.
    int followUps = 0;
    for (const Customer& c : members) {
        auto theirs = shop.backend->followUps().forCustomer(c.id);
        REQUIRE(theirs.ok());
        followUps += int(theirs->size());
    }
    CHECK(followUps == 4);
}

TEST_CASE("A complaint written down from the record card joins its timeline", "[ui][complaints]")
{
    Shop shop;
    CustomerCardDialog card(ViewWiring(*shop.backend, shop.backend->clock()).recordCard(),
                            shop.prompter, shop.sri.id);
    REQUIRE(card.load());
    card.show();
    REQUIRE(driveModal([&] { CHECK(card.newComplaint()); },
                       [&](QDialog& dialog) {
                           auto* words = field<QPlainTextEdit>(dialog, QStringLiteral("summary"));
                           words->setFocus();
                           QTest::keyClicks(words, QStringLiteral("Parkiran penuh terus"));
                           QTest::keyClick(words, Qt::Key_Return, Qt::ControlModifier);
                       }));
    auto tickets = shop.backend->tickets().forCustomer(shop.sri.id);
    REQUIRE(tickets.ok());
    REQUIRE(tickets->size() == 1);
    CHECK(tickets->first().saleId == 0);
    auto reread = shop.backend->cards().card(shop.sri.id, shop.backend->clock().today());
    REQUIRE(reread.ok());
    CHECK(std::any_of(reread->timeline.cbegin(), reread->timeline.cend(),
                      [](const TimelineEntry& e) { return e.kind == TimelineKind::Complaint; }));
}

TEST_CASE("Today opens a late complaint's own dialog, and a step taken there updates the list",
          "[ui][complaints][agenda]")
{
    Shop shop;
    const Ticket late = shop.open(shop.sri, QDateTime(QDate(2026, 11, 21), QTime(20, 30)),
                                  QStringLiteral("Kembalian kurang"));
    shop.temp.clock().set(QDateTime(QDate(2026, 11, 23), QTime(12, 0))); // answer was due 11:30
    TodayView today(ViewWiring(*shop.backend, shop.backend->clock()).today(), shop.prompter);
    today.resize(1100, 650);
    today.show();
    REQUIRE(today.reload());
    int row = -1;
    for (int r = 0; r < today.model()->rowCount(); ++r)
        if (today.model()->itemAt(r).kind == AgendaKind::Ticket)
            row = r;
    REQUIRE(row >= 0);
    const int before = today.model()->rowCount();
    REQUIRE(driveModal([&] { today.openRow(row); },
                       [&](QDialog& dialog) {
                           CHECK(dialog.objectName() == QStringLiteral("ticketDialog"));
                           auto& ticket = static_cast<TicketDialog&>(dialog);
                           CHECK(ticket.details().ticket.id == late.id);
                           field<QLineEdit>(dialog, QStringLiteral("note"))
                               ->setText(QStringLiteral("Ditelepon, uang dikembalikan"));
                           CHECK(ticket.answered());
                           dialog.reject();
                       }));
    // Answered (late, but answered): its next deadline is days away, so off today's list.
    CHECK(today.model()->rowCount() == before - 1);
}

TEST_CASE("The tanda terima keluhan is saved as an A5 PDF", "[ui][complaints][print]")
{
    Shop shop;
    const Ticket t = shop.open(shop.sri, QDateTime(QDate(2026, 11, 21), QTime(20, 30)),
                               QStringLiteral("Beras 5 kg berkutu,\nbaru dibuka tadi pagi"));
    const QString pdf = shop.temp.path(QStringLiteral("tanda-terima.pdf"));
    shop.prompter.savePaths = {pdf};
    TicketReceiptOutput output(shop.backend->tickets(), shop.prompter, nullptr);
    CHECK(output.saveA5Pdf(t.id, t.number) == pdf);
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(info.waitForFinished(30'000));
    const QString text = QString::fromUtf8(info.readAllStandardOutput());
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Pages:           1")));
    CHECK(text.contains(QStringLiteral("Page size:       419.528 x 595.276 pts"))); // A5
    QProcess words;
    words.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(words.waitForFinished(30'000));
    const QString printed = QString::fromUtf8(words.readAllStandardOutput());
    CHECK(printed.contains(t.number));
    CHECK(printed.contains(QStringLiteral("berkutu")));
    CHECK(printed.contains(QStringLiteral("23/11/2026 11:30"))); // answered by, Sunday closed
    CHECK(shop.prompter.notices.isEmpty());
}
