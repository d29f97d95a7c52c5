// WhatsApp without the paid API (SPEC §13, §15, §10): templates filled in per customer, the
// wa.me link percent-encoded, consent obeyed, the message logged as a contact.
#include "domain/MessageTemplate.h"
#include "services/CustomerService.h"
#include "services/InteractionService.h"
#include "services/ProductService.h"
#include "services/SaleService.h"
#include "services/SettingsService.h"
#include "services/WhatsAppService.h"
#include "support/Builders.h"
#include "support/TempDatabase.h"

using namespace setia;
using namespace setia::test;

namespace {

struct WaShop
{
    TempDatabase temp;
    std::unique_ptr<Backend> backend = temp.openMemory();

    WaShop()
    {
        BusinessProfile shop;
        shop.name = QStringLiteral("Toko Maju & Jaya");
        REQUIRE(backend->settings().setBusinessProfile(shop).ok());
    }

    Customer add(const QString& name, const QString& phone, bool consent)
    {
        Customer draft = customerDraft(name, phone);
        draft.creditLimit = 5'000'000;
        draft.termsDays = 14;
        draft.consent.whatsApp.granted = consent;
        auto saved = backend->customers().create(draft);
        SETIA_REQUIRE_OK(saved);
        return *saved;
    }
};

} // namespace

TEST_CASE("A template's tokens are filled in once each, unknown braces found", "[whatsapp]")
{
    MessageValues v{QStringLiteral("Bu {kode} Sri"), QStringLiteral("M000007"),
                    QStringLiteral("12.500"),        QStringLiteral("Rp250.000"),
                    QStringLiteral("24/11/2026"),    QStringLiteral("Toko Maju"),
                    QStringLiteral("Kopi {nama}")};
    CHECK(MessageTemplates::fill(QStringLiteral("{nama} ({kode}) {poin} {utang} {jatuh_tempo} "
                                                "{toko} {lain} {nama} {tawaran}"),
                                 v) ==
          QStringLiteral("Bu {kode} Sri (M000007) 12.500 Rp250.000 24/11/2026 Toko Maju {lain} "
                         "Bu {kode} Sri Kopi {nama}"));
    // {tawaran} belongs to campaigns' messages, {jatuh_tempo} to templates'.
    CHECK(MessageTemplates::unknownToken(QStringLiteral("Coba {tawaran}")) ==
          QStringLiteral("{tawaran}"));
    CHECK(MessageTemplates::unknownToken(QStringLiteral("Coba {tawaran} di {toko}"),
                                         MessageTemplates::campaignTokens())
              .isEmpty());
    CHECK(MessageTemplates::unknownToken(QStringLiteral("Bayar {jatuh_tempo}"),
                                         MessageTemplates::campaignTokens()) ==
          QStringLiteral("{jatuh_tempo}"));
    CHECK(MessageTemplates::unknownToken(QStringLiteral("Halo {nama}, {Nama}")) ==
          QStringLiteral("{Nama}"));
    CHECK(MessageTemplates::unknownToken(QStringLiteral("Halo {nama} {toko}")).isEmpty());
    const QList<MessageTemplate> defaults = MessageTemplates::defaults();
    REQUIRE(defaults.size() == 4);
    for (const MessageTemplate& t : defaults) {
        INFO(t.id.toStdString());
        CHECK(MessageTemplates::unknownToken(t.text).isEmpty());
        CHECK(t.text.size() <= MessageTemplates::maxTextLength);
    }
}

TEST_CASE("A debt reminder is filled in for the customer, its link percent-encoded, and it is "
          "logged once sent",
          "[whatsapp]")
{
    WaShop shop;
    const Customer sri =
        shop.add(QStringLiteral("Sri Rahayu"), QStringLiteral("0812-3456-7890"), false);
    auto product = shop.backend->products().create(
        productDraft(QStringLiteral("BRS"), QStringLiteral("Beras"), 125'000));
    REQUIRE(product.ok());
    SaleDraft sale;
    sale.customerId = sri.id;
    sale.payment = PaymentKind::Credit;
    sale.soldAt = QDateTime(QDate(2026, 11, 10), QTime(9, 0));
    sale.lines = {SaleLineDraft{product->id, Quantity::fromUnits(2), {}, 0}};
    SETIA_REQUIRE_OK(shop.backend->sales().record(sale));

    auto message = shop.backend->whatsApp().compose(sri.id, QStringLiteral("pengingat_utang"));
    SETIA_REQUIRE_OK(message);
    CHECK(message->text ==
          QStringLiteral("Selamat siang, Sri Rahayu. Kami dari Toko Maju & Jaya ingin "
                         "mengingatkan tagihan Anda sebesar Rp250.000 yang jatuh tempo pada "
                         "24/11/2026. Bila sudah dibayar, mohon abaikan pesan ini. Terima kasih "
                         "atas kerja samanya."));
    // SPEC §15: UTF-8, space as %20, + as %2B; & and , encoded too.
    CHECK(message->url.startsWith(
        QStringLiteral("https://wa.me/6281234567890?text=Selamat%20siang%2C%20Sri%20Rahayu.%20"
                       "Kami%20dari%20Toko%20Maju%20%26%20Jaya%20")));
    auto plus = shop.backend->whatsApp().link(sri.id, QStringLiteral("pengingat_utang"),
                                              QStringLiteral("1+1 = dua, ’kan?"));
    SETIA_REQUIRE_OK(plus);
    CHECK(
        plus->url ==
        QStringLiteral("https://wa.me/6281234567890?text=1%2B1%20%3D%20dua%2C%20%E2%80%99kan%3F"));

    // A debt reminder is a transaction message: no marketing consent needed. Once opened, it
    // is a WhatsApp contact on the customer's timeline.
    auto logged = shop.backend->whatsApp().logSent(*message);
    SETIA_REQUIRE_OK(logged);
    CHECK(logged->kind == InteractionKind::WhatsApp);
    CHECK(logged->summary == message->text);
    CHECK(logged->staff == TempDatabase::staff());
}

TEST_CASE("A marketing template needs WhatsApp consent, a phone and a number on WhatsApp",
          "[whatsapp]")
{
    WaShop shop;
    const Customer without =
        shop.add(QStringLiteral("Budi"), QStringLiteral("0813-1111-2222"), false);
    const Customer with = shop.add(QStringLiteral("Citra"), QStringLiteral("0813-3333-4444"), true);
    const Customer noPhone = shop.add(QStringLiteral("Dedi"), QString(), true);
    Customer landline = customerDraft(QStringLiteral("Eka"), QStringLiteral("021-555-1234"));
    landline.whatsApp = false;
    landline.consent.whatsApp.granted = true;
    auto eka = shop.backend->customers().create(landline);
    SETIA_REQUIRE_OK(eka);
    WhatsAppService& wa = shop.backend->whatsApp();

    auto refused = wa.compose(without.id, QStringLiteral("kangen"));
    REQUIRE(!refused.ok());
    CHECK(refused.error().field() == QStringLiteral("consent"));
    CHECK(refused.error().message().contains(QStringLiteral("Budi")));
    CHECK(wa.compose(without.id, QStringLiteral("terima_kasih")).ok()); // a transaction message
    auto greeting = wa.compose(with.id, QStringLiteral("ulang_tahun"));
    SETIA_REQUIRE_OK(greeting);
    CHECK(greeting->text.startsWith(QStringLiteral("Selamat ulang tahun, Citra!")));
    CHECK(greeting->text.contains(with.code));
    CHECK(!wa.compose(noPhone.id, QStringLiteral("terima_kasih")).ok());
    CHECK(!wa.compose(eka->id, QStringLiteral("terima_kasih")).ok());
    CHECK(!wa.compose(with.id, QStringLiteral("tidak_ada")).ok());
    CHECK(!wa.link(with.id, QStringLiteral("terima_kasih"),
                   QString(MessageTemplates::maxTextLength + 1, QLatin1Char('x')))
               .ok());
    CHECK(!wa.link(with.id, QStringLiteral("terima_kasih"), QStringLiteral(" \n ")).ok());
    auto none = shop.backend->interactions().forCustomer(without.id);
    SETIA_REQUIRE_OK(none);
    CHECK(none->isEmpty()); // composing logs nothing
}

TEST_CASE("The shop's own templates are kept in the file, checked for their tokens", "[whatsapp]")
{
    WaShop shop;
    SettingsService& settings = shop.backend->settings();
    auto start = settings.messageTemplates();
    SETIA_REQUIRE_OK(start);
    CHECK(*start == MessageTemplates::defaults());

    QList<MessageTemplate> own = *start;
    own[2].text = QStringLiteral("Makasih {nama}! Poin: {poin}");
    own.append(MessageTemplate{QStringLiteral("promo"), QStringLiteral("Promo Lebaran"),
                               QStringLiteral("Diskon 10% di {toko} untuk {nama}"),
                               MessagePurpose::Marketing});
    SETIA_REQUIRE_OK(settings.setMessageTemplates(own));
    auto kept = settings.messageTemplates();
    SETIA_REQUIRE_OK(kept);
    CHECK(*kept == own);

    QList<MessageTemplate> wrong = own;
    wrong[0].text = QStringLiteral("Halo {name}");
    auto refused = settings.setMessageTemplates(wrong);
    REQUIRE(!refused.ok());
    CHECK(refused.error().message().contains(QStringLiteral("{name}")));
    wrong = own;
    wrong[1].id = wrong[0].id;
    CHECK(!settings.setMessageTemplates(wrong).ok());
    wrong = own;
    wrong[1].text = QString(MessageTemplates::maxTextLength + 1, QLatin1Char('x'));
    CHECK(!settings.setMessageTemplates(wrong).ok());
    CHECK(!settings.setMessageTemplates({}).ok());
    auto unchanged = settings.messageTemplates();
    SETIA_REQUIRE_OK(unchanged);
    CHECK(*unchanged == own); // nothing of the refused lists was saved
}
