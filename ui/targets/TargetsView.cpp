#include "targets/TargetsView.h"

#include "common/BusyNote.h"
#include "common/Clock.h"
#include "common/DateEdit.h"
#include "common/PickerLookups.h"
#include "common/ReportOutput.h"
#include "common/SearchPicker.h"
#include "common/UserPrompter.h"
#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "io/CsvWriter.h"
#include "reports/ReportDocument.h"
#include "services/SettingsService.h"
#include "services/TargetSheetService.h"
#include "targets/TargetCustomersModel.h"
#include "targets/TargetItemsModel.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace setia {
namespace {

QTableView* table(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    return view;
}

} // namespace

TargetsView::TargetsView(const Services& services, UserPrompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_prompter(prompter)
    , m_date(new DateEdit(this))
    , m_salesperson(new QComboBox(this))
    , m_area(new QComboBox(this))
    , m_paper(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_customersModel(new TargetCustomersModel(this))
    , m_itemsModel(new TargetItemsModel(this))
    , m_add(new SearchPicker(pickers::customers(services.customers), this))
{
    setObjectName(QStringLiteral("targetsView"));
    auto* title = new QLabel(tr("Today's sales targets"), this);
    title->setObjectName(QStringLiteral("viewTitle"));
    m_date->setObjectName(QStringLiteral("targetDate"));
    m_date->setCalendarPopup(true);
    m_date->setDate(services.clock.today());
    m_salesperson->setObjectName(QStringLiteral("salesperson"));
    m_salesperson->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_area->setObjectName(QStringLiteral("area"));
    m_area->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (Paper paper : paper::all())
        m_paper->addItem(paper::displayName(paper), static_cast<int>(paper));
    m_summary->setObjectName(QStringLiteral("targetSummary"));
    m_add->setObjectName(QStringLiteral("addCustomer"));
    m_add->setPlaceholderText(tr("Add a customer…"));
    m_add->setToolTip(tr("Add a customer to this sheet: name, phone or member code"));
    m_add->setMinimumWidth(220);
    m_add->setClearAfterPick(true);

    // The title above the choices: on a 1024 × 768 screen they do not fit in one row.
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Date"), this));
    top->addWidget(m_date);
    top->addWidget(new QLabel(tr("Salesperson"), this));
    top->addWidget(m_salesperson);
    top->addWidget(new QLabel(tr("Area"), this));
    top->addWidget(m_area);
    top->addStretch(1);

    m_customers = table(m_customersModel, this);
    m_customers->setObjectName(QStringLiteral("targetCustomers"));
    m_customers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_customers->horizontalHeader()->setSectionResizeMode(TargetCustomersModel::Name,
                                                          QHeaderView::Stretch);
    const int widths[] = {45, 90, 0, 130, 130, 110, 110, 70, 120};
    for (int column = 0; column < TargetCustomersModel::ColumnCount; ++column)
        if (widths[column] > 0)
            m_customers->setColumnWidth(column, widths[column]);
    m_items = table(m_itemsModel, this);
    m_items->setObjectName(QStringLiteral("targetItems"));
    m_items->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_items->setToolTip(tr("Change a quantity for this sheet only (0 leaves the item off)"));
    m_items->horizontalHeader()->setSectionResizeMode(TargetItemsModel::Product,
                                                      QHeaderView::Stretch);
    m_items->setColumnWidth(TargetItemsModel::Sku, 100);
    m_items->setColumnWidth(TargetItemsModel::Basis, 200);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_customers);
    splitter->addWidget(m_items);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_remove = new QPushButton(tr("&Take off this sheet"), this);
    m_remove->setObjectName(QStringLiteral("removeCustomer"));
    m_up = new QPushButton(tr("Move &up"), this);
    m_up->setToolTip(tr("Earlier on the route (Ctrl+Up); remembered for the next sheets"));
    m_down = new QPushButton(tr("Move do&wn"), this);
    m_down->setToolTip(tr("Later on the route (Ctrl+Down); remembered for the next sheets"));
    auto* again = new QPushButton(tr("&Recompute"), this);
    again->setObjectName(QStringLiteral("recompute"));
    again->setToolTip(tr("Read the sales and receivables again; changes made to this sheet are "
                         "dropped (the route order stays)"));
    auto* preview = new QPushButton(tr("Print pre&view…"), this);
    auto* pdf = new QPushButton(tr("Save as P&DF…"), this);
    auto* csv = new QPushButton(tr("Export &CSV…"), this);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_add, 1);
    actions->addWidget(m_remove);
    actions->addWidget(m_up);
    actions->addWidget(m_down);
    auto* output = new QHBoxLayout;
    output->addWidget(again);
    output->addStretch(1);
    output->addWidget(m_paper);
    output->addWidget(preview);
    output->addWidget(pdf);
    output->addWidget(csv);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);
    layout->addLayout(output);

    auto* up = new QAction(this);
    up->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    addAction(up);
    auto* down = new QAction(this);
    down->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    addAction(down);
    connect(up, &QAction::triggered, this, [this] { move(-1); });
    connect(down, &QAction::triggered, this, [this] { move(1); });
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_remove, &QPushButton::clicked, this, &TargetsView::removeCustomer);
    connect(m_add, &SearchPicker::picked, this, &TargetsView::addCustomer);
    connect(again, &QPushButton::clicked, this, &TargetsView::recompute);
    connect(preview, &QPushButton::clicked, this, &TargetsView::previewSheet);
    connect(pdf, &QPushButton::clicked, this, &TargetsView::savePdf);
    connect(csv, &QPushButton::clicked, this, &TargetsView::exportCsv);
    connect(m_date, &QDateEdit::dateChanged, this, &TargetsView::recompute);
    connect(m_salesperson, &QComboBox::activated, this, &TargetsView::recompute);
    connect(m_area, &QComboBox::activated, this, &TargetsView::recompute);
    connect(m_customers->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TargetsView::showCustomer);
    connect(m_itemsModel, &TargetItemsModel::quantityChanged, this, [this] {
        m_customersModel->refreshRow(m_customers->currentIndex().row());
        updateSummary();
    });
    reloadChoices();
    showCustomer();
}

void TargetsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Computed once on first show (a second or two at 100 000 customers: after the window
    // has painted, with a note); the date and salesperson recompute it, edits are kept.
    if (!m_computed)
        QTimer::singleShot(0, this, [this] {
            if (!m_computed)
                recompute();
        });
}

void TargetsView::reloadChoices()
{
    auto names = m_services.targets.salespeople();
    if (!names) {
        m_prompter.warn(this, tr("Sales targets"), names.error().message());
        return;
    }
    m_salesperson->clear();
    m_salesperson->addItem(tr("Everyone"), QString());
    for (const QString& name : std::as_const(*names))
        m_salesperson->addItem(name, name);
    auto areas = m_services.targets.areas();
    if (!areas) {
        m_prompter.warn(this, tr("Sales targets"), areas.error().message());
        return;
    }
    m_area->clear();
    m_area->addItem(tr("All areas"), QString());
    for (const QString& area : std::as_const(*areas))
        m_area->addItem(area, area);
}

bool TargetsView::recompute()
{
    auto sheet = [this] {
        const BusyNote busy(
            this, tr("Sales targets"),
            tr("Finding the customers due on %1…").arg(display::shortDate(m_date->date())));
        return m_services.targets.sheet(m_date->date(), m_salesperson->currentData().toString(),
                                        m_area->currentData().toString());
    }();
    if (!sheet) {
        m_prompter.warn(this, tr("Sales targets"), sheet.error().message());
        return false;
    }
    m_computed = true;
    m_itemsModel->setCustomer(nullptr);
    m_sheet = std::move(sheet).value();
    m_customersModel->setSheet(&m_sheet);
    updateSummary();
    select(0);
    return true;
}

void TargetsView::select(int row)
{
    if (row >= 0 && row < m_customersModel->rowCount())
        m_customers->setCurrentIndex(m_customersModel->index(row, TargetCustomersModel::Name));
    showCustomer();
}

void TargetsView::showCustomer()
{
    TargetCustomer* customer = m_customersModel->customerAt(m_customers->currentIndex().row());
    m_itemsModel->setCustomer(customer);
    m_remove->setEnabled(customer != nullptr);
    m_up->setEnabled(customer != nullptr);
    m_down->setEnabled(customer != nullptr);
}

QString TargetsView::summaryText() const
{
    return m_summary->text();
}

void TargetsView::updateSummary()
{
    qint64 customers = 0;
    qint64 target = 0;
    qint64 collect = 0;
    for (const TargetSection& section : std::as_const(m_sheet.sections))
        for (const TargetCustomer& c : section.customers) {
            ++customers;
            target += c.targetValue();
            collect += c.dueByDay;
        }
    const QLocale locale;
    m_summary->setText(
        tr("%1 customers due · target value %2 · receivables to collect %3")
            .arg(locale.toString(customers), money::format(target), money::format(collect)));
}

void TargetsView::removeCustomer()
{
    const int row = m_customers->currentIndex().row();
    const auto [section, index] = m_customersModel->locate(row);
    if (section < 0)
        return;
    m_itemsModel->setCustomer(nullptr);
    m_sheet.sections[section].customers.removeAt(index);
    if (m_sheet.sections[section].customers.isEmpty())
        m_sheet.sections.removeAt(section);
    m_customersModel->setSheet(&m_sheet);
    updateSummary();
    select(std::min(row, m_customersModel->rowCount() - 1));
}

void TargetsView::addCustomer(qint64 customerId)
{
    for (int row = 0; row < m_customersModel->rowCount(); ++row) {
        if (m_customersModel->customerAt(row)->customerId == customerId) {
            select(row); // already on the sheet
            return;
        }
    }
    auto customer = m_services.targets.customerFor(customerId, m_date->date());
    if (!customer) {
        m_prompter.warn(this, tr("Sales targets"), customer.error().message());
        return;
    }
    m_itemsModel->setCustomer(nullptr);
    // Into their salesperson's section, at its end; a new section when there is none.
    int section = 0;
    while (section < m_sheet.sections.size() &&
           m_sheet.sections.at(section).salesperson < customer->salesperson)
        ++section;
    if (section == m_sheet.sections.size() ||
        m_sheet.sections.at(section).salesperson != customer->salesperson)
        m_sheet.sections.insert(section, TargetSection{customer->salesperson, {}});
    m_sheet.sections[section].customers.append(std::move(customer).value());
    m_customersModel->setSheet(&m_sheet);
    updateSummary();
    select(m_customersModel->rowOf(section, int(m_sheet.sections[section].customers.size()) - 1));
}

void TargetsView::move(int step)
{
    const int row = m_customers->currentIndex().row();
    const auto [section, index] = m_customersModel->locate(row);
    if (section < 0)
        return;
    QList<TargetCustomer>& customers = m_sheet.sections[section].customers;
    const int other = index + step;
    // The route orders customers within their area.
    if (other < 0 || other >= customers.size() ||
        customers.at(other).area != customers.at(index).area)
        return;
    m_itemsModel->setCustomer(nullptr);
    customers.swapItemsAt(index, other);
    QList<qint64> route;
    for (const TargetCustomer& c : std::as_const(customers))
        if (c.area == customers.at(other).area)
            route.append(c.customerId);
    if (Status saved = m_services.targets.saveRoute(route); !saved)
        m_prompter.warn(this, tr("Sales targets"), saved.error().message());
    m_customersModel->setSheet(&m_sheet);
    select(m_customersModel->rowOf(section, other));
}

Paper TargetsView::paper() const
{
    return static_cast<Paper>(m_paper->currentData().toInt());
}

std::optional<ReportDocument> TargetsView::document()
{
    auto business = m_services.settings.businessProfile();
    if (!business) {
        m_prompter.warn(this, tr("Sales targets"), business.error().message());
        return std::nullopt;
    }
    return TargetSheetService::report(m_sheet, *business, m_services.clock.now());
}

void TargetsView::previewSheet()
{
    if (auto report = document())
        reportOutput::preview(this, *report, paper(), QPageLayout::Landscape, m_prompter);
}

void TargetsView::savePdf()
{
    if (auto report = document())
        reportOutput::savePdf(this, *report, paper(), QPageLayout::Landscape, m_prompter,
                              tr("Sales targets %1.pdf").arg(m_date->date().toString(Qt::ISODate)));
}

void TargetsView::exportCsv()
{
    reportOutput::saveCsv(
        this, tr("Export sales targets"),
        tr("Sales targets %1.csv").arg(m_date->date().toString(Qt::ISODate)),
        [this](CsvWriter& writer) { TargetSheetService::writeCsv(writer, m_sheet); }, m_prompter);
}

} // namespace setia
