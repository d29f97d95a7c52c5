// ProductService: the catalogue's rules (unique SKU, whole-Rupiah price and cost) and
// product search.
#include "services/ProductService.h"

#include "domain/Money.h"
#include "stores/ProductStore.h"
#include "support/Builders.h"
#include "support/TempDatabase.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

#include <set>

using namespace setia;
using namespace setia::test;

namespace {

Product created(Backend& backend, Product draft)
{
    auto result = backend.products().create(std::move(draft));
    SETIA_REQUIRE_OK(result);
    return *result;
}

qint64 countProducts(Backend& backend, const QString& search = {}, bool inactive = false)
{
    auto count = backend.products().count(ProductFilter{search, inactive});
    SETIA_REQUIRE_OK(count);
    return *count;
}

QStringList found(Backend& backend, const QString& search, bool inactive = false)
{
    auto rows =
        backend.products().page(ProductFilter{search, inactive}, ProductSort::Sku, PageRequest{});
    SETIA_REQUIRE_OK(rows);
    QStringList skus;
    for (const ProductRow& row : *rows)
        skus.append(row.product.sku);
    CHECK(countProducts(backend, search, inactive) == skus.size());
    return skus;
}

QString refusedField(Backend& backend, Product draft)
{
    const qint64 before = countProducts(backend);
    auto result = backend.products().create(std::move(draft));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind() == Error::Kind::Validation);
    CHECK(countProducts(backend) == before);
    return result.error().field();
}

} // namespace

TEST_CASE("A product is saved tidied and read back whole", "[products]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    Product draft = productDraft(QStringLiteral(" BRS-5KG "),
                                 QStringLiteral("  Beras   Premium 5 kg "), 78'000, 69'000);
    draft.category = QStringLiteral(" Sembako ");
    draft.unit = QStringLiteral("karung");
    const Product saved = created(*backend, draft);
    CHECK(saved.sku == QStringLiteral("BRS-5KG"));
    CHECK(saved.name == QStringLiteral("Beras Premium 5 kg"));
    CHECK(saved.category == QStringLiteral("Sembako"));
    CHECK(saved.createdAt == temp.clock().now());
    CHECK(saved.updatedAt == temp.clock().now());
    CHECK(saved.active);
    auto read = backend->products().find(saved.id);
    SETIA_REQUIRE_OK(read);
    REQUIRE(read->has_value());
    CHECK(**read == saved);

    Product noUnit = productDraft(QStringLiteral("X1"), QStringLiteral("Tanpa satuan"));
    noUnit.unit = QStringLiteral("  ");
    CHECK(created(*backend, noUnit).unit == QStringLiteral("pcs"));
}

TEST_CASE("A SKU is required, has no spaces and is unique", "[products]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    const Product beras =
        created(*backend, productDraft(QStringLiteral("BRS-5KG"), QStringLiteral("Beras")));

    for (const QString& sku :
         {QString(), QStringLiteral("   "), QStringLiteral("BRS 5KG"), QStringLiteral("BRS,5"),
          QStringLiteral("BRS;5"), QStringLiteral("BRS\"5"), QString(41, QLatin1Char('S'))}) {
        INFO("sku: \"" << sku.toStdString() << '"');
        CHECK(refusedField(*backend, productDraft(sku, QStringLiteral("Barang"))) ==
              QStringLiteral("sku"));
    }
    CHECK(created(*backend, productDraft(QString(40, QLatin1Char('S')), QStringLiteral("Panjang")))
              .sku.size() == 40);

    auto taken = backend->products().create(
        productDraft(QStringLiteral("BRS-5KG"), QStringLiteral("Beras lain")));
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error().kind() == Error::Kind::Duplicate);
    CHECK(taken.error().field() == QStringLiteral("sku"));
    CHECK(taken.error().message().contains(QStringLiteral("BRS-5KG")));
    CHECK(countProducts(*backend) == 2);

    // SKUs are stored upper-case, so another case is the same SKU.
    auto otherCase = backend->products().create(
        productDraft(QStringLiteral("brs-5kg"), QStringLiteral("Beras kecil")));
    REQUIRE_FALSE(otherCase.ok());
    CHECK(otherCase.error().kind() == Error::Kind::Duplicate);
    CHECK(
        created(*backend, productDraft(QStringLiteral("glp-2kg"), QStringLiteral("Gula 2"))).sku ==
        QStringLiteral("GLP-2KG"));
    CHECK(countProducts(*backend) == 3);

    // On update: its own SKU is fine, another product's is not.
    Product gula =
        created(*backend, productDraft(QStringLiteral("GLP-1KG"), QStringLiteral("Gula")));
    gula.price = 18'000;
    SETIA_REQUIRE_OK(backend->products().update(gula));
    gula.sku = beras.sku;
    auto clash = backend->products().update(gula);
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().kind() == Error::Kind::Duplicate);
}

TEST_CASE("A product needs a name and non-negative whole-Rupiah price and cost", "[products]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    CHECK(refusedField(*backend, productDraft(QStringLiteral("A1"), QString())) ==
          QStringLiteral("name"));
    CHECK(refusedField(*backend, productDraft(QStringLiteral("A1"), QStringLiteral("  "))) ==
          QStringLiteral("name"));
    CHECK(refusedField(*backend,
                       productDraft(QStringLiteral("A1"), QString(121, QLatin1Char('n')))) ==
          QStringLiteral("name"));
    CHECK(refusedField(*backend, productDraft(QStringLiteral("A1"), QStringLiteral("Teh"), -1,
                                              0)) == QStringLiteral("price"));
    CHECK(refusedField(*backend, productDraft(QStringLiteral("A1"), QStringLiteral("Teh"), 0,
                                              -1)) == QStringLiteral("cost"));
    CHECK(refusedField(*backend, productDraft(QStringLiteral("A1"), QStringLiteral("Teh"),
                                              money::maxAmount + 1, 0)) == QStringLiteral("price"));
    Product longCategory = productDraft(QStringLiteral("A1"), QStringLiteral("Teh"));
    longCategory.category = QString(61, QLatin1Char('c'));
    CHECK(refusedField(*backend, longCategory) == QStringLiteral("category"));

    const Product free = created(
        *backend, productDraft(QStringLiteral("GRATIS"), QStringLiteral("Air putih"), 0, 0));
    CHECK(free.price == 0);
    CHECK(free.cost == 0);
}

TEST_CASE("Updating a product keeps created_at", "[products]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    const QDateTime start = temp.clock().now();
    Product teh =
        created(*backend, productDraft(QStringLiteral("TEH-25"), QStringLiteral("Teh Celup")));
    temp.clock().advanceSeconds(120);
    teh.price = 7'500;
    teh.createdAt = QDateTime(QDate(2001, 1, 1), QTime(0, 0));
    auto updated = backend->products().update(teh);
    SETIA_REQUIRE_OK(updated);
    CHECK(updated->createdAt == start);
    CHECK(updated->updatedAt == start.addSecs(120));

    Product ghost = teh;
    ghost.id = 999;
    auto missing = backend->products().update(ghost);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind() == Error::Kind::NotFound);
}

TEST_CASE("Deactivating and reactivating a product", "[products]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    const Product teh =
        created(*backend, productDraft(QStringLiteral("TEH-25"), QStringLiteral("Teh Celup")));
    created(*backend, productDraft(QStringLiteral("KPI-200"), QStringLiteral("Kopi Bubuk")));
    QSignalSpy changed(&backend->products(), &ProductService::productChanged);

    SETIA_REQUIRE_OK(backend->products().setActive(teh.id, false));
    CHECK(changed.count() == 1);
    CHECK(countProducts(*backend) == 1);
    CHECK(countProducts(*backend, QString(), true) == 1);
    CHECK(found(*backend, QStringLiteral("teh")).isEmpty());
    CHECK(found(*backend, QStringLiteral("teh"), true) == QStringList{QStringLiteral("TEH-25")});
    auto read = backend->products().find(teh.id);
    SETIA_REQUIRE_OK(read);
    CHECK_FALSE((*read)->active);

    SETIA_REQUIRE_OK(backend->products().setActive(teh.id, true));
    CHECK(countProducts(*backend) == 2);
    CHECK(countProducts(*backend, QString(), true) == 0);

    const Status missing = backend->products().setActive(999, false);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind() == Error::Kind::NotFound);
}

TEST_CASE("Products are found by name word prefix, SKU and category", "[products][search]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    struct Item
    {
        const char* sku;
        const char* name;
        const char* category;
    };
    const Item items[] = {
        {"BRS-5KG", "Beras Premium 5 kg", "Sembako"},
        {"BRS-25KG", "Beras Medium 25 kg", "Sembako"},
        {"MYK-2L", "Minyak Goreng 2 L", "Sembako"},
        {"MIE-GRG", "Mie Instan Goreng", "Makanan"},
        {"MIE-KRD", "Mie Instan Kuah Kari Ayam", "Makanan"},
        {"NS-GRG", "Nasi Goreng Spesial", "Makanan Berat"},
        {"KP-SSU", "Kopi Susu Gula Aren", "Kafe"},
        {"ES-TEH", "Es Teh Manis", "Kafe"},
        {"CRM-BRL", "Crème brûlée", "Kafe"},
    };
    for (const Item& item : items) {
        Product draft = productDraft(QLatin1String(item.sku), QString::fromUtf8(item.name));
        draft.category = QLatin1String(item.category);
        created(*backend, draft);
    }

    CHECK(found(*backend, QStringLiteral("mie")) ==
          QStringList{QStringLiteral("MIE-GRG"), QStringLiteral("MIE-KRD")});
    CHECK(found(*backend, QStringLiteral("gor")) == QStringList{QStringLiteral("MIE-GRG"),
                                                                QStringLiteral("MYK-2L"),
                                                                QStringLiteral("NS-GRG")});
    CHECK(found(*backend, QStringLiteral("mie gor")) == QStringList{QStringLiteral("MIE-GRG")});
    CHECK(found(*backend, QStringLiteral("BERAS")) ==
          QStringList{QStringLiteral("BRS-25KG"), QStringLiteral("BRS-5KG")});
    CHECK(found(*backend, QStringLiteral("BRS-5KG")) == QStringList{QStringLiteral("BRS-5KG")});
    CHECK(found(*backend, QStringLiteral("brs")) ==
          QStringList{QStringLiteral("BRS-25KG"), QStringLiteral("BRS-5KG")});
    CHECK(found(*backend, QStringLiteral("kafe")).size() == 3);
    CHECK(found(*backend, QStringLiteral("creme brulee")) ==
          QStringList{QStringLiteral("CRM-BRL")});
    CHECK(found(*backend, QStringLiteral("rendang")).isEmpty());
    CHECK(found(*backend, QString()).size() == 9);
}

TEST_CASE("Product pages visit every product once in order", "[products][paging]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    for (int i = 0; i < 23; ++i) {
        Product draft =
            productDraft(QStringLiteral("P%1").arg(i, 2, 10, QLatin1Char('0')),
                         QStringLiteral("Barang %1").arg(i % 5), qint64(1000 * (i % 4)));
        draft.category = QStringLiteral("K%1").arg(i % 3);
        created(*backend, draft);
    }
    for (ProductSort sort :
         {ProductSort::Sku, ProductSort::Name, ProductSort::Category, ProductSort::Price}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            INFO("sort " << static_cast<int>(sort) << ", order " << static_cast<int>(order));
            auto all = backend->products().page(ProductFilter{}, sort, PageRequest{order, {}, 100});
            SETIA_REQUIRE_OK(all);
            REQUIRE(all->size() == 23);
            QList<qint64> walked;
            PageRequest request{order, {}, 5};
            for (int pages = 0; pages < 10; ++pages) {
                auto page = backend->products().page(ProductFilter{}, sort, request);
                SETIA_REQUIRE_OK(page);
                for (const ProductRow& row : *page)
                    walked.append(row.product.id);
                if (page->size() < request.limit)
                    break;
                request.after = page->last().key;
            }
            QList<qint64> expected;
            for (const ProductRow& row : *all)
                expected.append(row.product.id);
            CHECK(walked == expected);
            CHECK(std::set<qint64>(walked.begin(), walked.end()).size() == 23);
        }
    }
}
