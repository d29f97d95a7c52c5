// Relationships on screen (SPEC §13): a contact logged from the record card in two keys, the
// timeline, follow-ups made and done, and Hari ini — the day's agenda with its rows acted on
// and its work list printed; a WhatsApp message opened through the prompter and logged.
#include "DialogDriver.h"
#include "ScriptedPrompter.h"
#include "agenda/AgendaModel.h"
#include "agenda/TodayView.h"
#include "customers/CustomerCardDialog.h"
#include "customers/TimelineModel.h"
#include "customers/TimelinePanel.h"
#include "gui/ViewWiring.h"
#include "services/CustomerService.h"
#include "services/FollowUpService.h"
#include "services/InteractionService.h"
#include "support/Builders.h"
#include "support/TempDatabase.h"

#include <QApplication>
#include <QColor>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace setia;
using namespace setia::test;

namespace {

// A customer with a follow-up due today, one late by two days for another, and a customer
// of Dedi's with a birthday tomorrow. The clock's today is 22 November 2026.
struct RelationsShop
{
    TempDatabase temp;
    std::unique_ptr<Backend> backend = temp.openFresh();
    Customer sri = add(QStringLiteral("Warung Bu Sri"), QString(), QDate());
    Customer tono =
        add(QStringLiteral("Toko Pak Tono"), QStringLiteral("Dedi"), QDate(1980, 11, 23));
    FollowUp today = followUp(sri.id, QDate(2026, 11, 22), QStringLiteral("Telepon soal pesanan"),
                              QStringLiteral("Rina"));
    FollowUp late = followUp(tono.id, QDate(2026, 11, 20), QStringLiteral("Tagih nota"),
                             QStringLiteral("Dedi"));

    Customer add(const QString& name, const QString& salesperson, const QDate& birthday)
    {
        Customer draft = customerDraft(name);
        draft.salesperson = salesperson;
        draft.birthday = birthday;
        auto saved = backend->customers().create(draft);
        REQUIRE(saved.ok());
        return *saved;
    }

    FollowUp followUp(qint64 customerId, const QDate& due, const QString& task,
                      const QString& staff)
    {
        FollowUp f;
        f.customerId = customerId;
        f.due = due;
        f.task = task;
        f.staff = staff;
        auto saved = backend->followUps().create(f);
        REQUIRE(saved.ok());
        return *saved;
    }
};

// "Kind|What" of every timeline row shown, newest first.
QStringList timelineRows(const TimelineModel& model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows << model.index(row, TimelineModel::Kind).data().toString() + QLatin1Char('|') +
                    model.index(row, TimelineModel::What).data().toString();
    return rows;
}

} // namespace

TEST_CASE("A call is logged from the record card in two keys and heads its timeline",
          "[ui][relationships]")
{
    RelationsShop shop;
    ScriptedPrompter prompter;
    const ViewWiring wiring(*shop.backend, shop.backend->clock());
    CustomerCardDialog card(wiring.recordCard(), prompter, shop.sri.id);
    REQUIRE(card.load());
    card.show();
    QApplication::setActiveWindow(&card);
    REQUIRE(QTest::qWaitForWindowActive(&card));
    TimelineModel& timeline = *card.timeline()->model();
    CHECK(timelineRows(timeline) == QStringList{QStringLiteral("Follow-up|Telepon soal pesanan")});

    // Ctrl+L opens the contact form on a call, now, by the one logging; Enter saves it.
    QString kind;
    REQUIRE(driveModal([&] { QTest::keyClick(&card, Qt::Key_L, Qt::ControlModifier); },
                       [&](QDialog& dialog) {
                           kind = field<QComboBox>(dialog, QStringLiteral("kind"))->currentText();
                           QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
                       }));
    CHECK(kind.endsWith(QStringLiteral("Call")));
    auto logged = shop.backend->interactions().forCustomer(shop.sri.id);
    SETIA_REQUIRE_OK(logged);
    REQUIRE(logged->size() == 1);
    CHECK(logged->first().kind == InteractionKind::Call);
    CHECK(logged->first().staff == TempDatabase::staff());
    CHECK(logged->first().at == shop.temp.clock().now());
    // The card read itself again: the call is on top, above the follow-up due today.
    CHECK(timelineRows(timeline) == QStringList{QStringLiteral("Contact|Call"),
                                                QStringLiteral("Follow-up|Telepon soal pesanan")});

    // With what was said typed in, and narrowed to contacts only.
    QApplication::setActiveWindow(&card);
    REQUIRE(QTest::qWaitForWindowActive(&card));
    REQUIRE(driveModal([&] { QTest::keyClick(&card, Qt::Key_L, Qt::ControlModifier); },
                       [&](QDialog& dialog) {
                           // A digit on the kind chooses it: 2, a visit.
                           auto* kinds = field<QComboBox>(dialog, QStringLiteral("kind"));
                           kinds->setFocus();
                           QTest::keyClick(kinds, Qt::Key_2);
                           auto* summary = field<QLineEdit>(dialog, QStringLiteral("summary"));
                           summary->setFocus();
                           QTest::keyClicks(summary, QStringLiteral("Antar sampel kopi"));
                           QTest::keyClick(summary, Qt::Key_Return);
                       }));
    auto filter = card.findChild<QComboBox*>(QStringLiteral("timelineFilter"));
    REQUIRE(filter != nullptr);
    filter->setCurrentIndex(filter->findText(QStringLiteral("Contact")));
    CHECK(timelineRows(timeline) == QStringList{QStringLiteral("Contact|Visit — Antar sampel kopi"),
                                                QStringLiteral("Contact|Call")});
}

TEST_CASE("A pasted summary longer than the limit is cut to it, a control character refused on "
          "the form with nothing logged",
          "[ui][relationships]")
{
    RelationsShop shop;
    ScriptedPrompter prompter;
    const ViewWiring wiring(*shop.backend, shop.backend->clock());
    CustomerCardDialog card(wiring.recordCard(), prompter, shop.sri.id);
    REQUIRE(card.load());
    bool refused = false;
    REQUIRE(driveModal([&] { card.timeline()->logContact(); },
                       [&](QDialog& dialog) {
                           auto* summary = field<QLineEdit>(dialog, QStringLiteral("summary"));
                           summary->setText(QStringLiteral("ok\u0007"));
                           dialog.accept();
                           refused = dialog.isVisible();
                           summary->setText(
                               QString(InteractionService::maxSummaryLength + 5, QLatin1Char('x')));
                           dialog.accept();
                       }));
    CHECK(refused);
    auto logged = shop.backend->interactions().forCustomer(shop.sri.id);
    SETIA_REQUIRE_OK(logged);
    REQUIRE(logged->size() == 1);
    CHECK(logged->first().summary.size() == InteractionService::maxSummaryLength);
}

TEST_CASE("Hari ini: the day's agenda, late follow-ups red, one staff member's day",
          "[ui][relationships][agenda]")
{
    RelationsShop shop;
    ScriptedPrompter prompter;
    TodayView view(ViewWiring(*shop.backend, shop.backend->clock()).today(), prompter);
    view.resize(1200, 600);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(QTest::qWaitFor([&] { return view.model()->rowCount() == 3; }));
    const AgendaModel& model = *view.model();
    const auto cell = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };
    CHECK(cell(0, AgendaModel::Name) == QStringLiteral("Toko Pak Tono"));
    CHECK(cell(0, AgendaModel::Detail) == QStringLiteral("Tagih nota (Dedi) — 2 day(s) late"));
    CHECK(model.index(0, AgendaModel::Kind).data(Qt::ForegroundRole).value<QColor>() ==
          QColor(0xb7, 0x1c, 0x1c));
    CHECK(cell(1, AgendaModel::Name) == QStringLiteral("Warung Bu Sri"));
    CHECK_FALSE(model.index(1, AgendaModel::Kind).data(Qt::ForegroundRole).isValid());
    CHECK(cell(2, AgendaModel::Kind) == QStringLiteral("Birthday"));
    CHECK(cell(2, AgendaModel::Detail).startsWith(QStringLiteral("Turns 46 on ")));

    // The staff chooser lists whoever the day's rows are for.
    auto* staff = view.findChild<QComboBox*>(QStringLiteral("staff"));
    REQUIRE(staff != nullptr);
    QStringList names;
    for (int i = 0; i < staff->count(); ++i)
        names << staff->itemText(i);
    CHECK(names ==
          QStringList{QStringLiteral("Everyone"), QStringLiteral("Dedi"), QStringLiteral("Rina")});
    view.setStaff(QStringLiteral("dedi"));
    CHECK(model.rowCount() == 2);
    CHECK(cell(0, AgendaModel::Name) == QStringLiteral("Toko Pak Tono"));
    CHECK(cell(1, AgendaModel::Kind) == QStringLiteral("Birthday"));
    view.setStaff(QString());
    CHECK(model.rowCount() == 3);
    QTest::keyClicks(view.searchField(), QStringLiteral("sri"));
    CHECK(model.rowCount() == 1);
}

TEST_CASE("A follow-up done from Hari ini leaves the agenda and shows on the timeline with its "
          "outcome",
          "[ui][relationships][agenda]")
{
    RelationsShop shop;
    ScriptedPrompter prompter;
    const ViewWiring wiring(*shop.backend, shop.backend->clock());
    TodayView view(wiring.today(), prompter);
    view.resize(1200, 600);
    view.show();
    // The agenda is read once the view is painted (a wait note meanwhile), then the keys.
    REQUIRE(QTest::qWaitFor([&] { return view.model()->rowCount() == 3; }));
    QApplication::setActiveWindow(&view);
    REQUIRE(QTest::qWaitForWindowActive(&view));
    view.table()->setFocus();
    view.table()->selectRow(1); // Warung Bu Sri's, due today
    REQUIRE(driveModal([&] { QTest::keyClick(view.table(), Qt::Key_D, Qt::ControlModifier); },
                       [&](QDialog& dialog) {
                           CHECK(dialog.objectName() == QStringLiteral("completeFollowUpDialog"));
                           auto* outcome = field<QLineEdit>(dialog, QStringLiteral("outcome"));
                           QTest::keyClicks(outcome, QStringLiteral("Pesan 10 karung"));
                           QTest::keyClick(outcome, Qt::Key_Return);
                       }));
    CHECK(view.model()->rowCount() == 2);
    CHECK(view.model()->index(0, AgendaModel::Name).data().toString() ==
          QStringLiteral("Toko Pak Tono"));

    CustomerCardDialog card(wiring.recordCard(), prompter, shop.sri.id);
    REQUIRE(card.load());
    CHECK(timelineRows(*card.timeline()->model()) ==
          QStringList{QStringLiteral("Contact|Call — Telepon soal pesanan"),
                      QStringLiteral("Follow-up|Done: Telepon soal pesanan (due 22/11/2026)")});
    CHECK(card.timeline()->model()->index(0, TimelineModel::Outcome).data().toString() ==
          QStringLiteral("Pesan 10 karung"));

    // A contact logged from the agenda row takes the follow-up's task as what was said.
    QString summary;
    REQUIRE(driveModal([&] { view.logContact(0); },
                       [&](QDialog& dialog) {
                           summary = field<QLineEdit>(dialog, QStringLiteral("summary"))->text();
                           dialog.reject();
                       }));
    CHECK(summary == QStringLiteral("Tagih nota"));
}

TEST_CASE("The day's work list is saved as an A4 PDF with every row shown", "[ui][agenda]")
{
    RelationsShop shop;
    ScriptedPrompter prompter;
    TodayView view(ViewWiring(*shop.backend, shop.backend->clock()).today(), prompter);
    REQUIRE(view.reload());
    const QString pdf = shop.temp.path(QStringLiteral("daftar.pdf"));
    prompter.savePaths = {pdf};
    CHECK(view.saveListPdf() == pdf);
    CHECK(prompter.notices.isEmpty());
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(info.waitForFinished(30'000));
    CHECK(QString::fromUtf8(info.readAllStandardOutput())
              .contains(QStringLiteral("Page size:       595.276 x 841.89")));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(30'000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(printed.contains(QStringLiteral("Today's work list")));
    CHECK(printed.contains(QStringLiteral("Tagih nota (Dedi)")));
    CHECK(printed.contains(QStringLiteral("Warung Bu Sri")));
    CHECK(printed.contains(QStringLiteral("3 row(s).")));
}

TEST_CASE("WhatsApp from Hari ini: the exact wa.me link opened, the message logged, consent "
          "obeyed",
          "[ui][relationships][whatsapp]")
{
    RelationsShop shop;
    Customer draft = customerDraft(QStringLiteral("Ayu Lestari"), QStringLiteral("0812-3456-7890"));
    draft.birthday = QDate(1990, 11, 24);
    auto ayu = shop.backend->customers().create(draft);
    REQUIRE(ayu.ok());
    ScriptedPrompter prompter;
    TodayView view(ViewWiring(*shop.backend, shop.backend->clock()).today(), prompter);
    REQUIRE(view.reload());
    int row = -1;
    for (int i = 0; i < view.model()->rowCount(); ++i)
        if (view.model()->itemAt(i).customerId == ayu->id)
            row = i;
    REQUIRE(row >= 0);

    // A birthday row offers the birthday greeting: an offer, and Ayu gave no consent.
    REQUIRE(
        driveModal([&] { view.messageOnWhatsApp(row); },
                   [&](QDialog& dialog) {
                       auto* send = field<QPushButton>(dialog, QStringLiteral("send"));
                       auto* chooser = field<QComboBox>(dialog, QStringLiteral("template"));
                       CHECK(chooser->currentData().toString() == QStringLiteral("ulang_tahun"));
                       CHECK_FALSE(send->isEnabled());
                       // A thank-you is a transaction message: allowed.
                       chooser->setCurrentIndex(chooser->findData(QStringLiteral("terima_kasih")));
                       CHECK(send->isEnabled());
                       auto* text = field<QPlainTextEdit>(dialog, QStringLiteral("text"));
                       text->setPlainText(QStringLiteral("Terima kasih, Ayu! 1+1 gratis."));
                       send->click();
                   }));
    REQUIRE(prompter.openedUrls.size() == 1);
    CHECK(prompter.openedUrls.first() ==
          QStringLiteral("https://wa.me/6281234567890?text=Terima%20kasih%2C%20Ayu%21%201%2B1%20"
                         "gratis."));
    auto logged = shop.backend->interactions().forCustomer(ayu->id);
    SETIA_REQUIRE_OK(logged);
    REQUIRE(logged->size() == 1);
    CHECK(logged->first().kind == InteractionKind::WhatsApp);
    CHECK(logged->first().summary == QStringLiteral("Terima kasih, Ayu! 1+1 gratis."));
}
