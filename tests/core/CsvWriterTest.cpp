// CsvWriter: RFC 4180 output that Excel opens with Indonesian text intact, formulas
// neutralised, numbers left alone, and files replaced only when the whole export succeeded.
#include "io/CsvWriter.h"

#include "io/CsvReader.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <csignal>
#include <optional>
#include <sys/resource.h>

using setia::CsvCell;
using setia::CsvReader;
using setia::CsvWriter;
using setia::Error;

namespace {

// What `write` produces, without a BOM unless asked for.
template <typename Write>
QByteArray bytesOf(Write write, CsvWriter::Bom bom = CsvWriter::Bom::Without)
{
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer, bom);
    write(writer);
    SETIA_REQUIRE_OK(writer.commit());
    return buffer.data();
}

QByteArray rowBytes(const QStringList& texts)
{
    return bytesOf([&](CsvWriter& writer) { writer.writeRow(texts); });
}

// While alive, this process may not write files beyond `bytes`: a write that crosses the
// limit is cut short and the next one fails, as on a disk that fills up halfway (EFBIG
// instead of ENOSPC). The signal the kernel sends as well is ignored.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_old);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_old{};
    void (*m_handler)(int) = nullptr;
};

} // namespace

TEST_CASE("CsvWriter quotes only what needs quoting and ends lines with CRLF", "[csv]")
{
    CHECK(rowBytes({QStringLiteral("a"), QStringLiteral("b c"), QString()}) == "a,b c,\r\n");
    CHECK(rowBytes({QStringLiteral("Jl. Merdeka 1, Medan")}) == "\"Jl. Merdeka 1, Medan\"\r\n");
    CHECK(rowBytes({QStringLiteral("Teh; celup")}) == "\"Teh; celup\"\r\n");
    CHECK(rowBytes({QStringLiteral("Toko \"Jaya\"")}) == "\"Toko \"\"Jaya\"\"\"\r\n");
    CHECK(rowBytes({QStringLiteral("two\nlines")}) == "\"two\nlines\"\r\n");
    CHECK(rowBytes({QStringLiteral("cr\rhere")}) == "\"cr\rhere\"\r\n");
    CHECK(rowBytes({QStringLiteral(" padded ")}) == "\" padded \"\r\n");
    CHECK(rowBytes({QStringLiteral("5\" pipa")}) == "\"5\"\" pipa\"\r\n");
    // A lone empty value would be an empty line, which readers skip.
    CHECK(rowBytes({QString()}) == "\"\"\r\n");
    CHECK(rowBytes({QString(), QString()}) == ",\r\n");
    CHECK(rowBytes({QStringLiteral("Café 🌸")}) == QStringLiteral("Café 🌸\r\n").toUtf8());
}

TEST_CASE("CsvWriter neutralises text a spreadsheet would run as a formula", "[csv]")
{
    CHECK(rowBytes({QStringLiteral("=HYPERLINK(\"http://x\")")}) ==
          "\"'=HYPERLINK(\"\"http://x\"\")\"\r\n");
    CHECK(rowBytes({QStringLiteral("+6281234567890")}) == "'+6281234567890\r\n");
    CHECK(rowBytes({QStringLiteral("-1250000")}) == "'-1250000\r\n");
    CHECK(rowBytes({QStringLiteral("@SUM(A1)")}) == "'@SUM(A1)\r\n");
    CHECK(rowBytes({QStringLiteral("\t=1")}) == "\"'\t=1\"\r\n");
    CHECK(rowBytes({QStringLiteral("\r=1")}) == "\"'\r=1\"\r\n");
    CHECK(rowBytes({QStringLiteral("=1,2")}) == "\"'=1,2\"\r\n");
    // Apostrophes before a formula character get one more, so unneutralise() is exact.
    CHECK(rowBytes({QStringLiteral("'=1")}) == "''=1\r\n");
    // Nothing else is touched.
    CHECK(rowBytes({QStringLiteral("'Ndang")}) == "'Ndang\r\n");
    CHECK(rowBytes({QStringLiteral("Budi = Bapak")}) == "Budi = Bapak\r\n");
    CHECK(rowBytes({QStringLiteral("0812-3456-7890")}) == "0812-3456-7890\r\n");

    CHECK(CsvWriter::neutralise(QStringLiteral("=x")) == QStringLiteral("'=x"));
    CHECK(CsvWriter::neutralise(QStringLiteral("x=")) == QStringLiteral("x="));
    CHECK(CsvWriter::neutralise(QString()) == QString());
}

TEST_CASE("CsvWriter leaves number cells as they are", "[csv]")
{
    const QByteArray bytes = bytesOf([](CsvWriter& writer) {
        writer.writeRow({CsvCell(qint64{-1'250'000}), CsvCell(3),
                         CsvCell::numeric(QStringLiteral("+6281234567890")),
                         CsvCell::numeric(QStringLiteral("-2,5")), QStringLiteral("-5")});
    });
    CHECK(bytes == "-1250000,3,+6281234567890,\"-2,5\",'-5\r\n");

    SECTION("a number cell that does not look like a number is neutralised all the same")
    {
        CHECK(bytesOf([](CsvWriter& writer) {
                  writer.writeRow({CsvCell::numeric(QStringLiteral("=1+1")),
                                   CsvCell::numeric(QStringLiteral("-1+cmd|' /C calc'!A0")),
                                   CsvCell::numeric(QStringLiteral("+62 812"))});
              }) == "'=1+1,'-1+cmd|' /C calc'!A0,'+62 812\r\n");
    }
    SECTION("a list of cells and a list of texts write alike")
    {
        const QList<CsvCell> cells = {QStringLiteral("C1"), qint64{5}};
        CHECK(bytesOf([&](CsvWriter& writer) { writer.writeRow(cells); }) == "C1,5\r\n");
    }
}

TEST_CASE("CsvWriter writes a UTF-8 BOM unless told not to", "[csv]")
{
    const auto header = [](CsvWriter& writer) {
        writer.writeRow({QStringLiteral("code"), QStringLiteral("name")});
    };
    CHECK(bytesOf(header, CsvWriter::Bom::With) == "\xEF\xBB\xBF"
                                                   "code,name\r\n");
    CHECK(bytesOf(header, CsvWriter::Bom::Without) == "code,name\r\n");

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    auto writer = CsvWriter::create(path);
    SETIA_REQUIRE_OK(writer);
    header(writer.value());
    CHECK(writer->rowsWritten() == 1);
    SETIA_REQUIRE_OK(writer->commit());
    CHECK(setia::test::fileBytes(path) == "\xEF\xBB\xBF"
                                          "code,name\r\n");
}

TEST_CASE("What CsvWriter writes, CsvReader reads back", "[csv]")
{
    const QStringList nasty = {
        QStringLiteral("plain"),
        QStringLiteral("Toko \"Jaya\" Abadi"),
        QStringLiteral("\""),
        QStringLiteral("\"\""),
        QStringLiteral("a,b;c"),
        QStringLiteral("baris satu\nbaris dua\r\nbaris tiga\rempat"),
        QStringLiteral("Ibu Siti Nurhaliza — Jl. Kebon Jeruk No. 5, Jakarta Barat"),
        QStringLiteral("🌸🛒💰 terima kasih 🙏"),
        QStringLiteral("Café Déjà-vu"),
        QStringLiteral("=SUM(A1:A9)"),
        QStringLiteral("+6281234567890"),
        QStringLiteral("-1.250.000"),
        QStringLiteral("@kopi"),
        QStringLiteral("\tTab"),
        QStringLiteral("'=already"),
        QStringLiteral("'Ndang"),
        QStringLiteral("  spasi  "),
        QString(),
        QStringLiteral(","),
        QStringLiteral("\n"),
    };
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("nasty.csv"));
    {
        auto writer = CsvWriter::create(path);
        SETIA_REQUIRE_OK(writer);
        writer->writeRow({QStringLiteral("value"), QStringLiteral("amount")});
        for (qsizetype i = 0; i < nasty.size(); ++i)
            writer->writeRow({nasty[i], CsvCell(-i)});
        SETIA_REQUIRE_OK(writer->commit());
    }

    auto reader = CsvReader::open(path);
    SETIA_REQUIRE_OK(reader);
    CHECK(reader->encoding() == QStringLiteral("UTF-8"));
    CHECK(reader->header() == QStringList{QStringLiteral("value"), QStringLiteral("amount")});
    const auto records = reader->readAll();
    REQUIRE(records.size() == nasty.size());
    for (qsizetype i = 0; i < nasty.size(); ++i) {
        INFO("value " << i);
        CHECK(records[i].ok());
        CHECK(CsvReader::unneutralise(records[i].fields.at(0)) == nasty[i]);
        CHECK(records[i].fields.at(1) == QString::number(-i));
    }

    SECTION("a one-column file keeps its empty values")
    {
        const QByteArray bytes = bytesOf([](CsvWriter& writer) {
            writer.writeRow({QStringLiteral("note")});
            writer.writeRow({QString()});
            writer.writeRow({QStringLiteral("x")});
        });
        auto single = CsvReader::fromBytes(bytes);
        SETIA_REQUIRE_OK(single);
        const auto rows = single->readAll();
        REQUIRE(rows.size() == 2);
        CHECK(rows[0].fields == QStringList{QString()});
    }
}

TEST_CASE("CsvWriter replaces a file only when the export is committed", "[csv]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("customers.csv"));
    setia::test::writeFile(path, "old export\r\n");

    {
        auto writer = CsvWriter::create(path);
        SETIA_REQUIRE_OK(writer);
        writer->writeRow({QStringLiteral("new export")});
        // Abandoned (an error halfway, the user cancelled): never committed.
    }
    CHECK(setia::test::fileBytes(path) == "old export\r\n");
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("customers.csv")});

    auto writer = CsvWriter::create(path, CsvWriter::Bom::Without);
    SETIA_REQUIRE_OK(writer);
    writer->writeRow({QStringLiteral("new export")});
    CHECK(setia::test::fileBytes(path) == "old export\r\n");
    SETIA_REQUIRE_OK(writer->commit());
    CHECK(setia::test::fileBytes(path) == "new export\r\n");
    // Rows after commit() are ignored, and a second commit() changes nothing.
    writer->writeRow({QStringLiteral("late")});
    SETIA_REQUIRE_OK(writer->commit());
    CHECK(setia::test::fileBytes(path) == "new export\r\n");
}

TEST_CASE("CsvWriter says why it cannot write", "[csv]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SECTION("the folder does not exist")
    {
        const QString path = dir.filePath(QStringLiteral("tidak-ada/export.csv"));
        auto writer = CsvWriter::create(path);
        REQUIRE_FALSE(writer.ok());
        CHECK(writer.error().kind() == Error::Kind::Io);
        CHECK(writer.error().message().contains(QStringLiteral("does not exist")));
        CHECK(writer.error().message().contains(QStringLiteral("export.csv")));
        CHECK_FALSE(QFile::exists(path));
    }
    SECTION("the path is a folder")
    {
        const QString path = dir.filePath(QStringLiteral("folder.csv"));
        REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("folder.csv")));
        auto writer = CsvWriter::create(path);
        REQUIRE_FALSE(writer.ok());
        CHECK(writer.error().kind() == Error::Kind::Io);
    }
    SECTION("the disk is full")
    {
        // /dev/full refuses every write with ENOSPC, as a full disk does.
        QFile full(QStringLiteral("/dev/full"));
        if (!full.open(QIODevice::WriteOnly))
            return;
        CsvWriter writer(&full);
        for (int i = 0; i < 10; ++i)
            writer.writeRow({QStringLiteral("row"), QString::number(i)});
        const setia::Status committed = writer.commit();
        REQUIRE_FALSE(committed.ok());
        CHECK(committed.error().kind() == Error::Kind::DiskFull);
        CHECK(committed.error().message().startsWith(QStringLiteral("The disk is full")));
    }
}

TEST_CASE("CsvWriter keeps the old file when the disk fills up halfway", "[csv]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sales.csv"));
    // 3 000 rows (77 kB) go out in one write at commit() that the limit cuts short — the
    // case that once replaced the file with a truncated copy and reported success; 20 000
    // rows fill several blocks before commit().
    for (const int rows : {3'000, 20'000}) {
        INFO(rows << " rows");
        setia::test::writeFile(path, "old export\r\n");
        auto writer = CsvWriter::create(path);
        SETIA_REQUIRE_OK(writer);
        std::optional<setia::Status> committed;
        {
            const FileSizeLimit limit(64 * 1024);
            for (int i = 0; i < rows; ++i)
                writer->writeRow(
                    {QStringLiteral("R%1").arg(i), QStringLiteral("Toko Sumber Rejeki")});
            committed = writer->commit();
        }
        REQUIRE_FALSE(committed->ok());
        CHECK(committed->error().kind() == Error::Kind::Io);
        CHECK(committed->error().message().contains(QStringLiteral("sales.csv")));
        CHECK(setia::test::fileBytes(path) == "old export\r\n");
        CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("sales.csv")});
    }
}
