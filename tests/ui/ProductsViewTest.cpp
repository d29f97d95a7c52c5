#include "products/ProductsView.h"

#include "DialogDriver.h"
#include "ScriptedPrompter.h"
#include "gui/ViewWiring.h"
#include "services/ProductService.h"
#include "stores/ProductStore.h"
#include "support/Builders.h"
#include "support/TempDatabase.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace setia;
using namespace setia::test;

namespace {

void clickButton(QWidget& parent, const QString& text)
{
    for (auto* button : parent.findChildren<QPushButton*>()) {
        if (button->text().remove(QLatin1Char('&')) == text) {
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
    FAIL("no button " << text.toStdString());
}

} // namespace

TEST_CASE("A product is added through its dialog, with amounts typed the Indonesian way", "[ui]")
{
    TempDatabase temp;
    auto backend = temp.openFresh();
    ScriptedPrompter prompter;
    ProductsView view(backend->products(), prompter);
    view.show();

    QString priceError;
    REQUIRE(driveModal([&] { view.newProduct(); },
                       [&](QDialog& dialog) {
                           QTest::keyClicks(field<QLineEdit>(dialog, QStringLiteral("sku")),
                                            QStringLiteral("BRS-5KG"));
                           QTest::keyClicks(field<QLineEdit>(dialog, QStringLiteral("name")),
                                            QStringLiteral("Beras Premium 5 kg"));
                           auto* price = field<QLineEdit>(dialog, QStringLiteral("price"));
                           QTest::keyClicks(price, QStringLiteral("78.000,5"));
                           clickButton(dialog, QStringLiteral("Save"));
                           auto* error = dialog.findChild<QLabel*>(QStringLiteral("formError"));
                           priceError = error->isVisible() ? error->text() : QString();
                           retype(price, QStringLiteral("Rp78.000"));
                           QTest::keyClicks(field<QLineEdit>(dialog, QStringLiteral("cost")),
                                            QStringLiteral("69000"));
                           clickButton(dialog, QStringLiteral("Save"));
                       }));
    CHECK(priceError.contains(QStringLiteral("Rupiah")));
    auto stored = backend->products().findBySku(QStringLiteral("BRS-5KG"));
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK((*stored)->price == 78'000);
    CHECK((*stored)->cost == 69'000);
    auto* table = view.findChild<QTableView*>();
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 4).data().toString() == QStringLiteral("Rp78.000"));
}

TEST_CASE("Deactivating a product moves it to the inactive list", "[ui]")
{
    TempDatabase temp;
    auto backend = temp.openFresh();
    REQUIRE(backend->products()
                .create(productDraft(QStringLiteral("KPI-200"), QStringLiteral("Kopi Bubuk 200 g")))
                .ok());
    ScriptedPrompter prompter;
    ProductsView view(backend->products(), prompter);
    view.show();
    auto* table = view.findChild<QTableView*>();
    table->selectRow(0);
    clickButton(view, QStringLiteral("Deactivate"));
    CHECK(table->model()->rowCount() == 0);
    view.findChild<QCheckBox*>()->setChecked(true);
    CHECK(table->model()->rowCount() == 1);
}
