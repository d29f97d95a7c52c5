// CsvReader against SPEC §8: UTF-8 with or without BOM (Windows-1252 when not UTF-8), comma
// or semicolon, RFC 4180 quoting, line numbers that match a text editor, and per-row errors
// that say what to fix.
#include "io/CsvReader.h"

#include "support/CatchQt.h"
#include "support/TempDatabase.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QStringDecoder>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <csignal>
#include <pthread.h>
#include <thread>
#include <unistd.h>
#endif

using setia::CsvLimits;
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

// The size CsvReader's messages give for `bytes`, in the tests' locale.
QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeSIFormat);
}

// Everything a reader gives for `bytes`, one line per row, for comparing two readings.
QStringList describe(const QByteArray& bytes, const CsvLimits& limits = {})
{
    auto reader = CsvReader::fromBytes(bytes, limits);
    if (!reader)
        return {QStringLiteral("error: ") + reader.error().message()};
    QStringList lines{reader->encoding(), QString(reader->separator()), reader->header().join(u'|'),
                      QString::number(reader->headerLine())};
    CsvRecord record;
    while (reader->next(record))
        lines.append(QString::number(record.line) + u'|' + record.fields.join(u'\x1f') + u'|' +
                     record.error);
    lines.append(QString::number(reader->position()) + u'/' + QString::number(reader->size()));
    return lines;
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

TEST_CASE("CsvReader detects the separator past a quote inside an unquoted header name", "[csv]")
{
    // Found by fuzzing: a quote in the middle of a name is an ordinary character, as the
    // header row is parsed; counting it as an opening quote skipped the separators after it
    // and counted those of the rows below instead.
    CsvReader reader = readerOf("pipa 5\";nama;kota\n1;\"a,b,c,d\";x\n");
    CHECK(reader.separator() == QLatin1Char(';'));
    CHECK(reader.header() == list({u"pipa 5\"", u"nama", u"kota"}));
    const auto records = reader.readAll();
    REQUIRE(records.size() == 1);
    CHECK(records[0].fields == list({u"1", u"a,b,c,d", u"x"}));
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

TEST_CASE("CsvReader reads the same rows whatever the size of the chunks it reads", "[csv]")
{
    QByteArray utf16;
    {
        const QString text = QStringLiteral("nama,catatan\r\nIbu Siti 🌸,\"dua\r\nbaris\"\r\n");
        utf16 = "\xFF\xFE";
        for (const QChar c : text) {
            utf16.append(static_cast<char>(c.unicode() & 0xFF));
            utf16.append(static_cast<char>(c.unicode() >> 8));
        }
    }
    const QList<QByteArray> files = {
        "code,address,note\r\nC1,\"Jl. Sudirman\r\nBlok B\",\"Toko \"\"Jaya\"\"\"\r\n\r\n,,\r\n"
        "C2,5\" pipa,\"\"\r\n",
        QByteArray("\xEF\xBB\xBF") + QStringLiteral("nama\nIbu Siti 🌸 Café\nBudi €\n").toUtf8(),
        "name,note\nCaf\xe9,\x93"
        "bagus\x94 \x80"
        "5\n",
        utf16,
        "a;b\r1;2\r\r3;\"4\r5\"\r",
        "a,b\n1,\"never closed\n2,3\n",
        "\"abc\"x,1\n\"spaces after\"  ,3\n1,2,3\n",
    };
    for (const QByteArray& bytes : files) {
        INFO("file: " << bytes.toStdString());
        const QStringList whole = describe(bytes);
        for (qint64 chunk = 1; chunk <= 9; ++chunk) {
            INFO("chunks of " << chunk << " bytes");
            CsvLimits limits;
            limits.chunkBytes = chunk;
            CHECK(describe(bytes, limits) == whole);
        }
    }
}

TEST_CASE("CsvReader counts a BOM in its progress, as the file's bytes", "[csv]")
{
    CsvReader reader = readerOf("\xEF\xBB\xBFkode\nM1\n");
    CHECK(reader.size() == 11);
    CHECK(reader.position() == 8);
    CHECK(reader.readAll().size() == 1);
    CHECK(reader.position() == 11);
    CHECK(reader.status().ok());
}

TEST_CASE("CsvReader decides the encoding on the first megabyte of a file", "[csv]")
{
    QByteArray ascii = "name,note\n";
    while (ascii.size() <= (1 << 20))
        ascii += "Budi Santoso,pelanggan lama dari Medan\n";

    SECTION("a Windows-1252 byte after it is read as Windows-1252, the rest as UTF-8")
    {
        CsvReader reader = readerOf(ascii + "Caf\xe9,\x93ok\x94\nJos\xc3\xa9,\xe2\x82\xac\n");
        CHECK(reader.encoding() == QStringLiteral("UTF-8"));
        const auto records = reader.readAll();
        REQUIRE(records.size() >= 2);
        CHECK(records.at(records.size() - 2).fields == list({u"Café", u"“ok”"}));
        CHECK(records.last().fields == list({u"José", u"€"}));
    }
    SECTION("a Windows-1252 byte within it makes the whole file Windows-1252, as before")
    {
        CsvReader reader =
            readerOf("name,note\nCaf\xe9,x\n" + ascii.sliced(10) + "Jos\xc3\xa9,x\n");
        CHECK(reader.encoding() == QStringLiteral("Windows-1252"));
        CHECK(reader.readAll().last().fields == list({u"JosÃ©", u"x"}));
    }
}

TEST_CASE("CsvReader refuses a file above the size limit and says to split it", "[csv][limits]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("penjualan.csv"));
    const QByteArray bytes = "code,name\nC1,Budi\nC2,Sari\n";
    setia::test::writeFile(path, bytes);

    CsvLimits limits;
    limits.fileBytes = bytes.size();
    SETIA_REQUIRE_OK(CsvReader::open(path, limits));
    SETIA_REQUIRE_OK(CsvReader::fromBytes(bytes, limits));

    limits.fileBytes = bytes.size() - 1;
    for (const auto& over : {CsvReader::open(path, limits), CsvReader::fromBytes(bytes, limits)}) {
        REQUIRE_FALSE(over.ok());
        CHECK(over.error().kind() == Error::Kind::Validation);
        CHECK(over.error().message().contains(sizeText(limits.fileBytes)));
        CHECK(over.error().message().contains(QStringLiteral("Split it into smaller files")));
    }
    CHECK(CsvReader::open(path, limits).error().message().startsWith(path));

    SECTION("the default limit is 2 GB, checked before anything is read")
    {
        // A sparse file: 2 GB and a byte, taking no room on the disk.
        QFile big(dir.filePath(QStringLiteral("besar.csv")));
        REQUIRE(big.open(QIODevice::WriteOnly));
        REQUIRE(big.resize(CsvLimits{}.fileBytes + 1));
        big.close();
        auto refused = CsvReader::open(big.fileName());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message().contains(QStringLiteral("more than the 2 GB Setia reads")));
    }
}

TEST_CASE("CsvReader stops at a row longer than the row limit", "[csv][limits]")
{
    CsvLimits limits;
    limits.rowBytes = 20;
    const QByteArray exact = QByteArray(18, 'x') + ",y"; // 20 bytes
    const QByteArray over = QByteArray(19, 'x') + ",y";  // 21 bytes

    auto reader = CsvReader::fromBytes("a,b\n" + exact + "\r\n3,4\n", limits);
    SETIA_REQUIRE_OK(reader);
    CHECK(reader->readAll().size() == 2);

    const auto records = CsvReader::fromBytes("a,b\n1,2\n" + over + "\n3,4\n", limits)->readAll();
    REQUIRE(records.size() == 2);
    CHECK(records[0].ok());
    CHECK(records[1].line == 3);
    CHECK(records[1].error == QStringLiteral("Line 3 is longer than %1, the most Setia reads in "
                                             "one row, so the rest of the file was not read. "
                                             "Check that the file is the CSV file you meant and "
                                             "that each row ends with a line break.")
                                  .arg(sizeText(20)));

    SECTION("at the end of the file too")
    {
        const auto last = CsvReader::fromBytes("a,b\n" + over, limits)->readAll();
        REQUIRE(last.size() == 1);
        CHECK(last[0].error.startsWith(QStringLiteral("Line 2 is longer than")));
        const auto fitting = CsvReader::fromBytes("a,b\n" + exact, limits)->readAll();
        REQUIRE(fitting.size() == 1);
        CHECK(fitting[0].ok());
    }
    SECTION("a quote never closed in a file longer than the limit stops there")
    {
        QByteArray bytes = "a,b\n1,2\n3,\"open\n";
        for (int i = 0; i < 100; ++i)
            bytes += "5,6\n";
        auto quoted = CsvReader::fromBytes(bytes, limits);
        const auto rows = quoted->readAll();
        REQUIRE(rows.size() == 2);
        CHECK(rows[1].line == 3);
        CHECK(rows[1].error.startsWith(
            QStringLiteral("Line 3: a value opens a double quote (\") that is not closed within %1")
                .arg(sizeText(20))));
        CHECK(quoted->atEnd());
        CHECK(quoted->position() == quoted->size());
        CHECK(quoted->status().ok()); // an error of a row, reported with it
    }
    SECTION("a header row longer than the limit: the file cannot be read")
    {
        auto header = CsvReader::fromBytes(over + "\n1,2\n", limits);
        REQUIRE_FALSE(header.ok());
        CHECK(header.error().message().startsWith(QStringLiteral("Line 1 is longer than")));
    }
    SECTION("the default limit is 1 MB")
    {
        const auto big = recordsOf("a\n" + QByteArray(1'000'000, 'x') + "\n" +
                                   QByteArray(1'000'001, 'y') + "\nz\n");
        REQUIRE(big.size() == 2);
        CHECK(big[0].ok());
        CHECK(big[0].fields[0].size() == 1'000'000);
        CHECK(big[1].error.startsWith(QStringLiteral("Line 3 is longer than 1 MB")));
    }
}

TEST_CASE("CsvReader reports binary data past the first megabyte at its line", "[csv]")
{
    QByteArray bytes = "kode,nama\n";
    int rows = 0;
    while (bytes.size() <= (1 << 20) + 4096) {
        bytes += "M" + QByteArray::number(++rows) + ",Pelanggan\n";
    }
    bytes += QByteArray("M0,\x00\x00\x00\n", 7) + "M1,Budi\n";
    auto reader = CsvReader::fromBytes(bytes);
    SETIA_REQUIRE_OK(reader);
    const auto records = reader->readAll();
    REQUIRE_FALSE(records.isEmpty());
    const QString expected =
        QStringLiteral("Line %1 holds binary data (a zero byte): this is not a CSV file, or it is "
                       "damaged from there on.")
            .arg(rows + 2);
    CHECK(records.last().error.startsWith(expected));
    REQUIRE_FALSE(reader->status().ok());
    CHECK(reader->status().error().kind() == Error::Kind::Validation);
    CHECK(reader->status().error().message() == records.last().error);
    for (qsizetype i = 0; i + 1 < records.size(); ++i)
        REQUIRE(records[i].ok());
}

TEST_CASE("A copy of a CsvReader reads on from where the original stood", "[csv]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("pelanggan.csv"));
    QByteArray bytes = "kode,nama\n";
    for (int i = 0; i < 50; ++i)
        bytes += "M" + QByteArray::number(i) + ",Pelanggan " + QByteArray::number(i) + "\n";
    setia::test::writeFile(path, bytes);
    CsvLimits limits;
    limits.rowBytes = 32;
    limits.chunkBytes = 16; // refills all the time, each from the copy's own place
    auto reader = CsvReader::open(path, limits);
    SETIA_REQUIRE_OK(reader);
    CsvRecord record;
    REQUIRE(reader->next(record));
    CsvReader copy = reader.value();
    const auto fromOriginal = reader->readAll();
    const auto fromCopy = copy.readAll();
    REQUIRE(fromOriginal.size() == 49);
    REQUIRE(fromCopy.size() == 49);
    for (int i = 0; i < 49; ++i) {
        CHECK(fromOriginal[i].line == i + 3);
        CHECK(fromCopy[i].fields == fromOriginal[i].fields);
    }
}

TEST_CASE("CsvReader stops when the file changes while it reads", "[csv]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("pelanggan.csv"));
    QByteArray bytes = "kode,nama\n";
    for (int i = 0; bytes.size() < 3 * (1 << 20); ++i)
        bytes += "M" + QByteArray::number(i) + ",Pelanggan\n";
    setia::test::writeFile(path, bytes);
    auto reader = CsvReader::open(path);
    SETIA_REQUIRE_OK(reader);
    CsvRecord record;
    REQUIRE(reader->next(record));
    // A spreadsheet saves the file again while the import dialog is open.
    setia::test::writeFile(path, bytes + "M9,Baru\n");
    const auto records = reader->readAll();
    REQUIRE_FALSE(records.isEmpty());
    CHECK(records.last().error.startsWith(
        path + QStringLiteral(" was changed by another program while Setia was reading it.")));
    REQUIRE_FALSE(reader->status().ok());
    CHECK(reader->status().error().kind() == Error::Kind::Io);
}

TEST_CASE("CsvReader reads a 50 MB file in bounded memory", "[csv][limits]")
{
    // One megabyte of sales rows, written fifty times: the test does not hold the file either.
    QByteArray block;
    int blockRows = 0;
    while (block.size() < (1 << 20) - 100) {
        block += "PJ261122-" + QByteArray::number(100000 + blockRows) +
                 ",2026-11-22 10:15,M000123,KOPI-01,2,18000,cash\n";
        ++blockRows;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("penjualan.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write("receipt,date,customer_code,sku,qty,unit_price,payment\n") > 0);
        for (int i = 0; i < 50; ++i)
            REQUIRE(file.write(block) == block.size());
    }
    auto reader = CsvReader::open(path);
    SETIA_REQUIRE_OK(reader);
    REQUIRE(reader->size() > 50 * block.size());
    CsvRecord record;
    int rows = 0;
    int errors = 0;
    qsizetype mostHeld = 0;
    while (reader->next(record)) {
        ++rows;
        if (!record.ok())
            ++errors;
        mostHeld = std::max(mostHeld, reader->heldBytes());
    }
    CHECK(rows == 50 * blockRows);
    CHECK(errors == 0);
    CHECK(reader->position() == reader->size());
    // The read-ahead is a few megabytes (1 MB for the longest row, 1 MB chunks), not the file.
    INFO("held at most " << mostHeld << " bytes");
    CHECK(mostHeld <= 8 * 1024 * 1024);
}

#ifdef Q_OS_UNIX
namespace {

// A pipe with a thread writing `head`, then `repeated` over and over until the reading end
// is closed (or `times` times, then it closes). Its path is /dev/fd/N; destroying the reader
// that opened it ends the writer.
class EndlessPipe
{
public:
    EndlessPipe(QByteArray head, QByteArray repeated, qint64 times = -1)
    {
        REQUIRE(::pipe(m_fds) == 0);
        m_writer = std::thread([fd = m_fds[1], head, repeated, times] {
            // A write to a pipe nobody reads raises SIGPIPE: blocked here, write() fails.
            sigset_t pipeSignal;
            sigemptyset(&pipeSignal);
            sigaddset(&pipeSignal, SIGPIPE);
            pthread_sigmask(SIG_BLOCK, &pipeSignal, nullptr);
            bool open = ::write(fd, head.constData(), static_cast<std::size_t>(head.size())) >= 0;
            for (qint64 i = 0; open && i != times; ++i)
                open = ::write(fd, repeated.constData(),
                               static_cast<std::size_t>(repeated.size())) >= 0;
            ::close(fd);
        });
    }
    ~EndlessPipe()
    {
        closeReadEnd();
        m_writer.join();
    }
    QString path() const { return QStringLiteral("/dev/fd/%1").arg(m_fds[0]); }
    // The reader opens a descriptor of its own; this one must go for the writer to stop.
    void closeReadEnd()
    {
        if (m_fds[0] >= 0)
            ::close(m_fds[0]);
        m_fds[0] = -1;
    }

private:
    int m_fds[2] = {-1, -1};
    std::thread m_writer;
};

} // namespace

TEST_CASE("CsvReader ends /dev/zero and endless streams with a message", "[csv][limits]")
{
    auto zero = CsvReader::open(QStringLiteral("/dev/zero"));
    REQUIRE_FALSE(zero.ok());
    CHECK(zero.error().kind() == Error::Kind::Validation);
    CHECK(zero.error().message().startsWith(QStringLiteral("This is not a CSV file")));

    SECTION("rows without end stop at the size limit, and the reader says it failed")
    {
        EndlessPipe pipe("kode,nama\n", "M1,Budi\n");
        CsvLimits limits;
        limits.fileBytes = 3'000'000; // past the first megabyte, which opening reads
        auto reader = CsvReader::open(pipe.path(), limits);
        pipe.closeReadEnd();
        SETIA_REQUIRE_OK(reader);
        const auto records = reader->readAll();
        REQUIRE(records.size() > 1000);
        CHECK(records.first().fields == list({u"M1", u"Budi"}));
        const QString& last = records.last().error;
        CHECK(last.startsWith(QStringLiteral("The file goes on past %1, the most Setia reads in "
                                             "one import, so Setia stopped reading it at line %2.")
                                  .arg(sizeText(3'000'000))
                                  .arg(records.last().line)));
        CHECK(last.contains(QStringLiteral("Split it into smaller files")));
        REQUIRE_FALSE(reader->status().ok());
        CHECK(reader->status().error().message() == last);
        CHECK(reader->atEnd());
    }
    SECTION("a line without end stops at the row limit")
    {
        EndlessPipe pipe("kode,nama\nM1,", QByteArray(4096, 'x'));
        auto reader = CsvReader::open(pipe.path());
        pipe.closeReadEnd();
        SETIA_REQUIRE_OK(reader);
        const auto records = reader->readAll();
        REQUIRE(records.size() == 1);
        CHECK(records[0].error.startsWith(QStringLiteral("Line 2 is longer than 1 MB")));
    }
    SECTION("a copy cannot read again what another copy read of a pipe")
    {
        // More than the first megabyte, which the reader takes in when it opens the pipe.
        EndlessPipe pipe("kode,nama\n", "M1,Budi\n", 200'000);
        auto reader = CsvReader::open(pipe.path());
        pipe.closeReadEnd();
        SETIA_REQUIRE_OK(reader);
        CsvReader copy = reader.value();
        const auto records = reader->readAll();
        CHECK(records.size() == 200'000);
        CHECK(reader->status().ok());
        const auto again = copy.readAll();
        REQUIRE_FALSE(again.isEmpty());
        CHECK(again.last().error.contains(QStringLiteral("so Setia can read it only once")));
        CHECK(again.size() < records.size());
    }
}
#endif
