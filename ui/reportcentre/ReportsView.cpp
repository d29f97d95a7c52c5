#include "reportcentre/ReportsView.h"

#include "common/BusyNote.h"
#include "common/Clock.h"
#include "common/DateEdit.h"
#include "common/PickerLookups.h"
#include "common/ReportOutput.h"
#include "common/SearchPicker.h"
#include "common/UserPrompter.h"
#include "domain/DisplayFormat.h"
#include "io/CsvWriter.h"
#include "services/CustomerService.h"
#include "services/ProfitabilityService.h"
#include "services/ReportService.h"
#include "services/RuleSegmentService.h"
#include "services/SegmentService.h"
#include "services/SettingsService.h"
#include "services/SurveyService.h"
#include "services/TicketService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace setia {
namespace {

QDateEdit* dateEdit(const QDate& date, const QString& name, QWidget* parent)
{
    auto* edit = new DateEdit(date, parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

ReportsView::ReportsView(const Services& services, UserPrompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_prompter(prompter)
    , m_reports(new QListWidget(this))
    , m_form(new QFormLayout)
    , m_search(new QLineEdit(this))
    , m_segment(new QComboBox(this))
    , m_cardPicker(new SearchPicker(pickers::customers(services.customers), this))
    , m_chosen(new QListWidget(this))
    , m_paper(new QComboBox(this))
{
    setObjectName(QStringLiteral("reportsView"));
    const QDate today = services.clock.today();
    m_asOf = dateEdit(today, QStringLiteral("asOf"), this);
    m_from = dateEdit(QDate(today.year(), today.month(), 1), QStringLiteral("from"), this);
    m_to = dateEdit(today, QStringLiteral("to"), this);
    auto* title = new QLabel(tr("Reports"), this);
    title->setObjectName(QStringLiteral("viewTitle"));

    const std::pair<Report, QString> reports[] = {
        {Report::Customers, tr("Customer list")},
        {Report::RecordCards, tr("Record cards")},
        {Report::Aging, tr("Receivables aging")},
        {Report::Profitability, tr("Customer profitability")},
        {Report::SalesByCustomer, tr("Sales by customer")},
        {Report::SalesByProduct, tr("Sales by product")},
        {Report::SalesByDay, tr("Sales by day")},
        {Report::SalesByMonth, tr("Sales by month")},
        {Report::Members, tr("Loyalty members and points")},
        {Report::Complaints, tr("Complaints")},
        {Report::Satisfaction, tr("Satisfaction (NPS and CSAT)")},
    };
    m_reports->setObjectName(QStringLiteral("reportList"));
    for (const auto& [report, name] : reports) {
        auto* item = new QListWidgetItem(name, m_reports);
        item->setData(Qt::UserRole, static_cast<int>(report));
    }
    m_reports->setMaximumWidth(280);
    m_reports->setSpacing(4);

    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Name, phone, code or city; empty for everyone"));
    m_segment->setObjectName(QStringLiteral("segment"));
    m_cardPicker->setObjectName(QStringLiteral("cardPicker"));
    m_cardPicker->setPlaceholderText(tr("Add a customer: name, phone or code…"));
    m_cardPicker->setClearAfterPick(true);
    m_chosen->setObjectName(QStringLiteral("chosenCustomers"));
    m_chosen->setMaximumHeight(140);
    m_chosen->setToolTip(tr("Delete takes the selected customer off"));
    for (Paper paper : paper::all())
        m_paper->addItem(paper::displayName(paper), static_cast<int>(paper));
    m_paper->setObjectName(QStringLiteral("paper"));

    m_form->addRow(tr("As of"), m_asOf);
    m_form->addRow(tr("From"), m_from);
    m_form->addRow(tr("To"), m_to);
    m_form->addRow(tr("Search"), m_search);
    m_form->addRow(tr("Saved segment"), m_segment);
    m_form->addRow(tr("Customers"), m_cardPicker);
    m_form->addRow(QString(), m_chosen);
    m_form->addRow(tr("Paper"), m_paper);

    auto* previewButton = new QPushButton(tr("Print pre&view…"), this);
    previewButton->setObjectName(QStringLiteral("primaryButton"));
    auto* pdfButton = new QPushButton(tr("Save as P&DF…"), this);
    auto* csvButton = new QPushButton(tr("Export &CSV…"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(previewButton);
    buttons->addWidget(pdfButton);
    buttons->addWidget(csvButton);
    buttons->addStretch(1);

    auto* formWidget = new QWidget(this);
    formWidget->setLayout(m_form);
    formWidget->setMaximumWidth(640);
    auto* right = new QVBoxLayout;
    right->addWidget(formWidget);
    right->addLayout(buttons);
    right->addStretch(1);
    auto* columns = new QHBoxLayout;
    columns->addWidget(m_reports);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(columns, 1);

    connect(m_reports, &QListWidget::currentRowChanged, this, &ReportsView::updateParameters);
    connect(m_cardPicker, &SearchPicker::picked, this, [this](qint64 id) {
        auto customer = m_services.customers.find(id);
        if (!customer || !customer->has_value())
            return;
        for (int row = 0; row < m_chosen->count(); ++row)
            if (m_chosen->item(row)->data(Qt::UserRole).toLongLong() == id)
                return;
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 · %2").arg((*customer)->code, (*customer)->name), m_chosen);
        item->setData(Qt::UserRole, id);
    });
    auto* remove = new QAction(m_chosen);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_chosen->addAction(remove);
    connect(remove, &QAction::triggered, this, [this] { delete m_chosen->currentItem(); });
    connect(previewButton, &QPushButton::clicked, this, &ReportsView::preview);
    connect(pdfButton, &QPushButton::clicked, this, &ReportsView::savePdf);
    connect(csvButton, &QPushButton::clicked, this, &ReportsView::exportCsv);
    m_reports->setCurrentRow(0);
    reloadSegments();
}

void ReportsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reloadSegments();
}

void ReportsView::choose(Report report)
{
    for (int row = 0; row < m_reports->count(); ++row)
        if (m_reports->item(row)->data(Qt::UserRole).toInt() == static_cast<int>(report))
            m_reports->setCurrentRow(row);
}

ReportsView::Report ReportsView::current() const
{
    const QListWidgetItem* item = m_reports->currentItem();
    return item ? static_cast<Report>(item->data(Qt::UserRole).toInt()) : Report::Customers;
}

void ReportsView::reloadSegments()
{
    auto segments = m_services.ruleSegments.all();
    if (!segments)
        return;
    const qint64 chosen = m_segment->currentData().toLongLong();
    m_segment->clear();
    m_segment->addItem(tr("None: everyone"), qint64(0));
    for (const RuleSegment& segment : std::as_const(*segments))
        m_segment->addItem(segment.name, segment.id);
    m_segment->setCurrentIndex(std::max(0, m_segment->findData(chosen)));
}

void ReportsView::updateParameters()
{
    const Report report = current();
    const bool period = report == Report::SalesByCustomer || report == Report::SalesByProduct ||
                        report == Report::SalesByDay || report == Report::SalesByMonth ||
                        report == Report::Complaints || report == Report::Satisfaction;
    const bool cards = report == Report::RecordCards;
    m_form->setRowVisible(m_asOf, !period);
    m_form->setRowVisible(m_from, period);
    m_form->setRowVisible(m_to, period);
    m_form->setRowVisible(m_search, report == Report::Customers);
    m_form->setRowVisible(m_segment,
                          report == Report::Customers || report == Report::Profitability || cards);
    m_form->setRowVisible(m_cardPicker, cards);
    m_form->setRowVisible(m_chosen, cards);
}

std::optional<QList<qint64>> ReportsView::segmentMembers()
{
    const qint64 id = m_segment->currentData().toLongLong();
    if (id == 0)
        return std::nullopt;
    auto segment = m_services.ruleSegments.find(id);
    auto ids = segment ? m_services.segments.memberIds(segment->rule, m_asOf->date())
                       : Result<QList<qint64>>(segment.error());
    if (!ids) {
        m_prompter.warn(this, tr("Reports"), ids.error().message());
        return std::nullopt;
    }
    return std::move(ids).value();
}

QList<qint64> ReportsView::cardCustomers()
{
    QList<qint64> ids;
    for (int row = 0; row < m_chosen->count(); ++row)
        ids.append(m_chosen->item(row)->data(Qt::UserRole).toLongLong());
    if (const auto members = segmentMembers())
        for (qint64 id : *members)
            if (!ids.contains(id))
                ids.append(id);
    return ids;
}

std::optional<ReportsView::Output> ReportsView::build()
{
    auto business = m_services.settings.businessProfile();
    if (!business) {
        m_prompter.warn(this, tr("Reports"), business.error().message());
        return std::nullopt;
    }
    const QDateTime now = m_services.clock.now();
    const QDate asOf = m_asOf->date();
    const ReportService& reports = m_services.reports;
    // A table report: the same rows to paper and to CSV.
    const auto tabular = [&](Result<TabularReport> report,
                             QPageLayout::Orientation orientation) -> std::optional<Output> {
        if (!report) {
            m_prompter.warn(this, tr("Reports"), report.error().message());
            return std::nullopt;
        }
        const TabularReport table = std::move(report).value();
        return Output{table.document(*business, now),
                      [table](CsvWriter& writer) { table.writeCsv(writer); }, orientation};
    };
    const auto sales = [&](SalesGrouping grouping) {
        if (!periodChosen())
            return std::optional<Output>();
        return tabular(reports.sales(grouping, m_from->date(), m_to->date()),
                       QPageLayout::Portrait);
    };
    // A report of its own kind (not one table): its document and its CSV.
    const auto whole = [&](auto report,
                           QPageLayout::Orientation orientation) -> std::optional<Output> {
        if (!report) {
            m_prompter.warn(this, tr("Reports"), report.error().message());
            return std::nullopt;
        }
        const auto built = std::move(report).value();
        return Output{built.document(*business, now),
                      [built](CsvWriter& writer) { built.writeCsv(writer); }, orientation};
    };

    switch (current()) {
    case Report::Customers: {
        CustomerFilter filter{m_search->text(), false};
        QStringList label;
        if (!m_search->text().trimmed().isEmpty())
            label.append(tr("Search: %1").arg(m_search->text().trimmed()));
        CustomerSubset subset;
        if (const auto members = segmentMembers()) {
            auto stored = m_services.customers.subset(*members);
            if (!stored) {
                m_prompter.warn(this, tr("Reports"), stored.error().message());
                return std::nullopt;
            }
            subset = std::move(stored).value();
            filter.subset = subset.id();
            label.append(tr("Segment: %1").arg(m_segment->currentText()));
        }
        if (label.isEmpty())
            label.append(tr("Every active customer"));
        auto output = tabular(reports.customerList(filter, label.join(QStringLiteral(" · "))),
                              QPageLayout::Landscape);
        if (Status dropped = subset.drop(); !dropped)
            m_prompter.warn(this, tr("Reports"), dropped.error().message());
        return output;
    }
    case Report::RecordCards: {
        const QList<qint64> ids = cardCustomers();
        if (ids.isEmpty()) {
            m_prompter.inform(this, tr("Record cards"),
                              tr("Add the customers whose cards to print, or choose a saved "
                                 "segment."));
            return std::nullopt;
        }
        auto document = reports.recordCards(ids, asOf, *business, now);
        auto ledger = reports.recordCardLedger(ids, asOf);
        if (!document || !ledger) {
            m_prompter.warn(this, tr("Reports"),
                            !document ? document.error().message() : ledger.error().message());
            return std::nullopt;
        }
        const TabularReport table = std::move(ledger).value();
        return Output{std::move(document).value(),
                      [table](CsvWriter& writer) { table.writeCsv(writer); },
                      QPageLayout::Portrait};
    }
    case Report::Aging:
        return tabular(reports.receivablesAging(asOf), QPageLayout::Landscape);
    case Report::Profitability: {
        auto everyone = m_services.segments.segments(asOf);
        if (!everyone) {
            m_prompter.warn(this, tr("Reports"), everyone.error().message());
            return std::nullopt;
        }
        QList<CustomerSegment> chosen = std::move(everyone).value();
        QString parameters = tr("As of %1").arg(display::shortDate(asOf));
        if (const auto members = segmentMembers()) {
            const QSet<qint64> ids(members->cbegin(), members->cend());
            chosen.removeIf(
                [&ids](const CustomerSegment& s) { return !ids.contains(s.activity.customerId); });
            parameters += QStringLiteral(" · ") + tr("Segment: %1").arg(m_segment->currentText());
        }
        auto rows = m_services.profitability.rows(chosen, asOf);
        if (!rows) {
            m_prompter.warn(this, tr("Reports"), rows.error().message());
            return std::nullopt;
        }
        const QList<ProfitabilityRow> list = std::move(rows).value();
        return Output{ProfitabilityService::report(list, *business, parameters, now),
                      [list](CsvWriter& writer) { ProfitabilityService::writeCsv(writer, list); },
                      QPageLayout::Landscape};
    }
    case Report::SalesByCustomer:
        return sales(SalesGrouping::Customer);
    case Report::SalesByProduct:
        return sales(SalesGrouping::Product);
    case Report::SalesByDay:
        return sales(SalesGrouping::Day);
    case Report::SalesByMonth:
        return sales(SalesGrouping::Month);
    case Report::Members:
        return tabular(reports.loyaltyMembers(asOf), QPageLayout::Portrait);
    case Report::Complaints:
        if (!periodChosen())
            return std::nullopt;
        return whole(m_services.tickets.report(m_from->date(), m_to->date()),
                     QPageLayout::Landscape);
    case Report::Satisfaction: {
        if (!periodChosen())
            return std::nullopt;
        // The groupings need every customer's segments at the period's end.
        std::optional<BusyNote> busy;
        if (!m_services.segments.isReady(m_to->date()))
            busy.emplace(this, tr("Reports"), tr("Working out every customer's segments…"));
        auto report = m_services.surveys.report(m_from->date(), m_to->date());
        busy.reset();
        return whole(std::move(report), QPageLayout::Portrait);
    }
    }
    return std::nullopt;
}

bool ReportsView::periodChosen()
{
    if (m_from->date() <= m_to->date())
        return true;
    m_prompter.warn(this, tr("Reports"),
                    tr("The period starts after it ends: choose a From date on or before the To "
                       "date."));
    return false;
}

QString ReportsView::fileStem() const
{
    const QListWidgetItem* item = m_reports->currentItem();
    return (item ? item->text() : tr("Report")) + QLatin1Char(' ') +
           m_services.clock.today().toString(Qt::ISODate);
}

void ReportsView::preview()
{
    if (auto output = build())
        reportOutput::preview(this, output->document,
                              static_cast<Paper>(m_paper->currentData().toInt()),
                              output->orientation, m_prompter);
}

QString ReportsView::savePdf()
{
    if (auto output = build())
        return reportOutput::savePdf(
            this, output->document, static_cast<Paper>(m_paper->currentData().toInt()),
            output->orientation, m_prompter, fileStem() + QStringLiteral(".pdf"));
    return {};
}

QString ReportsView::exportCsv()
{
    auto output = build();
    if (!output)
        return {};
    return reportOutput::saveCsv(this, tr("Export CSV"), fileStem() + QStringLiteral(".csv"),
                                 output->csv, m_prompter);
}

} // namespace setia
