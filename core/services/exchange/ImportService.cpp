#include "services/exchange/ImportService.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/DisplayFormat.h"
#include "io/CsvColumns.h"
#include "io/CsvReader.h"
#include "services/CustomerService.h"
#include "services/InteractionService.h"
#include "services/PaymentService.h"
#include "services/ProductService.h"
#include "services/SaleService.h"
#include "services/SurveyService.h"
#include "services/TicketService.h"
#include "services/exchange/CustomerCsvImport.h"
#include "services/exchange/InteractionCsvImport.h"
#include "services/exchange/PaymentCsvImport.h"
#include "services/exchange/ProductCsvImport.h"
#include "services/exchange/SaleCsvImport.h"
#include "services/exchange/SurveyCsvImport.h"
#include "services/exchange/TicketCsvImport.h"
#include "stores/CustomerStore.h"
#include "stores/ImportJournalStore.h"

#include <QFileInfo>

#include <algorithm>
#include <array>

namespace setia {
namespace {

// The table whose rows an import of `kind` makes (the journal's `kind`).
QString tableOf(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return QStringLiteral("customers");
    case ImportKind::Products:
        return QStringLiteral("products");
    case ImportKind::Sales:
        return QStringLiteral("sales");
    case ImportKind::Payments:
        return QStringLiteral("payments");
    case ImportKind::Interactions:
        return QStringLiteral("interactions");
    case ImportKind::Surveys:
        return QStringLiteral("survey_responses");
    case ImportKind::Tickets:
        return QStringLiteral("tickets");
    }
    return {};
}

ImportKind kindOf(const QString& table)
{
    constexpr std::array kinds = {
        ImportKind::Customers,    ImportKind::Products, ImportKind::Sales,  ImportKind::Payments,
        ImportKind::Interactions, ImportKind::Surveys,  ImportKind::Tickets};
    for (const ImportKind kind : kinds)
        if (tableOf(kind) == table)
            return kind;
    return ImportKind::Customers;
}

} // namespace

ImportService::ImportService(Database& database, ImportJournalStore& journal,
                             CustomerStore& customerStore, CustomerService& customers,
                             ProductService& products, SaleService& sales, PaymentService& payments,
                             InteractionService& interactions, TicketService& tickets,
                             SurveyService& surveys, const Clock& clock, QString staff)
    : m_database(database)
    , m_journal(journal)
    , m_customerStore(customerStore)
    , m_clock(clock)
    , m_staff(std::move(staff))
    , m_customers(customers)
    , m_products(products)
    , m_sales(sales)
    , m_payments(payments)
    , m_interactions(interactions)
    , m_tickets(tickets)
    , m_surveys(surveys)
{}

std::unique_ptr<CsvImport> ImportService::makeImport(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return std::make_unique<CustomerCsvImport>(m_customers);
    case ImportKind::Products:
        return std::make_unique<ProductCsvImport>(m_products);
    case ImportKind::Sales:
        return std::make_unique<SaleCsvImport>(m_customers, m_products, m_sales);
    case ImportKind::Payments:
        return std::make_unique<PaymentCsvImport>(m_customers, m_payments);
    case ImportKind::Interactions:
        return std::make_unique<InteractionCsvImport>(m_customers, m_interactions);
    case ImportKind::Surveys:
        return std::make_unique<SurveyCsvImport>(m_customers, m_sales, m_surveys);
    case ImportKind::Tickets:
        return std::make_unique<TicketCsvImport>(m_customers, m_sales, m_tickets);
    }
    return nullptr;
}

Result<ImportReport> ImportService::run(ImportKind kind, const QString& path,
                                        const ImportOptions& options)
{
    auto reader = CsvReader::open(path);
    if (!reader)
        return reader.error();
    ImportOptions named = options;
    if (named.fileName.isEmpty())
        named.fileName = QFileInfo(path).fileName();
    return run(kind, reader.value(), named);
}

Result<ImportReport> ImportService::run(ImportKind kind, CsvReader& reader,
                                        const ImportOptions& options)
{
    std::unique_ptr<CsvImport> import = makeImport(kind);
    const QStringList fields = CsvColumns::of(kind);
    const QStringList required = CsvColumns::required(kind);
    QList<int> source; // file column of each field, -1 when absent
    QStringList missing;
    for (const QString& field : fields) {
        const int column = options.columns.value(field, reader.column(field));
        source.append(column < reader.header().size() ? column : -1);
        if (source.back() < 0 && required.contains(field))
            missing.append(field);
    }
    if (!missing.isEmpty())
        return Error(Error::Kind::Validation,
                     tr("The file has no column for: %1. Name the columns in the first row "
                        "as %2, or choose which column holds each.")
                         .arg(missing.join(QStringLiteral(", ")), fields.join(QLatin1Char(','))));

    ImportReport report;
    report.encoding = reader.encoding();
    report.separator = reader.separator();
    report.header = reader.header();
    report.dryRun = options.dryRun;
    if (Status status = import->prepare(); !status)
        return status.error();

    // Reading the file is the first half of the progress, writing what it made the second.
    const qint64 half = std::max<qint64>(reader.size(), 1);
    CsvRecord record;
    QStringList values;
    while (reader.next(record)) {
        ++report.rows;
        if (options.progress && report.rows % 4096 == 0 &&
            !options.progress(reader.position(), 2 * half)) {
            report.cancelled = true;
            return report; // nothing was written yet
        }
        values.clear();
        for (int column : std::as_const(source))
            values.append(column >= 0 && column < record.fields.size()
                              ? CsvReader::unneutralise(record.fields.at(column))
                              : QString());
        if (!record.ok()) {
            report.rejected.append(RejectedRow{record.line, record.error, record.fields});
            import->unreadableRow(record.line, values);
            continue;
        }
        const auto reason = import->addRow(record.line, values);
        if (const auto& failed = import->failure())
            return *failed; // nothing was written yet
        if (reason)
            report.rejected.append(RejectedRow{record.line, *reason, record.fields});
    }
    auto written = write(*import, std::move(report), kind, options, half);
    if (written && options.progress && !written->cancelled)
        options.progress(reader.size(), reader.size());
    return written;
}

Result<ImportReport> ImportService::write(CsvImport& import, ImportReport report,
                                          const ImportKind kind, const ImportOptions& options,
                                          qint64 half)
{
    BulkOptions writing;
    writing.dryRun = options.dryRun;
    writing.waiting = options.waiting;
    if (options.progress)
        writing.progress = [&options, half](qint64 done, qint64 total) {
            return options.progress(half + (total > 0 ? half * done / total : half), 2 * half);
        };
    // The service's bulk call joins this transaction, which also writes the journal entry:
    // the records and the way to undo them land together. A dry run rolls back inside.
    Transaction transaction(m_database);
    if (!options.dryRun) {
        if (Status status = transaction.begin(options.waiting); !status)
            return status.error();
    }
    // Where the import's rows will start (a dry run journals nothing: no need to ask).
    const QString table = tableOf(kind);
    qint64 before = 0;
    if (!options.dryRun) {
        auto last = m_journal.lastId(table);
        if (!last)
            return last.error();
        before = *last;
    }
    auto created = import.finish(report.rejected, report.acceptedRows, writing);
    if (!created && created.error().kind() == Error::Kind::Cancelled) {
        report.cancelled = true;
        return report; // rolled back
    }
    if (!created)
        return created.error();
    report.created = *created;
    std::sort(report.rejected.begin(), report.rejected.end(),
              [](const RejectedRow& a, const RejectedRow& b) { return a.line < b.line; });
    if (options.dryRun)
        return report;
    if (report.created > 0) {
        auto id = journal(table, before, report.created, options.fileName);
        if (!id)
            return id.error();
        report.importId = *id;
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return report;
}

Result<qint64> ImportService::journal(const QString& table, qint64 before, qint64 records,
                                      const QString& fileName)
{
    auto after = m_journal.lastId(table);
    if (!after)
        return after.error();
    ImportJournalStore::Entry entry;
    entry.table = table;
    entry.fileName = fileName;
    entry.importedAt = m_clock.now();
    entry.importedBy = m_staff;
    entry.firstId = before + 1;
    entry.lastId = *after;
    entry.records = records;
    return m_journal.record(entry);
}

Result<QList<ImportRecord>> ImportService::history(int limit) const
{
    auto entries = m_journal.latest(limit);
    if (!entries)
        return entries.error();
    QList<ImportRecord> records;
    records.reserve(entries->size());
    for (const ImportJournalStore::Entry& e : std::as_const(*entries))
        records.append(
            {e.id, kindOf(e.table), e.fileName, e.importedAt, e.importedBy, e.records, e.undoneAt});
    return records;
}

Status ImportService::undo(qint64 importId)
{
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status;
    auto found = m_journal.find(importId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error(Error::Kind::NotFound, tr("This import is not in the journal."));
    const ImportJournalStore::Entry& entry = **found;
    if (entry.undoneAt.isValid())
        return Error(Error::Kind::Validation, tr("This import was undone already, on %1.")
                                                  .arg(display::shortDateTime(entry.undoneAt)));
    auto dependents = m_journal.dependents(entry);
    if (!dependents)
        return dependents.error();
    const ImportKind kind = kindOf(entry.table);
    const QString nothing = tr("Nothing was changed.");
    if (dependents->changed > 0) {
        const QString n = QString::number(dependents->changed);
        const QString what =
            kind == ImportKind::Customers
                ? tr("customers it brought in were changed or merged since (%1).").arg(n)
            : kind == ImportKind::Products
                ? tr("products it brought in were changed since (%1).").arg(n)
            : kind == ImportKind::Sales
                ? tr("sales it brought in were voided since (%1).").arg(n)
                : tr("payments it brought in were voided since (%1).").arg(n);
        // Contacts are never changed once logged: an import of them has nothing "changed".
        return Error(Error::Kind::Validation,
                     tr("This import cannot be undone: %1 Undoing it would lose that change. %2")
                         .arg(what, nothing));
    }
    if (dependents->used > 0) {
        const QString n = QString::number(dependents->used);
        const QString what =
            kind == ImportKind::Customers
                ? tr("customers it brought in have sales, payments, points, stamps, interactions, "
                     "follow-ups, complaints, survey answers or a place on a route recorded "
                     "since (%1).")
                      .arg(n)
            : kind == ImportKind::Products
                ? tr("products it brought in are on sales or stamp cards since (%1).").arg(n)
                : tr("points, stamps or interactions were recorded on sales it brought in since "
                     "(%1).")
                      .arg(n);
        return Error(Error::Kind::Validation,
                     tr("This import cannot be undone: %1 %2").arg(what, nothing));
    }
    if (Status status = m_journal.remove(entry); !status)
        return status;
    if (kind == ImportKind::Customers)
        m_customerStore.changed(); // its list counts and name order knew those customers
    if (Status status = m_journal.markUndone(importId, m_clock.now()); !status)
        return status;
    if (Status status = transaction.commit(); !status)
        return status;
    announce(kind);
    return {};
}

void ImportService::announce(ImportKind kind) const
{
    // The rows went without their services' calls: each list reads again through the
    // signal its service gives for many changes.
    m_database.afterCommit([this, kind] {
        switch (kind) {
        case ImportKind::Customers:
            Q_EMIT m_customers.customersChanged();
            break;
        case ImportKind::Products:
            Q_EMIT m_products.productsChanged();
            break;
        case ImportKind::Sales:
            Q_EMIT m_sales.salesChanged();
            Q_EMIT m_customers.customersChanged(); // points balances
            break;
        case ImportKind::Payments:
            Q_EMIT m_payments.paymentsChanged();
            break;
        case ImportKind::Interactions:
            Q_EMIT m_interactions.interactionsChanged();
            break;
        case ImportKind::Surveys:
            Q_EMIT m_surveys.surveysChanged();
            break;
        case ImportKind::Tickets:
            Q_EMIT m_tickets.ticketsChanged(0);
            break;
        }
    });
}

} // namespace setia
