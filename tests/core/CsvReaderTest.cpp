// CsvReader against SPEC §8: UTF-8 with or without BOM (Windows-1252 when not UTF-8), comma
// or semicolon, RFC 4180 quoting, line numbers that match a text editor, and per-row errors
// that say what to fix.
#include "io/CsvReader.h"

#include "support/CatchQt.h"
#include "support/TempDatabase.h"

#include <QDir>
#include <QStringDecoder>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using setia::CsvReader;
using setia::CsvRecord;
using setia::Error;

namespace {

CsvReader readerOf(const QByteArray& bytes)
{
    auto reader = CsvReader::fromBytes(bytes);
    SETIA_REQUIRE_OK(reader);
    return std::move(reader).value();
}

QList<CsvRecord> recordsOf(const QByteArray& bytes)
{
    return readerOf(bytes).readAll();
}

QStringList list(std::initializer_list<const char16_t*> values)
{
    QStringList result;
    for (const char16_t* value : values)
        result.append(QString::fromUtf16(value));
    return result;
}

} // namespace

TEST_CASE("CsvReader reads a plain comma-separated file", "[csv]")
{
    const CsvReader reader = readerOf("code,name,city\nC001,Budi,Medan\nC002,Sari,Bogor\n");
    CHECK(reader.header() == list({u"code", u"name", u"city"}));
    CHECK(reader.headerLine() == 1);
    CHECK(reader.separator() == QLatin1Char(','));
    CHECK(reader.encoding() == QStringLiteral("UTF-8"));

    const auto records = recordsOf("code,name,city\nC001,Budi,Medan\nC002,Sari,Bogor\n");
    REQUIRE(records.size() == 2);
    CHECK(records[0].line == 2);
    CHECK(records[0].fields == list({u"C001", u"Budi", u"Medan"}));
    CHECK(records[0].ok());
    CHECK(records[1].line == 3);
    CHECK(records[1].fields == list({u"C002", u"Sari", u"Bogor"}));
}

TEST_CASE("CsvReader strips a UTF-8 BOM and keeps Indonesian text and emoji", "[csv]")
{
    const QByteArray bytes =
        QByteArray("\xEF\xBB\xBF") + QStringLiteral("code,name\nC1,Ibu Siti 🌸 Café\n").toUtf8();
    CsvReader reader = readerOf(bytes);
    CHECK(reader.header() == list({u"code", u"name"}));
    CHECK(reader.column(QStringLiteral("code")) == 0); // not "\uFEFFcode"
    CHECK(reader.encoding() == QStringLiteral("UTF-8"));
    const auto records = reader.readAll();
    REQUIRE(records.size() == 1);
    CHECK(records[0].fields[1] == QStringLiteral("Ibu Siti 🌸 Café"));
}

TEST_CASE("CsvReader reads bytes that are not UTF-8 as Windows-1252", "[csv]")
{
    CsvReader reader = readerOf("name,note\nCaf\xe9,\x93"
                                "bagus\x94 \x80"
                                "5\n");
    CHECK(reader.encoding() == QStringLiteral("Windows-1252"));
    const auto records = reader.readAll();
    REQUIRE(records.size() == 1);
    CHECK(records[0].fields[0] == QStringLiteral("Café"));
    CHECK(records[0].fields[1] == QStringLiteral("“bagus” €5"));

    SECTION("a BOM followed by Windows-1252 bytes is still read as Windows-1252")
    {
        CsvReader withBom = readerOf("\xEF\xBB\xBFname\nCaf\xe9\n");
        CHECK(withBom.encoding() == QStringLiteral("Windows-1252"));
        CHECK(withBom.header() == list({u"name"}));
        CHECK(withBom.readAll().at(0).fields == list({u"Café"}));
    }

    SECTION("every byte decodes as Qt's own windows-1252 codec does, where it has one")
    {
        QStringDecoder reference("windows-1252");
        if (!reference.isValid())
            return; // Qt built without ICU: CsvReader's own table is all there is
        for (int byte = 0x80; byte <= 0xFF; ++byte) {
            INFO("byte 0x" << std::hex << byte);
            QByteArray bytes("h\n");
            bytes.append(static_cast<char>(byte));
            bytes.append('\n');
            const auto decoded = recordsOf(bytes);
            REQUIRE(decoded.size() == 1);
            const QString expected = reference(QByteArray(1, static_cast<char>(byte)));
            CHECK(decoded[0].fields[0] == expected);
        }
    }
}

TEST_CASE("CsvReader reads UTF-16 with a BOM", "[csv]")
{
    const QString text = QStringLiteral("name,city\nIbu Siti,Jakarta\n");
    QByteArray bytes("\xFF\xFE");
    for (const QChar c : text) {
        bytes.append(static_cast<char>(c.unicode() & 0xFF));
        bytes.append(static_cast<char>(c.unicode() >> 8));
    }
    CsvReader reader = readerOf(bytes);
    CHECK(reader.encoding() == QStringLiteral("UTF-16"));
    CHECK(reader.header() == list({u"name", u"city"}));
    CHECK(reader.readAll().at(0).fields == list({u"Ibu Siti", u"Jakarta"}));
}

TEST_CASE("CsvReader detects semicolons from the header row", "[csv]")
{
    CsvReader reader = readerOf("kode;nama;harga\nP1;Kopi, bubuk;12,5\nP2;\"Teh; celup\";8\n");
    CHECK(reader.separator() == QLatin1Char(';'));
    const auto records = reader.readAll();
    REQUIRE(records.size() == 2);
    CHECK(records[0].fields == list({u"P1", u"Kopi, bubuk", u"12,5"}));
    CHECK(records[1].fields == list({u"P2", u"Teh; celup", u"8"}));

    SECTION("separators inside quoted header names do not count")
    {
        CsvReader quoted = readerOf("\"a;b;c\",d,e\n1,2,3\n");
        CHECK(quoted.separator() == QLatin1Char(','));
        CHECK(quoted.header() == list({u"a;b;c", u"d", u"e"}));
    }
    SECTION("a one-column file reads as comma-separated")
    {
        CHECK(readerOf("name\nBudi\n").separator() == QLatin1Char(','));
    }
}

TEST_CASE("CsvReader handles quoted separators, line breaks and doubled quotes", "[csv]")
{
    const QByteArray bytes = "code,address,note\n"                 // line 1
                             "C1,\"Jl. Merdeka 1, Medan\",ok\n"    // line 2
                             "C2,\"Jl. Sudirman\n"                 // line 3
                             "Blok B\r\n"                          // line 4
                             "No. 5\",\"two\nlines\"\n"            // lines 5-6
                             "C3,\"Toko \"\"Jaya\"\"\",\"\"\"\"\n" // line 7
                             "C4,5\" pipa,\"\"\n";                 // line 8
    const auto records = recordsOf(bytes);
    REQUIRE(records.size() == 4);
    CHECK(records[0].line == 2);
    CHECK(records[0].fields == list({u"C1", u"Jl. Merdeka 1, Medan", u"ok"}));
    CHECK(records[1].line == 3);
    CHECK(records[1].fields == list({u"C2", u"Jl. Sudirman\nBlok B\r\nNo. 5", u"two\nlines"}));
    CHECK(records[1].ok());
    CHECK(records[2].line == 7);
    CHECK(records[2].fields == list({u"C3", u"Toko \"Jaya\"", u"\""}));
    // A quote inside an unquoted value is an ordinary character.
    CHECK(records[3].line == 8);
    CHECK(records[3].fields == list({u"C4", u"5\" pipa", u""}));
    for (const auto& record : records)
        CHECK(record.error == QString());
}

TEST_CASE("CsvReader accepts CRLF, LF and CR line ends and an optional final line break", "[csv]")
{
    const QList<QByteArray> files = {
        "a,b\r\n1,2\r\n3,4\r\n",
        "a,b\r\n1,2\r\n3,4",
        "a,b\n1,2\n3,4",
        "a,b\r1,2\r3,4\r",
    };
    for (const QByteArray& bytes : files) {
        INFO("file: " << bytes.toStdString());
        CsvReader reader = readerOf(bytes);
        CHECK(reader.header() == list({u"a", u"b"}));
        const auto records = reader.readAll();
        REQUIRE(records.size() == 2);
        CHECK(records[0].fields == list({u"1", u"2"}));
        CHECK(records[0].line == 2);
        CHECK(records[1].fields == list({u"3", u"4"}));
        CHECK(records[1].line == 3);
    }
    SECTION("an empty last value before the line end is kept")
    {
        const auto records = recordsOf("a,b,c\r\n1,,\r\n");
        REQUIRE(records.size() == 1);
        CHECK(records[0].fields == list({u"1", u"", u""}));
        CHECK(records[0].ok());
    }
}

TEST_CASE("CsvReader skips empty lines but counts them", "[csv]")
{
    CsvReader reader = readerOf("\n\r\ncode,name\n\nC1,Budi\r\n\r\n\r\n,\nC2,Sari\n,,\n\n");
    CHECK(reader.headerLine() == 3);
    CHECK(reader.header() == list({u"code", u"name"}));
    const auto records = reader.readAll();
    REQUIRE(records.size() == 2);
    CHECK(records[0].line == 5);
    CHECK(records[0].fields == list({u"C1", u"Budi"}));
    // Line 8 holds only a separator, line 10 only separators: no data, no row.
    CHECK(records[1].line == 9);
    CHECK(records[1].fields == list({u"C2", u"Sari"}));

    SECTION("a row of one quoted empty value is a row")
    {
        const auto single = recordsOf("note\n\"\"\n\nx\n");
        REQUIRE(single.size() == 2);
        CHECK(single[0].fields == QStringList{QString()});
        CHECK(single[0].line == 2);
        CHECK(single[1].line == 4);
    }
}

TEST_CASE("CsvReader reports a ragged row with its line and reads on", "[csv]")
{
    const auto records = recordsOf("code,name,city\n"
                                   "C1,Budi,Medan\n"
                                   "C2,\"Sari\nDewi\",Bogor,extra,more\n"
                                   "C3,Tono\n"
                                   "C4,Ani,Solo\n");
    REQUIRE(records.size() == 4);
    CHECK(records[0].ok());
    CHECK(records[1].line == 3);
    CHECK(records[1].error ==
          QStringLiteral("Line 3 has 5 fields but the header has 3. Check for a missing or extra "
                         "separator (,); a value that contains one must be in double quotes."));
    CHECK(records[1].fields.size() == 5);
    CHECK(records[2].line == 5);
    CHECK(records[2].error.startsWith(QStringLiteral("Line 5 has 2 fields but the header has 3.")));
    CHECK(records[3].line == 6);
    CHECK(records[3].ok());
    CHECK(records[3].fields == list({u"C4", u"Ani", u"Solo"}));

    SECTION("the message names the semicolon in a semicolon file")
    {
        const auto semicolon = recordsOf("a;b\n1;2;3\n");
        REQUIRE(semicolon.size() == 1);
        CHECK(semicolon[0].error.contains(QStringLiteral("separator (;)")));
    }
}

TEST_CASE("CsvReader reports an unterminated quote once, at the row where it opens", "[csv]")
{
    const auto records = recordsOf("code,name,city\n"
                                   "C1,Budi,Medan\n"
                                   "C2,\"Sari,Bogor\n"
                                   "C3,Tono,Solo\n"
                                   "C4,Ani,Solo\n");
    REQUIRE(records.size() == 2);
    CHECK(records[0].ok());
    CHECK(records[1].line == 3);
    CHECK(records[1].error.startsWith(QStringLiteral("Line 3: a value opens a double quote")));
    CHECK(records[1].error.contains(QStringLiteral("closing quote")));
    CHECK(records[1].fields == list({u"C2", u"Sari,Bogor\nC3,Tono,Solo\nC4,Ani,Solo\n"}));

    SECTION("in the header row the file cannot be read")
    {
        auto reader = CsvReader::fromBytes("code,\"name\nC1,Budi\n");
        REQUIRE_FALSE(reader.ok());
        CHECK(reader.error().kind() == Error::Kind::Validation);
        CHECK(reader.error().message().startsWith(QStringLiteral("Line 1: a value opens")));
    }
}

TEST_CASE("CsvReader reports text after a closing quote", "[csv]")
{
    const auto records = recordsOf("name,qty\n"
                                   "\"abc\"x,1\n"
                                   "\"Toko \"Jaya\"\",2\n"
                                   "\"spaces after\"  ,3\n");
    REQUIRE(records.size() == 3);
    CHECK(records[0].line == 2);
    CHECK(records[0].error ==
          QStringLiteral("Line 2: the value in column 1 (name) has text after its closing double "
                         "quote. Put the whole value in double quotes and write each quote "
                         "inside it twice (\"\")."));
    CHECK(records[0].fields == list({u"abcx", u"1"}));
    CHECK(records[1].line == 3);
    CHECK(records[1].error.startsWith(QStringLiteral("Line 3: the value in column 1 (name)")));
    // Spaces between a closing quote and the separator are forgiven.
    CHECK(records[2].ok());
    CHECK(records[2].fields == list({u"spaces after", u"3"}));
}

TEST_CASE("CsvReader finds columns by name", "[csv]")
{
    const CsvReader reader = readerOf(" Code , Customer_Code,\"Unit Price \"\n1,2,3\n");
    CHECK(reader.header() == list({u"Code", u"Customer_Code", u"Unit Price"}));
    CHECK(reader.column(QStringLiteral("code")) == 0);
    CHECK(reader.column(QStringLiteral("CUSTOMER_CODE")) == 1);
    CHECK(reader.column(QStringLiteral("  unit price ")) == 2);
    CHECK(reader.column(QStringLiteral("sku")) == -1);
    CHECK(reader.column(QString()) == -1);
}

TEST_CASE("CsvReader refuses a file without a header or that is not CSV", "[csv]")
{
    const QList<QByteArray> empty = {"", "\xEF\xBB\xBF", "\n\r\n\n"};
    for (const QByteArray& bytes : empty) {
        auto reader = CsvReader::fromBytes(bytes);
        REQUIRE_FALSE(reader.ok());
        CHECK(reader.error().kind() == Error::Kind::Validation);
        CHECK(reader.error().message() ==
              QStringLiteral("The file is empty. A CSV file starts with a header row naming its "
                             "columns; check that you chose the right file."));
    }

    auto workbook = CsvReader::fromBytes(QByteArray("PK\x03\x04\x14\x00\x06\x00", 8));
    REQUIRE_FALSE(workbook.ok());
    CHECK(workbook.error().message().contains(QStringLiteral("CSV UTF-8 (Comma delimited)")));

    auto binary = CsvReader::fromBytes(QByteArray("a,b\n1,\x00\x01\n", 9));
    REQUIRE_FALSE(binary.ok());
    CHECK(binary.error().message().startsWith(QStringLiteral("This is not a CSV file")));
}

TEST_CASE("CsvReader opens files and says why it cannot", "[csv]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("pelanggan.csv"));
    setia::test::writeFile(path, "code,name\nC1,Budi\n");

    auto reader = CsvReader::open(path);
    SETIA_REQUIRE_OK(reader);
    CHECK(reader->header() == list({u"code", u"name"}));
    CHECK(reader->readAll().size() == 1);

    auto missing = CsvReader::open(dir.filePath(QStringLiteral("tidak-ada.csv")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind() == Error::Kind::Io);
    CHECK(missing.error().message().contains(QStringLiteral("tidak-ada.csv")));
    CHECK(missing.error().message().contains(QStringLiteral("Check that it exists")));

    auto folder = CsvReader::open(dir.path());
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.error().kind() == Error::Kind::Io);
    CHECK(folder.error().message().contains(QStringLiteral("is a folder")));

    setia::test::writeFile(path, QByteArray());
    auto empty = CsvReader::open(path);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().kind() == Error::Kind::Validation);
}

TEST_CASE("CsvReader reports its progress in bytes", "[csv]")
{
    const QByteArray bytes = "a,b\n1,2\n3,4\n";
    CsvReader reader = readerOf(bytes);
    CHECK(reader.size() == bytes.size());
    CHECK(reader.position() == 4); // after the header row
    CsvRecord record;
    REQUIRE(reader.next(record));
    CHECK(reader.position() == 8);
    REQUIRE(reader.next(record));
    CHECK(reader.position() == reader.size());
    CHECK(reader.atEnd());
    CHECK_FALSE(reader.next(record));
}

TEST_CASE("CsvReader::unneutralise removes the apostrophe CsvWriter adds", "[csv]")
{
    CHECK(CsvReader::unneutralise(QStringLiteral("'+6281234567890")) ==
          QStringLiteral("+6281234567890"));
    CHECK(CsvReader::unneutralise(QStringLiteral("'=SUM(A1)")) == QStringLiteral("=SUM(A1)"));
    CHECK(CsvReader::unneutralise(QStringLiteral("'-5")) == QStringLiteral("-5"));
    CHECK(CsvReader::unneutralise(QStringLiteral("'@x")) == QStringLiteral("@x"));
    CHECK(CsvReader::unneutralise(QStringLiteral("'\tx")) == QStringLiteral("\tx"));
    CHECK(CsvReader::unneutralise(QStringLiteral("''=x")) == QStringLiteral("'=x"));
    CHECK(CsvReader::unneutralise(QStringLiteral("'Ndang")) == QStringLiteral("'Ndang"));
    CHECK(CsvReader::unneutralise(QStringLiteral("'")) == QStringLiteral("'"));
    CHECK(CsvReader::unneutralise(QStringLiteral("+62812")) == QStringLiteral("+62812"));
    CHECK(CsvReader::unneutralise(QString()) == QString());
}

TEST_CASE("CsvReader reads a 200 000-row sales file", "[csv]")
{
    constexpr int rows = 200'000;
    QByteArray bytes = "receipt,date,customer_code,sku,qty,unit_price,payment\r\n";
    bytes.reserve(rows * 50);
    for (int i = 0; i < rows; ++i) {
        bytes += 'R' + QByteArray::number(100000 + i) + ",2024-08-17,C" +
                 QByteArray::number(i % 5000) + ',';
        // Every thousandth row has a quoted SKU holding a separator and a doubled quote.
        if (i % 1000 == 999)
            bytes += "\"SKU, \"\"besar\"\"\"";
        else
            bytes += "SKU-" + QByteArray::number(i % 300);
        bytes += ',' + QByteArray::number(i % 7 + 1) + ',' + QByteArray::number(1000 * (i % 90)) +
                 (i % 2 == 0 ? ",cash\r\n" : ",credit\r\n");
    }

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sales.csv"));
    setia::test::writeFile(path, bytes);

    auto reader = CsvReader::open(path);
    SETIA_REQUIRE_OK(reader);
    REQUIRE(reader->header().size() == 7);
    CsvRecord record;
    int count = 0;
    int errors = 0;
    qint64 lastPosition = reader->position();
    while (reader->next(record)) {
        if (!record.ok())
            ++errors;
        if (count == 0) {
            CHECK(record.line == 2);
            CHECK(record.fields ==
                  list({u"R100000", u"2024-08-17", u"C0", u"SKU-0", u"1", u"0", u"cash"}));
        } else if (count == 999) {
            CHECK(record.line == 1001);
            CHECK(record.fields[3] == QStringLiteral("SKU, \"besar\""));
        } else if (count == 123'456) {
            CHECK(record.line == 123'458);
            CHECK(record.fields ==
                  list({u"R223456", u"2024-08-17", u"C3456", u"SKU-156", u"5", u"66000", u"cash"}));
        } else if (count == rows - 1) {
            CHECK(record.line == rows + 1);
            CHECK(record.fields[0] == QStringLiteral("R299999"));
            CHECK(record.fields[6] == QStringLiteral("credit"));
        }
        if (reader->position() < lastPosition)
            FAIL("progress went backwards at row " << count);
        lastPosition = reader->position();
        ++count;
    }
    CHECK(count == rows);
    CHECK(errors == 0);
    CHECK(reader->position() == reader->size());
}
