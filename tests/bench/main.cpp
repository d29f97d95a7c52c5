// setia-bench: Setia's speed on a demo database of 100 000 customers and 1 000 000 sales
// (SPEC §9). Each run adds a customer with 500 sales to the file (sale_commit, card_open).
// Prints one "name value unit" line per figure. Usage: setia-bench [--db FILE] [--only GROUP]
// (FILE is created with `setia-cli demo` data when missing; GROUP is list, search, lists,
// sales, segments, targets, agenda, duplicates or import, to measure one group again without
// waiting for the others).
#include "BenchStats.h"
#include "ImportBench.h"
#include "ListsBench.h"
#include "SalesBench.h"
#include "SearchFragments.h"
#include "agenda/AgendaModel.h"
#include "agenda/TodayView.h"
#include "common/Clock.h"
#include "common/MessageBoxPrompter.h"
#include "customers/CustomerListModel.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "gui/ViewWiring.h"
#include "segments/SegmentsView.h"
#include "services/AgendaService.h"
#include "services/Backend.h"
#include "services/CounterService.h"
#include "services/CustomerService.h"
#include "services/MergeService.h"
#include "services/SegmentService.h"
#include "services/TargetSheetService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

using setia::Status;

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void print(QTextStream& out, const char* name, double value, const char* unit)
{
    out << name << ' ' << QString::number(value, 'f', 2) << ' ' << unit << '\n';
    out.flush();
}

// The list as the Customers view opens it: the first page sorted by name and the count,
// each run on a newly opened database (no warm caches of Setia's own).
Status measureList(const QString& path, const setia::Clock& clock, QTextStream& out)
{
    QList<double> firstPage;
    QElapsedTimer timer;
    for (int run = 0; run < 11; ++run) {
        auto fresh = setia::Backend::open(path, clock, QStringLiteral("bench"),
                                          setia::Backend::Opening::CreateIfMissing);
        if (!fresh)
            return fresh.error();
        timer.start();
        setia::CustomerListModel model((*fresh)->customers(), (*fresh)->followUps());
        auto count = model.totalCount();
        if (!count || model.rowCount() == 0)
            return setia::Error(setia::Error::Kind::Database,
                                QStringLiteral("list_first_page failed"));
        firstPage.append(elapsedMs(timer));
    }
    print(out, "list_first_page_ms", setia::bench::quantile(firstPage, 0.5), "ms");
    return {};
}

// Search: what the view runs for a typed fragment — the first page of matches and
// their count. search_* times the fragments themselves (SPEC §9); search_keystroke_*
// also times every shorter prefix typed on the way, one and two letters included.
Status measureSearch(const setia::CustomerService& store, const setia::FollowUpService& followUps,
                     QTextStream& out)
{
    auto fragments = setia::bench::searchFragments(store, 1000, 7);
    if (!fragments)
        return fragments.error();
    setia::CustomerListModel model(store, followUps);
    QList<double> searches;
    QList<double> keystrokes;
    QElapsedTimer timer;
    for (const QString& fragment : std::as_const(*fragments)) {
        for (qsizetype typed = 1; typed <= fragment.size(); ++typed) {
            timer.start();
            model.setFilter(setia::CustomerFilter{fragment.left(typed), false});
            auto count = model.totalCount();
            if (!count)
                return count.error();
            keystrokes.append(elapsedMs(timer));
            if (typed == fragment.size())
                searches.append(keystrokes.back());
        }
    }
    print(out, "search_p50_ms", setia::bench::quantile(searches, 0.5), "ms");
    print(out, "search_p95_ms", setia::bench::quantile(searches, 0.95), "ms");
    print(out, "search_keystroke_p50_ms", setia::bench::quantile(keystrokes, 0.5), "ms");
    print(out, "search_keystroke_p95_ms", setia::bench::quantile(keystrokes, 0.95), "ms");
    return {};
}

// The counter's search (SPEC §11) for the same fragments: what the counter lists — its first
// 100 matches in its order, each with its last visit — and how many match.
// counter_last4_*: the last four digits of random members' phones, as a cashier types them.
Status measureCounterSearch(setia::Backend& backend, QTextStream& out)
{
    auto fragments = setia::bench::searchFragments(backend.customers(), 1000, 7);
    if (!fragments)
        return fragments.error();
    auto endings = setia::bench::phoneEndings(backend.customers(), 1000, 11);
    if (!endings)
        return endings.error();
    const auto time = [&backend](const QStringList& texts, QList<double>& samples) -> Status {
        QElapsedTimer timer;
        for (const QString& text : texts) {
            timer.start();
            auto found = backend.counter().find(text, 100);
            if (!found)
                return found.error();
            samples.append(elapsedMs(timer));
        }
        return {};
    };
    QList<double> searches;
    QList<double> last4;
    if (Status status = time(*fragments, searches); !status)
        return status;
    if (Status status = time(*endings, last4); !status)
        return status;
    print(out, "counter_search_p50_ms", setia::bench::quantile(searches, 0.5), "ms");
    print(out, "counter_search_p95_ms", setia::bench::quantile(searches, 0.95), "ms");
    print(out, "counter_last4_p50_ms", setia::bench::quantile(last4, 0.5), "ms");
    print(out, "counter_last4_p95_ms", setia::bench::quantile(last4, 0.95), "ms");
    return {};
}

// The Sales and Receivables views opening, before this run adds its own sales.
// segments_ms (SPEC §9): every customer's segments recomputed from the sales, the median of
// three runs (as of today and the two days before: each date is computed afresh).
// segments_view_ms: the Segments view opening on a newly opened database, as the user sees
// it: every segment counted, the active customers listed and their first page read.
Status measureSegments(const QString& path, const setia::Backend& backend,
                       const setia::Clock& clock, QTextStream& out)
{
    QList<double> samples;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto segments = backend.segments().segments(clock.today().addDays(-run));
        if (!segments)
            return segments.error();
        samples.append(elapsedMs(timer));
    }
    print(out, "segments_ms", setia::bench::quantile(samples, 0.5), "ms");

    QList<double> opens;
    setia::MessageBoxPrompter prompter;
    for (int run = 0; run < 3; ++run) {
        auto fresh = setia::Backend::open(path, clock, QStringLiteral("bench"),
                                          setia::Backend::Opening::CreateIfMissing);
        if (!fresh)
            return fresh.error();
        QElapsedTimer timer;
        timer.start();
        setia::SegmentsView view(setia::ViewWiring(**fresh, clock).segments(), prompter);
        if (!view.refresh() || view.chosenCount() == 0 || view.table()->model()->rowCount() == 0)
            return setia::Error(setia::Error::Kind::Database,
                                QStringLiteral("segments_view failed"));
        opens.append(elapsedMs(timer));
    }
    print(out, "segments_view_ms", setia::bench::quantile(opens, 0.5), "ms");
    return {};
}

// targets_pdf_ms (SPEC §9): the target sheet of one salesperson for tomorrow, the first 500
// due customers written as an A4 landscape PDF; the median of three runs, each computing the
// sheet afresh.
Status measureTargets(setia::Backend& backend, const setia::Clock& clock, QTextStream& out)
{
    const QString salesperson = QStringLiteral("Dedi Kurniawan");
    QTemporaryDir folder;
    QList<double> samples;
    qsizetype customers = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto sheet = backend.targets().sheet(clock.today().addDays(1), salesperson);
        if (!sheet)
            return sheet.error();
        customers = 0;
        for (setia::TargetSection& section : sheet->sections) {
            section.customers = section.customers.mid(0, 500 - customers);
            customers += section.customers.size();
        }
        const setia::ReportDocument document = setia::TargetSheetService::report(
            *sheet, setia::BusinessProfile{QStringLiteral("Toko Bench"), QString(), QString()},
            clock.now());
        if (Status written = document.writePdf(folder.filePath(QStringLiteral("targets.pdf")),
                                               setia::Paper::A4, QPageLayout::Landscape);
            !written)
            return written;
        samples.append(elapsedMs(timer));
    }
    print(out, "targets_pdf_ms", setia::bench::quantile(samples, 0.5), "ms");
    print(out, "targets_customers", double(customers), "customers");
    return {};
}

Status measureLists(setia::Backend& backend, const setia::Clock& clock, QTextStream& out)
{
    auto lists = setia::bench::measureLists(backend, clock.today());
    if (!lists)
        return lists.error();
    print(out, "sales_list_month_ms", lists->salesMonthMs, "ms");
    print(out, "sales_list_all_ms", lists->salesAllTimeMs, "ms");
    print(out, "sales_list_customer_ms", lists->salesCustomerMs, "ms");
    print(out, "sales_list_page50_ms", lists->salesPage50Ms, "ms");
    print(out, "receivables_list_ms", lists->receivablesMs, "ms");
    return {};
}

Status measureSales(setia::Backend& backend, const QString& path, QTextStream& out)
{
    auto sales = setia::bench::measureSales(backend, path, 500);
    if (!sales)
        return sales.error();
    print(out, "sale_commit_p50_ms", setia::bench::quantile(sales->commitMs, 0.5), "ms");
    print(out, "sale_commit_p99_ms", setia::bench::quantile(sales->commitMs, 0.99), "ms");
    print(out, "card_open_ms", setia::bench::quantile(sales->cardOpenMs, 0.5), "ms");
    return {};
}

// agenda_ms: the day's agenda (SPEC §13) worked out afresh from the file, the median of three
// days (today and the two before: each is read anew); agenda_rows: how many rows today has.
// agenda_view_ms: Hari ini opened on a fresh connection — the agenda read, its staff listed,
// every row in the view's model (the median of three).
Status measureAgenda(const QString& path, const setia::Backend& backend, const setia::Clock& clock,
                     QTextStream& out)
{
    QList<double> samples;
    qsizetype rows = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto items = backend.agenda().forDay(clock.today().addDays(-run));
        if (!items)
            return items.error();
        samples.append(elapsedMs(timer));
        if (run == 0)
            rows = items->size();
    }
    print(out, "agenda_ms", setia::bench::quantile(samples, 0.5), "ms");
    print(out, "agenda_rows", double(rows), "rows");

    QList<double> opens;
    setia::MessageBoxPrompter prompter;
    for (int run = 0; run < 3; ++run) {
        auto fresh = setia::Backend::open(path, clock, QStringLiteral("bench"),
                                          setia::Backend::Opening::Existing);
        if (!fresh)
            return fresh.error();
        QElapsedTimer timer;
        timer.start();
        setia::TodayView view(setia::ViewWiring(**fresh, clock).today(), prompter);
        if (!view.reload() || view.model()->rowCount() != rows)
            return setia::Error(setia::Error::Kind::Database, QStringLiteral("agenda_view failed"));
        opens.append(elapsedMs(timer));
    }
    print(out, "agenda_view_ms", setia::bench::quantile(opens, 0.5), "ms");
    return {};
}

// duplicates_ms: Customers → Duplicates, every active customer read and paired (median of 3).
// merge_ms / merge_undo_ms: the two customers of the first pair merged, then the merge undone.
Status measureDuplicates(setia::Backend& backend, QTextStream& out)
{
    QList<double> samples;
    QList<setia::DuplicatePair> pairs;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto found = backend.merges().findDuplicates();
        if (!found)
            return found.error();
        samples.append(elapsedMs(timer));
        pairs = *found;
    }
    print(out, "duplicates_ms", setia::bench::quantile(samples, 0.5), "ms");
    print(out, "duplicate_pairs", double(pairs.size()), "pairs");
    if (pairs.isEmpty())
        return {};
    const setia::DuplicatePair& pair = pairs.first();
    auto proposal = backend.merges().proposal(pair.first.id, pair.second.id);
    if (!proposal)
        return proposal.error();
    QElapsedTimer timer;
    timer.start();
    auto merged = backend.merges().merge(pair.first.id, pair.second.id, *proposal);
    if (!merged)
        return merged.error();
    print(out, "merge_ms", elapsedMs(timer), "ms");
    timer.start();
    if (Status undone = backend.merges().undo(merged->id); !undone)
        return undone;
    print(out, "merge_undo_ms", elapsedMs(timer), "ms");
    return {};
}

Status measureImport(setia::Backend& backend, const setia::Clock& clock, QTextStream& out)
{
    auto importSpeed = setia::bench::measureSalesImport(backend, clock);
    if (!importSpeed)
        return importSpeed.error();
    print(out, "import_lines_per_s", *importSpeed, "lines/s");
    return {};
}

} // namespace

int main(int argc, char* argv[])
{
    // Widgets for segments_view_ms, drawn nowhere.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("setia-bench"));
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Demo database."),
                                      QStringLiteral("FILE"), QStringLiteral("setia-bench.db"));
    const QCommandLineOption customersOption(QStringLiteral("customers"),
                                             QStringLiteral("Customers in a new database."),
                                             QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption salesOption(QStringLiteral("sales"),
                                         QStringLiteral("Sales in a new database."),
                                         QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral("Only one group of figures: list, "
                       "search, lists, sales, segments, targets, agenda, duplicates or import."),
        QStringLiteral("GROUP"));
    parser.addHelpOption();
    parser.addOptions({dbOption, customersOption, salesOption, onlyOption});
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);

    const QString path = parser.value(dbOption);
    const bool create = !QFileInfo::exists(path);
    setia::SystemClock clock;
    QElapsedTimer timer;
    timer.start();
    auto backend = setia::Backend::open(path, clock, QStringLiteral("bench"),
                                        setia::Backend::Opening::Existing);
    if (!backend) {
        err << backend.error().message() << '\n';
        return 1;
    }
    if (create) {
        setia::DemoOptions options;
        options.customers = parser.value(customersOption).toInt();
        options.sales = parser.value(salesOption).toLongLong();
        options.seed = 42;
        options.end = clock.today();
        setia::DemoGenerator generator(**backend);
        if (auto summary = generator.generate(options); !summary) {
            err << summary.error().message() << '\n';
            return 1;
        }
        print(out, "demo_s", elapsedMs(timer) / 1000.0, "s");
    }
    // Each group of figures, or only the one asked for with --only.
    const QString only = parser.value(onlyOption);
    const QStringList groups = {
        QStringLiteral("list"),    QStringLiteral("search"), QStringLiteral("lists"),
        QStringLiteral("sales"),   QStringLiteral("import"), QStringLiteral("segments"),
        QStringLiteral("targets"), QStringLiteral("agenda"), QStringLiteral("duplicates")};
    if (!only.isEmpty() && !groups.contains(only)) {
        err << "--only takes one of: " << groups.join(QStringLiteral(", ")) << '\n';
        return 2;
    }
    const auto wanted = [&only](const char* group) {
        return only.isEmpty() || only == QLatin1String(group);
    };
    Status status;
    if (status && wanted("list"))
        status = measureList(path, clock, out);
    if (status && wanted("search"))
        status = measureSearch((*backend)->customers(), (*backend)->followUps(), out);
    if (status && wanted("search"))
        status = measureCounterSearch(**backend, out);
    if (status && wanted("lists"))
        status = measureLists(**backend, clock, out);
    if (status && wanted("sales"))
        status = measureSales(**backend, path, out);
    if (status && wanted("segments"))
        status = measureSegments(path, **backend, clock, out);
    if (status && wanted("targets"))
        status = measureTargets(**backend, clock, out);
    if (status && wanted("agenda"))
        status = measureAgenda(path, **backend, clock, out);
    if (status && wanted("duplicates"))
        status = measureDuplicates(**backend, out);
    if (status && wanted("import"))
        status = measureImport(**backend, clock, out);
    if (!status) {
        err << status.error().message() << '\n';
        return 1;
    }
    return 0;
}
