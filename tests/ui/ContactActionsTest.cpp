// Contacts from every place a customer appears (SPEC §13): the customer list, receivables and
// the counter log a call in three keys and open WhatsApp with the template that fits there;
// the WhatsApp templates are edited in Settings.
#include "DialogDriver.h"
#include "ScriptedPrompter.h"
#include "counter/CounterView.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomersView.h"
#include "domain/MessageTemplate.h"
#include "gui/ViewWiring.h"
#include "receivables/ReceivableListModel.h"
#include "receivables/ReceivablesView.h"
#include "relationships/LateFollowUps.h"
#include "services/CustomerService.h"
#include "services/FollowUpService.h"
#include "services/InteractionService.h"
#include "services/ProductService.h"
#include "services/SaleService.h"
#include "services/SettingsService.h"
#include "settings/MessageTemplatesBox.h"
#include "support/Builders.h"
#include "support/TempDatabase.h"

#include <QApplication>
#include <QBrush>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace setia;
using namespace setia::test;

namespace {

// Sri owes Rp250.000 on a sale of 10 November due on the 24th; Tono owes nothing.
struct ContactShop
{
    TempDatabase temp;
    std::unique_ptr<Backend> backend = temp.openFresh();
    ScriptedPrompter prompter;
    Customer sri = add(QStringLiteral("Sri Rahayu"), QStringLiteral("0812-3456-7890"));
    Customer tono = add(QStringLiteral("Tono Wijaya"), QStringLiteral("0813-1111-2222"));

    ContactShop()
    {
        auto product = backend->products().create(
            productDraft(QStringLiteral("BRS"), QStringLiteral("Beras"), 125'000));
        REQUIRE(product.ok());
        SaleDraft sale;
        sale.customerId = sri.id;
        sale.payment = PaymentKind::Credit;
        sale.soldAt = QDateTime(QDate(2026, 11, 10), QTime(9, 0));
        sale.lines = {SaleLineDraft{product->id, Quantity::fromUnits(2), {}, 0}};
        SETIA_REQUIRE_OK(backend->sales().record(sale));
    }

    Customer add(const QString& name, const QString& phone)
    {
        Customer draft = customerDraft(name, phone);
        draft.creditLimit = 5'000'000;
        draft.termsDays = 14;
        auto saved = backend->customers().create(draft);
        SETIA_REQUIRE_OK(saved);
        return *saved;
    }

    QList<Interaction> contactsOf(qint64 id)
    {
        auto logged = backend->interactions().forCustomer(id);
        SETIA_REQUIRE_OK(logged);
        return *logged;
    }
};

void showActive(QWidget& view)
{
    view.resize(1100, 650);
    view.show();
    QApplication::setActiveWindow(&view);
    REQUIRE(QTest::qWaitForWindowActive(&view));
}

// The template the WhatsApp dialog opened on, and the link it opened when sent.
QString sendWhatsApp(QWidget& view)
{
    QString chosen;
    REQUIRE(driveModal(
        [&] { QTest::keyClick(&view, Qt::Key_W, Qt::AltModifier); },
        [&](QDialog& dialog) {
            chosen = field<QComboBox>(dialog, QStringLiteral("template"))->currentData().toString();
            field<QPushButton>(dialog, QStringLiteral("send"))->click();
        }));
    return chosen;
}

} // namespace

TEST_CASE("From the customer list a call is logged in three keys: a row, Ctrl+L, Enter",
          "[ui][relationships]")
{
    ContactShop shop;
    CustomersView view(ViewWiring(*shop.backend, shop.backend->clock()).customers(), shop.prompter);
    showActive(view);
    REQUIRE(view.model()->rowCount() == 2);
    view.table()->setFocus();
    QTest::keyClick(view.table(), Qt::Key_Home); // 1: Sri Rahayu, first by name
    REQUIRE(view.model()->customerId(view.table()->currentIndex().row()) == shop.sri.id);
    REQUIRE(driveModal(
        [&] { QTest::keyClick(view.table(), Qt::Key_L, Qt::ControlModifier); },
        [&](QDialog& dialog) { QTest::keyClick(dialog.focusWidget(), Qt::Key_Return); }));
    const QList<Interaction> logged = shop.contactsOf(shop.sri.id);
    REQUIRE(logged.size() == 1);
    CHECK(logged.first().kind == InteractionKind::Call);
    CHECK(logged.first().staff == TempDatabase::staff());
    CHECK(shop.contactsOf(shop.tono.id).isEmpty());

    // Without a customer chosen, the keys do nothing and the menu is off.
    view.table()->clearSelection();
    view.table()->setCurrentIndex({});
    auto* menu = view.findChild<QPushButton*>(QStringLiteral("contactMenu"));
    REQUIRE(menu != nullptr);
    CHECK_FALSE(menu->isEnabled());
    QTest::keyClick(view.searchField(), Qt::Key_L, Qt::ControlModifier);
    CHECK(shop.contactsOf(shop.sri.id).size() == 1);
}

TEST_CASE("From receivables, Alt+W opens the debt reminder for the debtor, and it is logged",
          "[ui][relationships][whatsapp]")
{
    ContactShop shop;
    ReceivablesView view(ViewWiring(*shop.backend, shop.backend->clock()).receivables(),
                         shop.prompter);
    showActive(view);
    REQUIRE(view.model()->rowCount() == 1);
    view.table()->setFocus();
    view.table()->selectRow(0);
    CHECK(sendWhatsApp(view) == QStringLiteral("pengingat_utang"));
    REQUIRE(shop.prompter.openedUrls.size() == 1);
    const QString url = shop.prompter.openedUrls.first();
    CHECK(url.startsWith(QStringLiteral("https://wa.me/6281234567890?text=")));
    CHECK(url.contains(QStringLiteral("Rp250.000")));
    const QList<Interaction> logged = shop.contactsOf(shop.sri.id);
    REQUIRE(logged.size() == 1);
    CHECK(logged.first().kind == InteractionKind::WhatsApp);
}

TEST_CASE("At the counter the member's contact is two keys away, and WhatsApp starts from the "
          "thank-you",
          "[ui][relationships][whatsapp]")
{
    ContactShop shop;
    CounterView view(ViewWiring(*shop.backend, shop.backend->clock()).counter(), shop.prompter);
    showActive(view);
    REQUIRE(view.openMember(shop.tono.id));
    REQUIRE(driveModal(
        [&] { QTest::keyClick(&view, Qt::Key_L, Qt::ControlModifier); },
        [&](QDialog& dialog) { QTest::keyClick(dialog.focusWidget(), Qt::Key_Return); }));
    CHECK(shop.contactsOf(shop.tono.id).size() == 1);
    QApplication::setActiveWindow(&view);
    REQUIRE(QTest::qWaitForWindowActive(&view));
    CHECK(sendWhatsApp(view) == QStringLiteral("terima_kasih"));
    REQUIRE(shop.prompter.openedUrls.size() == 1);
    CHECK(shop.prompter.openedUrls.first().startsWith(
        QStringLiteral("https://wa.me/6281311112222?text=")));
    CHECK(shop.contactsOf(shop.tono.id).size() == 2);
}

TEST_CASE("The WhatsApp templates are edited in Settings: a text changed, one added, one "
          "removed, the defaults brought back",
          "[ui][whatsapp][settings]")
{
    ContactShop shop;
    MessageTemplatesBox box;
    SettingsService& settings = shop.backend->settings();
    box.setTemplates(*settings.messageTemplates());
    QComboBox* chooser = box.chooser();
    REQUIRE(chooser->count() == 4);
    chooser->setCurrentIndex(chooser->findData(QStringLiteral("kangen")));
    box.textField()->setPlainText(QStringLiteral("Halo {nama}, lama tak jumpa di {toko}!"));
    // Switching away keeps what was typed.
    chooser->setCurrentIndex(0);
    box.addTemplate();
    REQUIRE(chooser->count() == 5);
    auto* name = box.findChild<QLineEdit*>(QStringLiteral("templateName"));
    retype(name, QStringLiteral("Promo Lebaran"));
    box.textField()->setPlainText(QStringLiteral("Diskon Lebaran untuk {nama} ({kode})."));
    SETIA_REQUIRE_OK(settings.setMessageTemplates(box.templates()));
    auto saved = settings.messageTemplates();
    SETIA_REQUIRE_OK(saved);
    REQUIRE(saved->size() == 5);
    CHECK(saved->at(4).name == QStringLiteral("Promo Lebaran"));
    CHECK(saved->at(4).id == QStringLiteral("pesan_5"));
    CHECK(saved->at(4).purpose == MessagePurpose::Marketing);
    for (const MessageTemplate& t : *saved)
        if (t.id == QStringLiteral("kangen"))
            CHECK(t.text == QStringLiteral("Halo {nama}, lama tak jumpa di {toko}!"));

    // A token Setia cannot fill in is refused by the service, and nothing changes.
    box.textField()->setPlainText(QStringLiteral("Halo {Nama}"));
    auto refused = settings.setMessageTemplates(box.templates());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message().contains(QStringLiteral("{Nama}")));
    CHECK(settings.messageTemplates()->size() == 5);

    box.removeTemplate();
    CHECK(chooser->count() == 4);
    box.restoreDefaults();
    CHECK(box.templates() == MessageTemplates::defaults());
    // The last template stays.
    for (int i = 0; i < 4; ++i)
        box.removeTemplate();
    CHECK(chooser->count() == 1);
}

TEST_CASE("A follow-up past its due day is red wherever the customer appears: the list, "
          "receivables and the counter",
          "[ui][relationships]")
{
    ContactShop shop;
    FollowUp late;
    late.customerId = shop.sri.id;
    late.due = shop.temp.clock().today().addDays(-2);
    late.task = QStringLiteral("Tagih nota");
    SETIA_REQUIRE_OK(shop.backend->followUps().create(late));
    FollowUp later = late;
    later.customerId = shop.tono.id;
    later.due = shop.temp.clock().today(); // due today: not late yet
    SETIA_REQUIRE_OK(shop.backend->followUps().create(later));
    const ViewWiring wiring(*shop.backend, shop.backend->clock());
    const QString note = QStringLiteral("Follow-up late since 20/11/2026: Tagih nota");

    CustomersView customers(wiring.customers(), shop.prompter);
    REQUIRE(customers.model()->rowCount() == 2);
    const auto colourOf = [](const QAbstractItemModel& model, int row, int column) {
        return model.index(row, column).data(Qt::ForegroundRole).value<QBrush>().color();
    };
    CHECK(colourOf(*customers.model(), 0, CustomerListModel::Name) == LateFollowUps::colour());
    CHECK(customers.model()->index(0, CustomerListModel::Name).data(Qt::ToolTipRole) == note);
    CHECK_FALSE(
        customers.model()->index(1, CustomerListModel::Name).data(Qt::ForegroundRole).isValid());

    ReceivablesView receivables(wiring.receivables(), shop.prompter);
    receivables.reload();
    REQUIRE(receivables.model()->rowCount() == 1);
    CHECK(colourOf(*receivables.model(), 0, ReceivableListModel::Name) == LateFollowUps::colour());
    CHECK(receivables.model()->index(0, ReceivableListModel::Name).data(Qt::ToolTipRole) == note);

    CounterView counter(wiring.counter(), shop.prompter);
    REQUIRE(counter.openMember(shop.sri.id));
    auto* badge = counter.findChild<QLabel*>(QStringLiteral("lateFollowUp"));
    REQUIRE(badge != nullptr);
    CHECK(badge->text() == note);
    CHECK_FALSE(badge->isHidden());
    REQUIRE(counter.openMember(shop.tono.id));
    CHECK(badge->isHidden());

    // Done, it is red no more.
    auto open = shop.backend->followUps().forCustomer(shop.sri.id);
    SETIA_REQUIRE_OK(open);
    SETIA_REQUIRE_OK(shop.backend->followUps().complete(open->first().id, InteractionKind::Call,
                                                        QStringLiteral("Dibayar")));
    CHECK_FALSE(
        customers.model()->index(0, CustomerListModel::Name).data(Qt::ForegroundRole).isValid());
}
