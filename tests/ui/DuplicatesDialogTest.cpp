// Customers → Duplicates: the finder lists the pairs, the side-by-side merge takes the fields
// chosen, the list and the other views hear of it, and the journal undoes it.
#include "customers/DuplicatesDialog.h"

#include "DialogDriver.h"
#include "ScriptedPrompter.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomersView.h"
#include "customers/DuplicatePairModel.h"
#include "customers/MergeDialog.h"
#include "customers/MergeJournalModel.h"
#include "gui/ViewWiring.h"
#include "services/CustomerService.h"
#include "services/MergeService.h"
#include "support/Builders.h"
#include "support/TempDatabase.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace setia;
using namespace setia::test;

namespace {

struct Fixture
{
    TempDatabase temp;
    std::unique_ptr<Backend> backend = temp.openFresh();
    ScriptedPrompter prompter;
    CustomersView view{ViewWiring(*backend, (*backend).clock()).customers(), prompter};
    Customer siti;
    Customer sitiToo;

    Fixture()
    {
        Customer a = customerDraft(QStringLiteral("Siti Aminah"), QStringLiteral("0812-1111-2222"));
        a.city = QStringLiteral("Bandung");
        a.area = QStringLiteral("Coblong");
        auto one = backend->customers().create(a);
        REQUIRE(one.ok());
        siti = *one;
        Customer b = customerDraft(QStringLiteral("Ibu Siti Aminah"));
        b.email = QStringLiteral("siti@contoh.id");
        b.city = QStringLiteral("Bandung");
        b.area = QStringLiteral("Dago");
        auto two = backend->customers().create(b);
        REQUIRE(two.ok());
        sitiToo = *two;
        REQUIRE(backend->customers().create(customerDraft(QStringLiteral("Budi"))).ok());
        view.resize(1000, 600);
        view.show();
        QApplication::setActiveWindow(&view);
        REQUIRE(QTest::qWaitForWindowActive(&view));
    }
};

} // namespace

TEST_CASE("The duplicates dialog merges a pair with the fields chosen and undoes it", "[ui][merge]")
{
    Fixture f;
    REQUIRE(f.view.model()->rowCount() == 3);
    DuplicatesDialog dialog(f.backend->merges(), f.backend->customers(), f.prompter, &f.view);
    dialog.show();
    dialog.findDuplicates();
    REQUIRE(dialog.pairs()->rowCount() == 1);
    CHECK(dialog.pairs()->data(dialog.pairs()->index(0, DuplicatePairModel::Reason)).toString() ==
          QStringLiteral("Names alike"));

    // Side by side: the e-mail only the second has is proposed; the area is chosen by hand.
    const bool merged = driveModal(
        [&] { dialog.mergeRow(0); },
        [&](QDialog& d) {
            auto& merge = dynamic_cast<MergeDialog&>(d);
            const int area = int(MergeDialog::fieldNames().indexOf(QStringLiteral("Area")));
            CHECK(merge.result().area == QStringLiteral("Coblong")); // the kept one's
            merge.choose(area, 1);
            CHECK(merge.result().email == QStringLiteral("siti@contoh.id"));
            CHECK(merge.result().area == QStringLiteral("Dago"));
            CHECK(merge.findChild<QLabel*>(QStringLiteral("moves"))->text().contains(f.siti.code));
            merge.accept();
        });
    REQUIRE(merged);
    CHECK(dialog.pairs()->rowCount() == 0);
    REQUIRE(dialog.journal()->rowCount() == 1);
    CHECK(!f.prompter.notices.isEmpty());
    auto kept = f.backend->customers().find(f.siti.id);
    REQUIRE(kept.ok());
    CHECK((*kept)->area == QStringLiteral("Dago"));
    CHECK((*kept)->email == QStringLiteral("siti@contoh.id"));
    // The list behind the dialog heard of it.
    QTRY_COMPARE(f.view.model()->rowCount(), 2);

    f.prompter.answers = {true};
    dialog.undoRow(0);
    CHECK(f.prompter.questions.size() == 1);
    CHECK(dialog.journal()->merge(0)->undoneAt.isValid());
    QTRY_COMPARE(f.view.model()->rowCount(), 3);
    auto back = f.backend->customers().find(f.siti.id);
    REQUIRE(back.ok());
    CHECK((*back)->area == QStringLiteral("Coblong"));
    CHECK((*back)->email.isEmpty());
}

TEST_CASE("Keeping the other customer of a pair keeps their member code", "[ui][merge]")
{
    Fixture f;
    MergeDialog merge(f.backend->merges(), f.siti, f.sitiToo);
    // A click on the second customer's choice keeps them; the choices stay where they are.
    auto* second = merge.findChild<QRadioButton*>(QStringLiteral("keepSecond"));
    REQUIRE(second->text().startsWith(f.sitiToo.code));
    second->click();
    CHECK(second->isChecked());
    CHECK(merge.result().code == f.sitiToo.code);
    CHECK(merge.result().id == f.sitiToo.id);
    merge.accept();
    CHECK(merge.result().id == merge.keptId());
    auto hidden = f.backend->customers().find(f.siti.id);
    REQUIRE(hidden.ok());
    CHECK((*hidden)->merged);
}
