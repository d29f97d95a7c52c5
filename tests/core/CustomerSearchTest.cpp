// Customer search and paging: the list's search-as-you-type (name words, member code, city,
// phone digits in any format) and keyset pages that visit every row once.
#include "demo/DemoGenerator.h"
#include "domain/PhoneNumber.h"
#include "services/CustomerService.h"
#include "stores/CustomerStore.h"
#include "support/Builders.h"
#include "support/TempDatabase.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>
#include <set>

using namespace setia;
using namespace setia::test;

namespace {

struct Person
{
    const char* name;
    const char* phone;
    const char* city;
    const char* area;
    const char* type;
    const char* salesperson;
    int joinedDaysAgo;
};

// 30 customers with shared cities, areas, types, salespeople and join dates, so that every
// sort has ties for the id to break; some without phone or area.
const Person people[] = {
    {"Budi Santoso", "0812-3456-7890", "Bandung", "Coblong", "retail", "Andi", 10},
    {"Budiman Hakim", "0813-2222-3333", "Jakarta", "Tebet", "warung", "Andi", 10},
    {"Siti Aminah", "0857-1111-0000", "Surabaya", "Gubeng", "retail", "Maya", 20},
    {"Sri Wahyuni", "0812-9876-5432", "Bandung", "Cicendo", "end user", "Maya", 20},
    {"Santo Gunawan", "0821-5555-6666", "Jakarta", "Tebet", "grosir", "Andi", 30},
    {"Agus Santoso", "", "Yogyakarta", "", "retail", "", 30},
    {"Dédé Rahmat", "0878-1212-3434", "Bandung", "Coblong", "retail", "Maya", 40},
    {"Warung Bu Sri", "(021) 555-1234", "Jakarta", "Tebet", "warung", "Andi", 40},
    {"Toko Sumber Rejeki", "(022) 420-7890", "Bandung", "Cicendo", "grosir", "Yoga", 50},
    {"CV Maju Jaya", "(0274) 512-345", "Yogyakarta", "Jetis", "grosir", "Yoga", 50},
    {"Ayu Lestari", "0856-7890-1234", "Denpasar", "", "end user", "", 60},
    {"Ani Budiarti", "0815-4321-8765", "Surabaya", "Rungkut", "retail", "Maya", 60},
    {"Hendra Wijaya", "0811-2233-4455", "Jakarta", "Cengkareng", "retail", "Andi", 70},
    {"Rina Wulandari", "", "Denpasar", "", "end user", "", 70},
    {"Dewi Kusuma", "0838-1000-2000", "Surabaya", "Gubeng", "retail", "Maya", 80},
    {"Joko Susilo", "0852-6000-7000", "Yogyakarta", "Jetis", "warung", "Yoga", 80},
    {"Bambang Pamungkas", "0819-7777-8888", "Jakarta", "Tebet", "horeka", "Andi", 90},
    {"Putu Ayu", "0361-234567", "Denpasar", "Denpasar Barat", "horeka", "", 90},
    {"Made Wirawan", "0812-0000-1111", "Denpasar", "Denpasar Barat", "retail", "", 100},
    {"Kedai Kopi Santai", "0822-3333-4444", "Bandung", "Coblong", "horeka", "Yoga", 100},
    {"Nur Hidayah", "0859-1357-2468", "Surabaya", "Rungkut", "end user", "Maya", 110},
    {"Eko Prasetyo", "0877-8765-4321", "Jakarta", "Cengkareng", "retail", "Andi", 110},
    {"Fitri Handayani", "", "Bandung", "", "end user", "", 120},
    {"Yusuf Halim", "+44 20 7946 0958", "Jakarta", "", "retail", "", 120},
    {"Lina Harahap", "0813-5678-1234", "Surabaya", "Gubeng", "warung", "Maya", 130},
    {"Gilang Ramadhan", "0895-1212-7890", "Yogyakarta", "Jetis", "retail", "Yoga", 130},
    {"Maya Sari", "0817-2468-1357", "Jakarta", "Tebet", "end user", "Andi", 140},
    {"Teguh Santosa", "0818-9999-0001", "Bandung", "Cicendo", "grosir", "Yoga", 140},
    {"Indah Permata", "0814-1010-2020", "Surabaya", "Gubeng", "retail", "Maya", 150},
    {"zahra putri", "0816-3030-4040", "Yogyakarta", "", "retail", "Yoga", 150},
};

QStringList sorted(QStringList names)
{
    names.sort();
    return names;
}

class Fixture
{
public:
    Fixture()
        : backend(temp.openMemory())
    {
        for (const Person& person : people) {
            Customer draft =
                customerDraft(QString::fromUtf8(person.name), QLatin1String(person.phone));
            draft.city = QLatin1String(person.city);
            draft.area = QLatin1String(person.area);
            draft.type = QLatin1String(person.type);
            draft.salesperson = QLatin1String(person.salesperson);
            draft.joined = temp.clock().today().addDays(-person.joinedDaysAgo);
            auto created = backend->customers().create(draft);
            SETIA_REQUIRE_OK(created);
            all.append(*created);
        }
    }

    // Names found by `search`, sorted; count() must agree with the rows.
    QStringList names(const QString& search, bool archived = false)
    {
        const CustomerFilter filter{search, archived};
        auto rows = backend->customers().page(filter, CustomerSort::Name, PageRequest{});
        SETIA_REQUIRE_OK(rows);
        QStringList found;
        for (const CustomerRow& row : *rows)
            found.append(row.name);
        auto count = backend->customers().count(filter);
        SETIA_REQUIRE_OK(count);
        CHECK(*count == found.size());
        found.sort();
        return found;
    }

    // The names a typed phone fragment should find (CustomerFilter's contract): numbers
    // holding its digits anywhere from the third digit on; fewer digits filter nothing yet.
    QStringList phoneMatches(const QString& typed) const
    {
        const QString digits = PhoneNumber::queryDigits(typed);
        REQUIRE_FALSE(digits.isEmpty());
        QStringList found;
        for (const Customer& c : all) {
            if (digits.size() < 3 || PhoneNumber::searchDigits(c.phone).contains(digits))
                found.append(c.name);
        }
        found.sort();
        return found;
    }

    QStringList everyone() const
    {
        QStringList names;
        for (const Customer& c : all)
            names.append(c.name);
        return sorted(names);
    }

    TempDatabase temp;
    std::unique_ptr<Backend> backend;
    QList<Customer> all;
};

// The value a row is sorted by, as the list sorts it.
QVariant sortValue(const CustomerRow& row, CustomerSort sort)
{
    switch (sort) {
    case CustomerSort::Code:
        return row.code;
    case CustomerSort::Name:
        return row.name.toCaseFolded();
    case CustomerSort::Phone:
        return PhoneNumber::searchDigits(row.phone);
    case CustomerSort::City:
        return row.city;
    case CustomerSort::Area:
        return row.area;
    case CustomerSort::Type:
        return row.type;
    case CustomerSort::Salesperson:
        return row.salesperson;
    case CustomerSort::Joined:
        return row.joined.toString(Qt::ISODate);
    }
    return {};
}

// SQLite compares text as UTF-8 bytes; ties go by id.
bool before(const CustomerRow& a, const CustomerRow& b, CustomerSort sort)
{
    const QByteArray x = sortValue(a, sort).toString().toUtf8();
    const QByteArray y = sortValue(b, sort).toString().toUtf8();
    return x != y ? x < y : a.id < b.id;
}

} // namespace

TEST_CASE("Customers are found by name word prefixes", "[search]")
{
    Fixture f;
    CHECK(f.names(QStringLiteral("bud")) ==
          sorted({QStringLiteral("Budi Santoso"), QStringLiteral("Budiman Hakim"),
                  QStringLiteral("Ani Budiarti")}));
    CHECK(f.names(QStringLiteral("BUDI")) == f.names(QStringLiteral("bud")));
    CHECK(f.names(QStringLiteral("santo")) ==
          sorted({QStringLiteral("Budi Santoso"), QStringLiteral("Santo Gunawan"),
                  QStringLiteral("Agus Santoso"), QStringLiteral("Teguh Santosa")}));
    // Several words: each must start a word of the customer (AND), in any order.
    CHECK(f.names(QStringLiteral("budi sant")) == QStringList{QStringLiteral("Budi Santoso")});
    CHECK(f.names(QStringLiteral("sant budi")) == QStringList{QStringLiteral("Budi Santoso")});
    CHECK(f.names(QStringLiteral("  budi,   santoso ")) ==
          QStringList{QStringLiteral("Budi Santoso")});
    CHECK(f.names(QStringLiteral("sri")) ==
          sorted({QStringLiteral("Sri Wahyuni"), QStringLiteral("Warung Bu Sri")}));
    CHECK(f.names(QStringLiteral("wa")) ==
          sorted({QStringLiteral("Sri Wahyuni"), QStringLiteral("Warung Bu Sri")}));
    // Inside a word is not a prefix.
    CHECK(f.names(QStringLiteral("antoso")).isEmpty());
    CHECK(f.names(QStringLiteral("xyz")).isEmpty());
    // Quotes and FTS syntax are plain text.
    CHECK(f.names(QStringLiteral("\"budi")) == f.names(QStringLiteral("budi")));
    CHECK(f.names(QStringLiteral("budi OR siti")).isEmpty());
    CHECK(f.names(QStringLiteral("NEAR(budi")).isEmpty());
    // Nothing to search for: everyone.
    CHECK(f.names(QStringLiteral("  ")).size() == 30);
    CHECK(f.names(QStringLiteral("*")).size() == 30);
}

TEST_CASE("A single letter lists the names that start with it", "[search]")
{
    Fixture f;
    CHECK(f.names(QStringLiteral("w")) == QStringList{QStringLiteral("Warung Bu Sri")});
    CHECK(f.names(QStringLiteral("W")) == QStringList{QStringLiteral("Warung Bu Sri")});
    CHECK(f.names(QStringLiteral("b")) ==
          sorted({QStringLiteral("Budi Santoso"), QStringLiteral("Budiman Hakim"),
                  QStringLiteral("Bambang Pamungkas")}));
    CHECK(f.names(QStringLiteral("Z")) == QStringList{QStringLiteral("zahra putri")});
    CHECK(f.names(QStringLiteral("d")) ==
          sorted({QStringLiteral("Dédé Rahmat"), QStringLiteral("Dewi Kusuma")}));
    CHECK(f.names(QStringLiteral(" y ")) == QStringList{QStringLiteral("Yusuf Halim")});
    CHECK(f.names(QStringLiteral("x")).isEmpty());
}

TEST_CASE("Search ignores diacritics both ways", "[search]")
{
    Fixture f;
    const QStringList dede{QStringLiteral("Dédé Rahmat")};
    CHECK(f.names(QStringLiteral("dede")) == dede);
    CHECK(f.names(QStringLiteral("DÉDÉ")) == dede);
    CHECK(f.names(QStringLiteral("dédé rah")) == dede);
}

TEST_CASE("Customers are found by member code and by city", "[search]")
{
    Fixture f;
    CHECK(f.names(QStringLiteral("M000005")) == QStringList{QStringLiteral("Santo Gunawan")});
    CHECK(f.names(QStringLiteral("m000005")) == QStringList{QStringLiteral("Santo Gunawan")});
    CHECK(f.names(QStringLiteral("M00001")).size() == 10); // M000010 … M000019
    CHECK(f.names(QStringLiteral("M00000")).size() == 9);  // M000001 … M000009

    auto inCity = [&](const char* city) {
        QStringList names;
        for (const Customer& c : std::as_const(f.all)) {
            if (c.city == QLatin1String(city))
                names.append(c.name);
        }
        return sorted(names);
    };
    CHECK(f.names(QStringLiteral("Bandung")) == inCity("Bandung"));
    CHECK(f.names(QStringLiteral("band")) == inCity("Bandung"));
    CHECK(f.names(QStringLiteral("band")).size() == 7);
    CHECK(f.names(QStringLiteral("YOGYA")) == inCity("Yogyakarta"));
    // A name word and a city word together.
    CHECK(f.names(QStringLiteral("budi bandung")) == QStringList{QStringLiteral("Budi Santoso")});
    CHECK(f.names(QStringLiteral("budi surabaya")) == QStringList{QStringLiteral("Ani Budiarti")});
}

TEST_CASE("Customers are found by phone digits typed in any format", "[search][phone]")
{
    Fixture f;
    const QString budi = QStringLiteral("Budi Santoso");

    // Three digits or more: anywhere in the number.
    CHECK(f.names(QStringLiteral("0812")) == f.phoneMatches(QStringLiteral("0812")));
    CHECK(f.names(QStringLiteral("0812")).contains(budi));
    CHECK(f.names(QStringLiteral("+62 812")) == f.names(QStringLiteral("0812")));
    CHECK(f.names(QStringLiteral("812")) == f.names(QStringLiteral("0812")));
    CHECK(f.names(QStringLiteral("812-34")) == f.phoneMatches(QStringLiteral("812-34")));
    CHECK(f.names(QStringLiteral("812-345")) == QStringList{budi});
    CHECK(f.names(QStringLiteral("7890")) == f.phoneMatches(QStringLiteral("7890")));
    CHECK(f.names(QStringLiteral("7890")).contains(budi));
    CHECK(f.names(QStringLiteral("3456 7890")) == QStringList{budi});
    CHECK(f.names(QStringLiteral("62812345678")) == QStringList{budi});
    CHECK(f.names(QStringLiteral("+62 812-3456-7890")) == QStringList{budi});
    CHECK(f.names(QStringLiteral("0062 812 3456 7890")) == QStringList{budi});
    CHECK(f.names(QStringLiteral("(021) 555")) == f.phoneMatches(QStringLiteral("(021) 555")));
    CHECK(f.names(QStringLiteral("(021) 555-1")) == QStringList{QStringLiteral("Warung Bu Sri")});
    CHECK(f.names(QStringLiteral("+44 20 7946")) == QStringList{QStringLiteral("Yusuf Halim")});
    CHECK(f.names(QStringLiteral("999999")).isEmpty());
    // The last four digits, even when they start with zeros.
    CHECK(f.names(QStringLiteral("0001")) == f.phoneMatches(QStringLiteral("0001")));
    CHECK(f.names(QStringLiteral("0001")).contains(QStringLiteral("Teguh Santosa")));
    CHECK(f.names(QStringLiteral("1111")).contains(QStringLiteral("Made Wirawan")));

    // One or two digits, or only a call prefix, filter nothing yet: no flash of an empty
    // list while "0812…" or "+62 812…" is being typed.
    for (const QString& typed :
         {QStringLiteral("0"), QStringLiteral("08"), QStringLiteral("081"), QStringLiteral("8"),
          QStringLiteral("81"), QStringLiteral("+"), QStringLiteral("+6"), QStringLiteral("+62"),
          QStringLiteral("+62 8"), QStringLiteral("+62 81"), QStringLiteral("21"),
          QStringLiteral("02"), QStringLiteral("4"), QStringLiteral("12")}) {
        INFO("typed: " << typed.toStdString());
        CHECK(f.names(typed) == f.everyone());
    }

    // Every digit fragment, checked against the rule.
    for (const QString& typed :
         {QStringLiteral("123"), QStringLiteral("1234"), QStringLiteral("0813"),
          QStringLiteral("555"), QStringLiteral("000"), QStringLiteral("0857 1111"),
          QStringLiteral("2000"), QStringLiteral("+62 85"), QStringLiteral("0852-6000")}) {
        INFO("typed: " << typed.toStdString());
        CHECK(f.names(typed) == f.phoneMatches(typed));
    }
}

TEST_CASE("Archived customers are searched apart", "[search]")
{
    Fixture f;
    const Customer& budi = f.all.first();
    SETIA_REQUIRE_OK(f.backend->customers().setArchived(budi.id, true));
    CHECK(f.names(QStringLiteral("budi sant")).isEmpty());
    CHECK(f.names(QStringLiteral("budi sant"), true) ==
          QStringList{QStringLiteral("Budi Santoso")});
    CHECK(f.names(QStringLiteral("7890 "), true) == QStringList{QStringLiteral("Budi Santoso")});
    CHECK(f.names(QString()).size() == 29);
    CHECK(f.names(QString(), true).size() == 1);

    // A renamed customer is found by the new name only.
    Customer siti = f.all.at(2);
    siti.name = QStringLiteral("Siti Rahayu");
    SETIA_REQUIRE_OK(f.backend->customers().update(siti));
    CHECK(f.names(QStringLiteral("aminah")).isEmpty());
    CHECK(f.names(QStringLiteral("rahayu")) == QStringList{QStringLiteral("Siti Rahayu")});
    siti.phone = QStringLiteral("0899-4444-5555");
    SETIA_REQUIRE_OK(f.backend->customers().update(siti));
    CHECK(f.names(QStringLiteral("1111 0000")).isEmpty());
    CHECK(f.names(QStringLiteral("4444 5555")) == QStringList{QStringLiteral("Siti Rahayu")});
}

TEST_CASE("Pages of 7 visit every customer once, in order, for every sort", "[search][paging]")
{
    Fixture f;
    // One archived customer must not show up among the active ones.
    SETIA_REQUIRE_OK(f.backend->customers().setArchived(f.all.at(5).id, true));

    const CustomerSort sorts[] = {
        CustomerSort::Code, CustomerSort::Name, CustomerSort::Phone,       CustomerSort::City,
        CustomerSort::Area, CustomerSort::Type, CustomerSort::Salesperson, CustomerSort::Joined};
    for (const QString& search : {QString(), QStringLiteral("band"), QStringLiteral("b"),
                                  QStringLiteral("812"), QStringLiteral("m00")}) {
        const CustomerFilter filter{search, false};
        auto count = f.backend->customers().count(filter);
        SETIA_REQUIRE_OK(count);
        REQUIRE(*count >= 3); // "band": exactly one full page, then an empty one
        for (CustomerSort sort : sorts) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                INFO("search \"" << search.toStdString() << "\", sort " << static_cast<int>(sort)
                                 << ", order " << static_cast<int>(order));
                QList<CustomerRow> walked;
                PageRequest request{order, {}, 7};
                for (int pages = 0; pages < 20; ++pages) {
                    auto page = f.backend->customers().page(filter, sort, request);
                    SETIA_REQUIRE_OK(page);
                    REQUIRE(page->size() <= 7);
                    walked.append(*page);
                    if (page->size() < 7)
                        break;
                    request.after = page->last().key;
                }
                REQUIRE(walked.size() == *count);
                std::set<qint64> ids;
                for (const CustomerRow& row : std::as_const(walked)) {
                    ids.insert(row.id);
                    CHECK(row.key.id == row.id);
                    CHECK(row.key.value.toString() == sortValue(row, sort).toString());
                }
                CHECK(ids.size() == static_cast<size_t>(walked.size()));
                CHECK(ids.count(f.all.at(5).id) == 0);
                for (qsizetype i = 1; i < walked.size(); ++i) {
                    INFO("rows " << i - 1 << " and " << i);
                    const CustomerRow& a = walked.at(i - 1);
                    const CustomerRow& b = walked.at(i);
                    CHECK((order == Qt::AscendingOrder ? before(a, b, sort) : before(b, a, sort)));
                }
            }
        }
    }
}

namespace {

// Walks every page of `filter` sorted by `sort`, `pageSize` rows at a time.
QList<CustomerRow> walk(Backend& backend, const CustomerFilter& filter, CustomerSort sort,
                        Qt::SortOrder order, int pageSize)
{
    QList<CustomerRow> walked;
    PageRequest request{order, {}, pageSize};
    for (int pages = 0; pages < 10'000; ++pages) {
        auto page = backend.customers().page(filter, sort, request);
        SETIA_REQUIRE_OK(page);
        REQUIRE(page->size() <= pageSize);
        walked.append(*page);
        if (page->size() < pageSize)
            break;
        request.after = page->last().key;
    }
    return walked;
}

bool startsAWord(const QString& text, const QString& prefix)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\w]+"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    const QStringList words = text.toCaseFolded().split(nonWord, Qt::SkipEmptyParts);
    return std::any_of(words.begin(), words.end(),
                       [&](const QString& word) { return word.startsWith(prefix); });
}

} // namespace

TEST_CASE("Pages of large searches visit every match once, in order", "[search][paging][large]")
{
    // Enough customers that searches take every path of the store: few matches sorted
    // after reading, many matches walked in index order or ranked by name.
    TempDatabase temp;
    auto backend = temp.openMemory();
    DemoGenerator generator(*backend);
    SETIA_REQUIRE_OK(generator.generate(DemoOptions{4000, 9, QDate(2026, 11, 1)}));
    for (qint64 id : {qint64(3), qint64(333), qint64(1500), qint64(3999)})
        SETIA_REQUIRE_OK(backend->customers().setArchived(id, true));
    const QList<CustomerRow> active =
        walk(*backend, CustomerFilter{}, CustomerSort::Code, Qt::AscendingOrder, 100'000);
    REQUIRE(active.size() == 3996);

    struct Search
    {
        QString text;
        std::function<bool(const CustomerRow&)> matches;
    };
    const Search searches[] = {
        {QString(), [](const CustomerRow&) { return true; }},
        {QStringLiteral("m0"), [](const CustomerRow&) { return true; }},
        {QStringLiteral("jakarta"),
         [](const CustomerRow& row) { return row.city == QLatin1String("Jakarta"); }},
        {QStringLiteral("budi"),
         [](const CustomerRow& row) {
             return startsAWord(row.name, QStringLiteral("budi")) ||
                    startsAWord(row.city, QStringLiteral("budi"));
         }},
        {QStringLiteral("812"),
         [](const CustomerRow& row) {
             return PhoneNumber::searchDigits(row.phone).contains(QLatin1String("812"));
         }},
        {QStringLiteral("b"),
         [](const CustomerRow& row) {
             return row.name.toCaseFolded().startsWith(QLatin1Char('b'));
         }},
    };
    const CustomerSort sorts[] = {
        CustomerSort::Code, CustomerSort::Name, CustomerSort::Phone,       CustomerSort::City,
        CustomerSort::Area, CustomerSort::Type, CustomerSort::Salesperson, CustomerSort::Joined};
    for (const Search& search : searches) {
        std::set<qint64> expected;
        for (const CustomerRow& row : active) {
            if (search.matches(row))
                expected.insert(row.id);
        }
        REQUIRE(expected.size() > 20);
        const CustomerFilter filter{search.text, false};
        auto count = backend->customers().count(filter);
        SETIA_REQUIRE_OK(count);
        CHECK(*count == static_cast<qint64>(expected.size()));
        for (CustomerSort sort : sorts) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                INFO("search \"" << search.text.toStdString() << "\", sort "
                                 << static_cast<int>(sort) << ", order "
                                 << static_cast<int>(order));
                const QList<CustomerRow> walked = walk(*backend, filter, sort, order, 97);
                std::set<qint64> ids;
                bool keysRight = true;
                bool ordered = true;
                for (qsizetype i = 0; i < walked.size(); ++i) {
                    const CustomerRow& row = walked.at(i);
                    ids.insert(row.id);
                    keysRight = keysRight && row.key.id == row.id &&
                                row.key.value.toString() == sortValue(row, sort).toString();
                    if (i > 0) {
                        const CustomerRow& previous = walked.at(i - 1);
                        ordered =
                            ordered && (order == Qt::AscendingOrder ? before(previous, row, sort)
                                                                    : before(row, previous, sort));
                    }
                }
                CHECK(walked.size() == static_cast<qsizetype>(expected.size()));
                CHECK(ids == expected);
                CHECK(keysRight);
                CHECK(ordered);
            }
        }
    }
}

TEST_CASE("The next page starts after the previous page's key, even if that row changed",
          "[search][paging][large]")
{
    TempDatabase temp;
    auto backend = temp.openMemory();
    DemoGenerator generator(*backend);
    SETIA_REQUIRE_OK(generator.generate(DemoOptions{4000, 11, QDate(2026, 11, 1)}));

    for (const QString& search : {QString(), QStringLiteral("m0"), QStringLiteral("jakarta")}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            INFO("search \"" << search.toStdString() << "\", order " << static_cast<int>(order));
            const CustomerFilter filter{search, false};
            auto first =
                backend->customers().page(filter, CustomerSort::Name, PageRequest{order, {}, 50});
            SETIA_REQUIRE_OK(first);
            REQUIRE(first->size() == 50);
            const PageKey boundary = first->last().key;

            // Someone renames the last customer of the page before the next one is read.
            auto moved = backend->customers().find(boundary.id);
            SETIA_REQUIRE_OK(moved);
            REQUIRE(moved->has_value());
            Customer renamed = **moved;
            renamed.name = order == Qt::AscendingOrder ? QStringLiteral("Zzz Pindah")
                                                       : QStringLiteral("Aaa Pindah");
            SETIA_REQUIRE_OK(backend->customers().update(renamed));

            auto next = backend->customers().page(filter, CustomerSort::Name,
                                                  PageRequest{order, boundary, 50});
            SETIA_REQUIRE_OK(next);
            // What the keyset contract gives: the rows strictly after the boundary key.
            const QList<CustomerRow> all =
                walk(*backend, filter, CustomerSort::Name, order, 100'000);
            QList<qint64> expected;
            for (const CustomerRow& row : all) {
                const QByteArray value = sortValue(row, CustomerSort::Name).toString().toUtf8();
                const QByteArray key = boundary.value.toString().toUtf8();
                const bool after = value != key
                                       ? (order == Qt::AscendingOrder ? value > key : value < key)
                                       : (order == Qt::AscendingOrder ? row.id > boundary.id
                                                                      : row.id < boundary.id);
                if (after && expected.size() < 50)
                    expected.append(row.id);
            }
            QList<qint64> got;
            for (const CustomerRow& row : *next)
                got.append(row.id);
            CHECK(got == expected);

            SETIA_REQUIRE_OK(backend->customers().update(**moved)); // put the name back
        }
    }
}
