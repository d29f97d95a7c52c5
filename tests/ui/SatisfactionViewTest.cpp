// Satisfaction on screen (SPEC §14): NPS and CSAT of a period, overall and by a grouping, with
// "not enough data" under the minimum; a survey answer taken on the phone from the record card
// in one screen (channel, both scores, the comment), and refused without a score.
#include "surveys/SatisfactionView.h"

#include "DialogDriver.h"
#include "ScriptedPrompter.h"
#include "customers/CustomerCardDialog.h"
#include "gui/ViewWiring.h"
#include "services/CustomerCardService.h"
#include "services/CustomerService.h"
#include "services/FollowUpService.h"
#include "services/SaleService.h"
#include "support/Builders.h"
#include "support/TempDatabase.h"
#include "surveys/NpsTallyModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace setia;
using namespace setia::test;

namespace {

struct Shop
{
    TempDatabase temp;
    std::unique_ptr<Backend> backend = temp.openFresh();
    ScriptedPrompter prompter;

    qint64 add(const QString& name)
    {
        auto saved = backend->customers().create(customerDraft(name));
        REQUIRE(saved.ok());
        return saved->id;
    }

    void answer(qint64 customerId, int daysAgo, int nps, int csat = SurveyResponse::noScore)
    {
        SurveyResponse r;
        r.at = backend->clock().now().addDays(-daysAgo);
        r.customerId = customerId;
        r.channel = SurveyChannel::Counter;
        r.nps = nps;
        r.csat = csat;
        REQUIRE(backend->surveys().record(r).ok());
    }
};

QString cell(const NpsTallyModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

TEST_CASE("Satisfaction shows NPS and CSAT of the period, overall and by lifecycle",
          "[ui][surveys]")
{
    Shop shop;
    SatisfactionView view(ViewWiring(*shop.backend, shop.backend->clock()).satisfaction(),
                          shop.prompter);
    view.resize(1100, 600);
    view.show();
    REQUIRE(view.reload());
    CHECK(view.summary()->text().contains(QStringLiteral("No survey answer in this period")));
    CHECK(view.model()->rowCount() == 1);

    // 30 customers: 18 promoters, 6 passives, 6 detractors; one more answer 100 days ago is
    // outside the last 90 days.
    for (int i = 0; i < 30; ++i) {
        const qint64 id = shop.add(QStringLiteral("Pelanggan %1").arg(i));
        shop.answer(id, i % 10, i < 18 ? 9 : i < 24 ? 7 : 3, i < 10 ? 5 : SurveyResponse::noScore);
    }
    shop.answer(shop.add(QStringLiteral("Lama")), 100, 0);
    shop.answer(0, 1, 10); // anonymous
    // A change of the answers reaches the view shown.
    REQUIRE(view.model()->rowCount() == 1);
    const NpsTally& all = view.model()->tallyAt(0);
    CHECK(all.responses == 31);
    CHECK(all.promoters == 19);
    CHECK(all.detractors == 6);
    CHECK(cell(*view.model(), 0, NpsTallyModel::Nps) == QStringLiteral("41,9"));
    CHECK(cell(*view.model(), 0, NpsTallyModel::Margin).startsWith(QStringLiteral("± ")));
    CHECK(cell(*view.model(), 0, NpsTallyModel::Csat) == QStringLiteral("100,0 %"));
    CHECK(view.summary()->text().contains(QStringLiteral("NPS 41,9")));

    // By lifecycle: every customer is a prospect (none bought), under 30 only the anonymous.
    view.setGrouping(NpsGrouping::Lifecycle);
    REQUIRE(view.model()->rowCount() == 3);
    CHECK(cell(*view.model(), 1, NpsTallyModel::Group) ==
          QStringLiteral("Prospect (never bought)"));
    CHECK(cell(*view.model(), 1, NpsTallyModel::Answers) == QStringLiteral("30"));
    CHECK(cell(*view.model(), 2, NpsTallyModel::Group) == QStringLiteral("Anonymous"));
    CHECK(cell(*view.model(), 2, NpsTallyModel::Margin) == QStringLiteral("not enough data"));

    // A period that ends before it starts says so.
    view.setPeriod(QDate(2026, 11, 30), QDate(2026, 11, 1));
    CHECK(view.summary()->text().contains(QStringLiteral("starts after it ends")));
    CHECK(view.model()->rowCount() == 0);
    CHECK(shop.prompter.notices.isEmpty());
}

TEST_CASE("A survey answer taken on the phone is recorded from the record card in one screen",
          "[ui][surveys]")
{
    Shop shop;
    const qint64 sri = shop.add(QStringLiteral("Warung Bu Sri"));
    CustomerCardDialog card(ViewWiring(*shop.backend, shop.backend->clock()).recordCard(),
                            shop.prompter, sri);
    REQUIRE(card.load());
    card.show();

    SECTION("without a score it is refused, and nothing saved")
    {
        REQUIRE(driveModal([&] { CHECK_FALSE(card.newSurveyAnswer()); },
                           [&](QDialog& dialog) {
                               auto* buttons = dialog.findChild<QDialogButtonBox*>();
                               buttons->button(QDialogButtonBox::Save)->click();
                               auto* error = dialog.findChild<QLabel*>(QStringLiteral("formError"));
                               CHECK(dialog.isVisible());
                               REQUIRE(error);
                               CHECK(error->isVisible());
                               CHECK_FALSE(error->text().isEmpty());
                               dialog.reject();
                           }));
        auto answers = shop.backend->surveys().forCustomer(sri);
        REQUIRE(answers.ok());
        CHECK(answers->isEmpty());
    }
    SECTION("channel, both scores and the comment in one screen")
    {
        REQUIRE(driveModal(
            [&] { CHECK(card.newSurveyAnswer()); },
            [&](QDialog& dialog) {
                auto* channel = field<QComboBox>(dialog, QStringLiteral("channel"));
                channel->setCurrentIndex(1); // WhatsApp
                QTest::keyClicks(field<QLineEdit>(dialog, QStringLiteral("nps")),
                                 QStringLiteral("6"));
                QTest::keyClicks(field<QLineEdit>(dialog, QStringLiteral("csat")),
                                 QStringLiteral("3"));
                QTest::keyClicks(field<QPlainTextEdit>(dialog, QStringLiteral("comment")),
                                 QStringLiteral("Antrean kasir terlalu lama"));
                dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
            }));
        auto answers = shop.backend->surveys().forCustomer(sri);
        REQUIRE(answers.ok());
        REQUIRE(answers->size() == 1);
        const SurveyResponse& a = answers->first();
        CHECK(a.channel == SurveyChannel::WhatsApp);
        CHECK(a.nps == 6);
        CHECK(a.csat == 3);
        CHECK(a.comment == QStringLiteral("Antrean kasir terlalu lama"));
        CHECK(a.at == shop.backend->clock().now());
        // A detractor: the owner's follow-up, and the answer on the card's timeline.
        CHECK(a.followUpId > 0);
        CHECK(std::any_of(card.card().timeline.cbegin(), card.card().timeline.cend(),
                          [](const TimelineEntry& e) { return e.kind == TimelineKind::Survey; }));
    }
}
