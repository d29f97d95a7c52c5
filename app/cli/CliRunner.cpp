#include "cli/CliRunner.h"

#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "io/CsvColumns.h"
#include "io/CsvWriter.h"
#include "io/RejectsFile.h"
#include "reports/CustomerCardReport.h"
#include "services/Backend.h"
#include "services/CustomerCardService.h"
#include "services/CustomerService.h"
#include "services/PaymentService.h"
#include "services/ProductService.h"
#include "services/SaleService.h"
#include "services/SegmentService.h"
#include "services/SettingsService.h"
#include "services/TargetSheetService.h"
#include "services/exchange/ExportService.h"
#include "services/exchange/ImportService.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace setia {
namespace {

const QString usage = QStringLiteral(
    "Usage: setia-cli [--db FILE] [--lang id|en] COMMAND [OPTIONS]\n"
    "\n"
    "Commands:\n"
    "  init                                        create or upgrade the database\n"
    "  demo [--customers N] [--sales N] [--seed S] [--end YYYY-MM-DD]\n"
    "                                              fill a new database with demo data\n"
    "  stats                                       counts as \"key: value\" lines\n"
    "  import customers|products|sales|payments FILE.csv [--dry-run] [--rejects FILE]\n"
    "                                              import a CSV file (SPEC §8)\n"
    "  export customers|products|sales|payments FILE.csv\n"
    "                                              export as CSV\n"
    "  targets --date YYYY-MM-DD [--salesperson NAME] -o FILE.pdf|FILE.csv [--paper a4|f4]\n"
    "                                              the daily sales target sheet (SPEC §7)\n"
    "  export segments FILE.csv [--as-of YYYY-MM-DD]\n"
    "                                              every customer's segments as CSV\n"
    "  card CODE -o FILE.pdf [--paper a4|f4] [--as-of YYYY-MM-DD]\n"
    "                                              a customer's record card as PDF\n"
    "  segments [--as-of YYYY-MM-DD]               every customer's segments as CSV on\n"
    "                                              stdout (SPEC §8)\n"
    "\n"
    "Exit codes: 0 done, 1 failed, 2 wrong command line, 3 imported with rejected rows.\n");

} // namespace

CliRunner::CliRunner(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{}

int CliRunner::usageError(const QString& message)
{
    m_err << message << '\n' << usage;
    m_err.flush();
    return 2;
}

int CliRunner::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption customersOption(QStringLiteral("customers"), QString(),
                                             QStringLiteral("N"));
    const QCommandLineOption salesOption(QStringLiteral("sales"), QString(), QStringLiteral("N"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QString(), QStringLiteral("S"));
    const QCommandLineOption endOption(QStringLiteral("end"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"));
    const QCommandLineOption rejectsOption(QStringLiteral("rejects"), QString(),
                                           QStringLiteral("FILE"));
    const QCommandLineOption outputOption(
        QStringList{QStringLiteral("o"), QStringLiteral("output")}, QString(),
        QStringLiteral("FILE"));
    const QCommandLineOption paperOption(QStringLiteral("paper"), QString(),
                                         QStringLiteral("PAPER"));
    const QCommandLineOption asOfOption(QStringLiteral("as-of"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption dateOption(QStringLiteral("date"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption salespersonOption(QStringLiteral("salesperson"), QString(),
                                               QStringLiteral("NAME"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({dbOption, langOption, customersOption, salesOption, seedOption, endOption,
                       dryRunOption, rejectsOption, outputOption, paperOption, asOfOption,
                       dateOption, salespersonOption, helpOption});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        m_out << usage;
        m_out.flush();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("Name a command."));
    const QString command = positional.first();
    const QStringList known = {QStringLiteral("init"),     QStringLiteral("demo"),
                               QStringLiteral("stats"),    QStringLiteral("import"),
                               QStringLiteral("export"),   QStringLiteral("card"),
                               QStringLiteral("segments"), QStringLiteral("targets")};
    if (!known.contains(command))
        return usageError(tr("Unknown command: %1").arg(command));
    const bool transfer = command == QLatin1String("import") || command == QLatin1String("export");
    const bool card = command == QLatin1String("card");
    const bool segments = command == QLatin1String("segments");
    const bool targets = command == QLatin1String("targets");
    const qsizetype expected = transfer ? 3 : card ? 2 : 1;
    if (positional.size() > expected)
        return usageError(tr("Unexpected argument: %1").arg(positional.at(expected)));
    std::optional<ImportKind> kind;
    const bool segmentFile = command == QLatin1String("export") && positional.size() == 3 &&
                             positional.at(1) == QLatin1String("segments");
    if (transfer && !segmentFile) {
        if (positional.size() < 3)
            return usageError(tr("%1 needs what (customers, products, sales or payments) and a "
                                 "file name.")
                                  .arg(command));
        kind = CsvColumns::kindFromId(positional.at(1));
        if (!kind)
            return usageError(tr("Cannot %1 \"%2\": choose customers, products, sales or "
                                 "payments.")
                                  .arg(command, positional.at(1)));
    }
    if (!targets) {
        for (const QCommandLineOption& option : {dateOption, salespersonOption}) {
            if (parser.isSet(option))
                return usageError(
                    tr("--%1 belongs to the targets command.").arg(option.names().first()));
        }
    }
    if (!card && !targets) {
        for (const QCommandLineOption& option : {outputOption, paperOption}) {
            if (parser.isSet(option))
                return usageError(tr("--%1 belongs to the card and targets commands.")
                                      .arg(option.names().last()));
        }
        if (!segments && !segmentFile && parser.isSet(asOfOption))
            return usageError(tr("--as-of belongs to the card and segments commands."));
    }
    QDate asOf;
    if (parser.isSet(asOfOption)) {
        asOf = QDate::fromString(parser.value(asOfOption), Qt::ISODate);
        if (!asOf.isValid())
            return usageError(tr("--as-of takes a date as YYYY-MM-DD."));
    }
    CardRequest cardRequest;
    if (card) {
        if (positional.size() < 2 || !parser.isSet(outputOption))
            return usageError(tr("card needs a member code and -o FILE.pdf."));
        cardRequest.code = positional.at(1);
        cardRequest.output = parser.value(outputOption);
        const auto paper = paper::parse(
            parser.value(paperOption).isEmpty() ? QStringLiteral("a4") : parser.value(paperOption));
        if (!paper)
            return usageError(tr("--paper takes a4, f4 or letter."));
        cardRequest.paper = *paper;
        cardRequest.asOf = asOf;
    }
    TargetRequest targetRequest;
    if (targets) {
        targetRequest.day = QDate::fromString(parser.value(dateOption), Qt::ISODate);
        targetRequest.salesperson = parser.value(salespersonOption).trimmed();
        targetRequest.output = parser.value(outputOption);
        const QString suffix = QFileInfo(targetRequest.output).suffix().toLower();
        if (!targetRequest.day.isValid() || targetRequest.output.isEmpty() ||
            (suffix != QLatin1String("pdf") && suffix != QLatin1String("csv")))
            return usageError(tr("targets needs --date YYYY-MM-DD and -o FILE.pdf or FILE.csv."));
        const auto paper = paper::parse(
            parser.value(paperOption).isEmpty() ? QStringLiteral("a4") : parser.value(paperOption));
        if (!paper)
            return usageError(tr("--paper takes a4, f4 or letter."));
        targetRequest.paper = *paper;
    }
    if (command != QLatin1String("import")) {
        for (const QCommandLineOption& option : {dryRunOption, rejectsOption}) {
            if (parser.isSet(option))
                return usageError(
                    tr("--%1 belongs to the import command.").arg(option.names().first()));
        }
    }
    if (command != QLatin1String("demo")) {
        for (const QCommandLineOption& option :
             {customersOption, seedOption, endOption, salesOption}) {
            if (parser.isSet(option))
                return usageError(
                    tr("--%1 belongs to the demo command.").arg(option.names().first()));
        }
    }

    SystemClock clock;
    // The whole command line is checked before the database is opened: a wrong one must not
    // create or change a file.
    DemoOptions demoOptions;
    if (command == QLatin1String("demo")) {
        QStringList values;
        for (const QCommandLineOption& option :
             {customersOption, seedOption, endOption, salesOption})
            values << (parser.isSet(option) ? parser.value(option) : QString());
        if (const int status = parseDemoOptions(values, clock, demoOptions); status != 0)
            return status;
    }

    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : Backend::defaultDatabasePath();
    auto backend = Backend::open(path, clock, QStringLiteral("setia-cli"));
    if (!backend) {
        m_err << tr("Error: %1").arg(backend.error().message()) << '\n';
        m_err.flush();
        return 1;
    }
    if (command == QLatin1String("init"))
        return init(**backend);
    if (command == QLatin1String("stats"))
        return stats(**backend);
    if (command == QLatin1String("import"))
        return importFile(**backend, *kind, positional.at(2), parser.isSet(dryRunOption),
                          parser.value(rejectsOption));
    if (segmentFile)
        return exportSegments(**backend, asOf.isValid() ? asOf : clock.today(), positional.at(2));
    if (command == QLatin1String("export"))
        return exportFile(**backend, *kind, positional.at(2));
    if (card)
        return printCard(**backend, cardRequest);
    if (targets)
        return printTargets(**backend, targetRequest);
    if (segments)
        return printSegments(**backend, asOf.isValid() ? asOf : clock.today());
    return demo(**backend, demoOptions);
}

int CliRunner::printSegments(Backend& backend, const QDate& asOf)
{
    auto computed = backend.segments().segments(asOf);
    if (!computed) {
        m_err << tr("Error: %1").arg(computed.error().message()) << '\n';
        m_err.flush();
        return 1;
    }
    m_out.flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        m_err << tr("Error: %1").arg(out.errorString()) << '\n';
        m_err.flush();
        return 1;
    }
    CsvWriter writer(&out, CsvWriter::Bom::Without);
    SegmentService::writeCsv(writer, *computed);
    if (Status written = writer.commit(); !written) {
        m_err << tr("Error: %1").arg(written.error().message()) << '\n';
        m_err.flush();
        return 1;
    }
    return 0;
}

int CliRunner::init(Backend& backend)
{
    m_out << tr("Database ready: %1 (data version %2)")
                 .arg(QDir::toNativeSeparators(backend.databasePath()))
                 .arg(backend.schemaVersion())
          << '\n';
    if (!backend.upgradeBackupPath().isEmpty())
        m_out << tr("The file was upgraded; its earlier version was copied to %1")
                     .arg(QDir::toNativeSeparators(backend.upgradeBackupPath()))
              << '\n';
    m_out.flush();
    return 0;
}

int CliRunner::parseDemoOptions(const QStringList& options, const Clock& clock, DemoOptions& demo)
{
    if (!options.at(0).isEmpty()) {
        bool ok = false;
        demo.customers = options.at(0).toInt(&ok);
        if (!ok || demo.customers < 0 || demo.customers > DemoGenerator::maxCustomers)
            return usageError(tr("--customers takes a whole number from 0 to %1.")
                                  .arg(DemoGenerator::maxCustomers));
    }
    if (!options.at(1).isEmpty()) {
        bool ok = false;
        demo.seed = options.at(1).toULongLong(&ok);
        if (!ok)
            return usageError(tr("--seed takes a whole number."));
    }
    if (!options.at(2).isEmpty()) {
        demo.end = QDate::fromString(options.at(2), Qt::ISODate);
        if (!demo.end.isValid())
            return usageError(tr("--end takes a date as YYYY-MM-DD."));
    } else {
        demo.end = clock.today();
    }
    if (!options.at(3).isEmpty()) {
        bool ok = false;
        demo.sales = options.at(3).toLongLong(&ok);
        if (!ok || demo.sales < 0 || demo.sales > DemoGenerator::maxSales)
            return usageError(
                tr("--sales takes a whole number from 0 to %1.").arg(DemoGenerator::maxSales));
    }
    return 0;
}

int CliRunner::demo(Backend& backend, const DemoOptions& demo)
{
    QElapsedTimer timer;
    timer.start();
    DemoGenerator generator(backend);
    auto summary = generator.generate(demo);
    if (!summary) {
        m_err << tr("Error: %1").arg(summary.error().message()) << '\n';
        m_err.flush();
        return 1;
    }
    m_out << tr("Demo data written: %1 customers, %2 products, %3 sales with %4 lines and %5 "
                "payments in %6 s")
                 .arg(summary->customers)
                 .arg(summary->products)
                 .arg(summary->sales)
                 .arg(summary->saleLines)
                 .arg(summary->payments)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << '\n';
    m_out.flush();
    return 0;
}

int CliRunner::importFile(Backend& backend, ImportKind kind, const QString& file, bool dryRun,
                          const QString& rejectsFile)
{
    ImportOptions options;
    options.dryRun = dryRun;
    ImportService& importer = backend.imports();
    auto report = importer.run(kind, file, options);
    if (!report) {
        m_err << tr("Error: %1").arg(report.error().message()) << '\n';
        m_err.flush();
        return 1;
    }
    m_out << "rows: " << report->rows << '\n'
          << "accepted: " << report->acceptedRows << '\n'
          << "rejected: " << report->rejected.size() << '\n'
          << "created: " << report->created << '\n'
          << "encoding: " << report->encoding << '\n'
          << "dry_run: " << (dryRun ? "yes" : "no") << '\n';
    m_out.flush();
    for (const RejectedRow& row : std::as_const(report->rejected))
        m_err << tr("line %1: %2").arg(row.line).arg(row.reason) << '\n';
    if (!report->rejected.isEmpty() && !dryRun) {
        const QFileInfo input(file);
        const QString path =
            rejectsFile.isEmpty()
                ? input.dir().filePath(input.completeBaseName() + QStringLiteral(".rejects.csv"))
                : rejectsFile;
        if (Status status = RejectsFile::write(*report, path); !status)
            m_err << tr("Error: %1").arg(status.error().message()) << '\n';
        else
            m_err << tr("The rejected rows were written to %1; correct them there and import "
                        "that file.")
                         .arg(QDir::toNativeSeparators(path))
                  << '\n';
    }
    m_err.flush();
    return report->rejected.isEmpty() ? 0 : 3;
}

int CliRunner::exportFile(Backend& backend, ImportKind kind, const QString& file)
{
    const ExportService& exporter = backend.exports();
    auto rows = exporter.run(kind, file);
    if (!rows) {
        m_err << tr("Error: %1").arg(rows.error().message()) << '\n';
        m_err.flush();
        return 1;
    }
    m_out << "rows: " << *rows << '\n' << "file: " << QDir::toNativeSeparators(file) << '\n';
    m_out.flush();
    return 0;
}

int CliRunner::exportSegments(Backend& backend, const QDate& asOf, const QString& file)
{
    auto computed = backend.segments().segments(asOf);
    auto writer = computed ? CsvWriter::create(file) : Result<CsvWriter>(computed.error());
    if (writer) {
        SegmentService::writeCsv(writer.value(), *computed);
        if (Status written = writer->commit(); !written)
            writer = written.error();
    }
    if (!writer) {
        m_err << tr("Error: %1").arg(writer.error().message()) << '\n';
        m_err.flush();
        return 1;
    }
    m_out << "rows: " << computed->size() << '\n'
          << "file: " << QDir::toNativeSeparators(file) << '\n';
    m_out.flush();
    return 0;
}

int CliRunner::printTargets(Backend& backend, const TargetRequest& request)
{
    auto sheet = backend.targets().sheet(request.day, request.salesperson);
    Status status = sheet ? Status() : Status(sheet.error());
    if (status && request.output.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        auto writer = CsvWriter::create(request.output);
        if (!writer) {
            status = writer.error();
        } else {
            TargetSheetService::writeCsv(writer.value(), *sheet);
            status = writer->commit();
        }
    } else if (status) {
        auto business = backend.settings().businessProfile();
        status = !business ? Status(business.error())
                           : TargetSheetService::report(*sheet, *business, backend.clock().now())
                                 .writePdf(request.output, request.paper, QPageLayout::Landscape);
    }
    if (!status) {
        m_err << tr("Error: %1").arg(status.error().message()) << '\n';
        m_err.flush();
        return 1;
    }
    qsizetype customers = 0;
    for (const TargetSection& section : sheet->sections)
        customers += section.customers.size();
    m_out << "file: " << QDir::toNativeSeparators(request.output) << '\n'
          << "salespeople: " << sheet->sections.size() << '\n'
          << "customers: " << customers << '\n';
    m_out.flush();
    return 0;
}

int CliRunner::printCard(Backend& backend, const CardRequest& request)
{
    auto customer = backend.customers().findByCode(request.code);
    if (!customer || !customer->has_value()) {
        m_err << tr("Error: %1")
                     .arg(customer ? tr("No customer has the member code %1.").arg(request.code)
                                   : customer.error().message())
              << '\n';
        m_err.flush();
        return 1;
    }
    const QDate asOf = request.asOf.isValid() ? request.asOf : backend.clock().today();
    auto card = backend.cards().card((*customer)->id, asOf);
    auto business = backend.settings().businessProfile();
    Status status = !card ? Status(card.error()) : !business ? Status(business.error()) : Status();
    if (status) {
        const ReportDocument document =
            CustomerCardReport::build(*card, *business, backend.clock().now());
        status = document.writePdf(request.output, request.paper, QPageLayout::Portrait);
    }
    if (!status) {
        m_err << tr("Error: %1").arg(status.error().message()) << '\n';
        m_err.flush();
        return 1;
    }
    m_out << "file: " << QDir::toNativeSeparators(request.output) << '\n'
          << "transactions: " << card->entries.size() << '\n'
          << "balance: " << card->receivable.balance << '\n';
    m_out.flush();
    return 0;
}

int CliRunner::stats(Backend& backend)
{
    auto active = backend.customers().count(CustomerFilter{QString(), false});
    auto archived = backend.customers().count(CustomerFilter{QString(), true});
    auto products = backend.products().count(ProductFilter{QString(), false});
    auto inactive = backend.products().count(ProductFilter{QString(), true});
    auto sales = backend.sales().count();
    auto payments = backend.payments().count();
    for (const auto* result : {&active, &archived, &products, &inactive, &sales, &payments}) {
        if (!*result) {
            m_err << tr("Error: %1").arg(result->error().message()) << '\n';
            m_err.flush();
            return 1;
        }
    }
    m_out << "database: " << QDir::toNativeSeparators(backend.databasePath()) << '\n'
          << "schema_version: " << backend.schemaVersion() << '\n'
          << "customers: " << (*active + *archived) << '\n'
          << "customers_active: " << *active << '\n'
          << "customers_archived: " << *archived << '\n'
          << "products: " << (*products + *inactive) << '\n'
          << "products_active: " << *products << '\n'
          << "sales: " << *sales << '\n'
          << "payments: " << *payments << '\n';
    m_out.flush();
    return 0;
}

} // namespace setia
