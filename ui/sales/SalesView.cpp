#include "sales/SalesView.h"

#include "common/Clock.h"
#include "common/DateEdit.h"
#include "common/PickerLookups.h"
#include "common/SearchPicker.h"
#include "common/UserPrompter.h"
#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "sales/SaleDetailsDialog.h"
#include "sales/SaleDialog.h"
#include "sales/SaleListModel.h"
#include "services/CustomerService.h"
#include "services/SaleService.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>

namespace setia {

SalesView::SalesView(const Services& services, UserPrompter& prompter, QWidget* parent)
    : ListPage(tr("Sales"), tr("Search receipt number… (Ctrl+F)"), parent)
    , m_services(services)
    , m_prompter(prompter)
    , m_model(new SaleListModel(services.sales, this))
{
    setObjectName(QStringLiteral("salesView"));
    QPushButton* newButton = addPrimaryButton(tr("&New sale"), tr("Enter a sale (Ctrl+N)"));
    m_customer = new SearchPicker(pickers::customers(services.customers), this);
    m_customer->setObjectName(QStringLiteral("customerFilter"));
    m_customer->setPlaceholderText(tr("All customers"));
    m_customer->setMinimumWidth(240);
    m_openButton = new QPushButton(QIcon(QStringLiteral(":/icons/edit.png")), tr("&Open"), this);
    m_openButton->setToolTip(tr("Show the selected sale, to look at or void it (Enter)"));
    addTool(m_customer);
    addTool(m_openButton);

    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("period"));
    m_period->addItems({tr("Today"), tr("Last 7 days"), tr("This month"), tr("Last month"),
                        tr("This year"), tr("All time"), tr("Dates…")});
    const QDate today = services.clock.today();
    m_from = new DateEdit(today, this);
    m_to = new DateEdit(today, this);
    for (QDateEdit* edit : {m_from, m_to})
        edit->setCalendarPopup(true);
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_payment = new QComboBox(this);
    m_payment->setObjectName(QStringLiteral("paymentFilter"));
    m_payment->addItems({tr("Cash and credit"), tr("Cash"), tr("Credit")});
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItems({tr("Not voided"), tr("Voided only"), tr("Voided too")});
    auto* fromLabel = new QLabel(tr("From"), this);
    auto* toLabel = new QLabel(tr("to"), this);
    for (QWidget* filter : std::initializer_list<QWidget*>{m_period, fromLabel, m_from, toLabel,
                                                           m_to, m_payment, m_status})
        addFilter(filter);
    setModel(m_model, SaleListModel::Time, {150, 130, 0, 105, 105, 130, 150},
             SaleListModel::Customer, Qt::DescendingOrder);
    setNarrowHidden({SaleListModel::DueDate, SaleListModel::Status});
    setEmptyHint(tr("No sales in this period. Ctrl+N enters a sale; at the Counter (F2) a "
                    "purchase takes a few keys."));
    // Time is the only order; a click elsewhere turns the time order around.
    QHeaderView* header = table()->horizontalHeader();
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [header](int section, Qt::SortOrder order) {
                if (section != SaleListModel::Time)
                    header->setSortIndicator(SaleListModel::Time, order);
            });

    connect(addShortcut(QKeySequence::Find, tr("Find sale")), &QAction::triggered, this,
            &SalesView::focusSearchField);
    connect(addShortcut(QKeySequence::New, tr("New sale")), &QAction::triggered, this,
            &SalesView::newSale);
    connect(newButton, &QPushButton::clicked, this, &SalesView::newSale);
    connect(m_openButton, &QPushButton::clicked, this, [this] { openRow(currentRow()); });
    connect(table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_openButton->setEnabled(currentRow() >= 0); });
    connect(searchField(), &QLineEdit::textChanged, this, &SalesView::applyFilter);
    connect(m_customer, &SearchPicker::picked, this, &SalesView::applyFilter);
    connect(m_period, &QComboBox::currentIndexChanged, this,
            [this](int index) { setPeriod(static_cast<Period>(index)); });
    connect(m_from, &QDateEdit::dateChanged, this, &SalesView::datesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &SalesView::datesEdited);
    connect(m_payment, &QComboBox::currentIndexChanged, this, &SalesView::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &SalesView::applyFilter);
    connect(m_model, &SaleListModel::reloaded, this, &SalesView::updateCount);
    connect(m_model, &SaleListModel::reloaded, this,
            [this] { m_openButton->setEnabled(currentRow() >= 0); });
    connect(m_model, &SaleListModel::loadFailed, this,
            [this](const QString& message) { m_prompter.warn(this, tr("Sales"), message); });

    m_period->setCurrentIndex(static_cast<int>(Period::ThisMonth));
}

void SalesView::newSale()
{
    SaleDialog dialog(m_services.saleEntry, m_prompter, m_customer->pickedId(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // No message to click away at the counter: the saved sale is selected when listed.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->saleId(row) == dialog.savedSale().id) {
            table()->selectRow(row);
            table()->scrollTo(m_model->index(row, 0));
            return;
        }
    }
}

void SalesView::openRow(int row)
{
    const qint64 id = m_model->saleId(row);
    if (id == 0)
        return;
    auto sale = m_services.sales.find(id);
    if (!sale || !*sale) {
        m_prompter.warn(this, tr("Sales"),
                        sale ? tr("This sale no longer exists.") : sale.error().message());
        return;
    }
    SaleDetailsDialog dialog(m_services.sales, m_services.receipts, m_services.tickets,
                             m_services.clock, m_prompter, **sale, m_model->rowAt(row).customerName,
                             this);
    dialog.exec();
}

void SalesView::setPeriod(Period period)
{
    // The combo box's signal comes back here with the period shown.
    if (m_period->currentIndex() != static_cast<int>(period)) {
        m_period->setCurrentIndex(static_cast<int>(period));
        return;
    }
    const QDate today = m_services.clock.today();
    const QDate monthStart(today.year(), today.month(), 1);
    QDate from;
    QDate to = today;
    switch (period) {
    case Period::Today:
        from = today;
        break;
    case Period::Last7Days:
        from = today.addDays(-6);
        break;
    case Period::ThisMonth:
        from = monthStart;
        break;
    case Period::LastMonth:
        from = monthStart.addMonths(-1);
        to = monthStart.addDays(-1);
        break;
    case Period::ThisYear:
        from = QDate(today.year(), 1, 1);
        break;
    case Period::AllTime:
    case Period::Custom:
        break;
    }
    m_settingPeriod = true;
    const bool dated = period != Period::AllTime;
    m_from->setEnabled(dated);
    m_to->setEnabled(dated);
    if (from.isValid()) {
        m_from->setDate(from);
        m_to->setDate(to);
    }
    m_settingPeriod = false;
    applyFilter();
}

void SalesView::datesEdited()
{
    if (m_settingPeriod)
        return;
    {
        // Typed dates are a period of their own; they are read as they are.
        const QSignalBlocker quiet(m_period);
        m_period->setCurrentIndex(static_cast<int>(Period::Custom));
    }
    applyFilter();
}

void SalesView::applyFilter()
{
    if (m_settingPeriod)
        return;
    SaleListFilter filter;
    if (m_period->currentIndex() != static_cast<int>(Period::AllTime)) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    filter.customerId = m_customer->pickedId();
    if (m_payment->currentIndex() == 1)
        filter.payment = PaymentKind::Cash;
    else if (m_payment->currentIndex() == 2)
        filter.payment = PaymentKind::Credit;
    filter.voided = m_status->currentIndex() == 1   ? VoidFilter::Voided
                    : m_status->currentIndex() == 2 ? VoidFilter::All
                                                    : VoidFilter::Valid;
    filter.receipt = searchField()->text();
    m_model->setFilter(filter);
}

void SalesView::updateCount()
{
    if (m_period->currentIndex() != static_cast<int>(Period::AllTime) &&
        m_from->date() > m_to->date()) {
        // Not "0 sales": nothing can fall between a start after the end.
        countLabel()->setText(
            tr("The start date %1 is after the end date %2: swap them to see "
               "the sales between.")
                .arg(display::shortDate(m_from->date()), display::shortDate(m_to->date())));
        return;
    }
    auto totals = m_model->totals();
    if (!totals) {
        countLabel()->setText(totals.error().message());
        return;
    }
    countLabel()->setText(
        tr("%1 sales · %2").arg(QLocale().toString(totals->count), money::format(totals->revenue)));
}

} // namespace setia
