#include "customers/CustomersView.h"

#include "common/UserPrompter.h"
#include "customers/CustomerDialog.h"
#include "customers/CustomerListModel.h"
#include "services/CustomerService.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace setia {

CustomersView::CustomersView(CustomerService& service, const CustomerStore& store,
                             UserPrompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_prompter(prompter)
    , m_model(new CustomerListModel(store, this))
{
    setObjectName(QStringLiteral("customersView"));

    auto* title = new QLabel(tr("Customers"), this);
    title->setObjectName(QStringLiteral("viewTitle"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("viewSubtitle"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Search name, phone, member code or city… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.png")), QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);

    auto* newButton =
        new QPushButton(QIcon(QStringLiteral(":/icons/add-light.png")), tr("&New customer"), this);
    newButton->setObjectName(QStringLiteral("primaryButton"));
    newButton->setToolTip(tr("Add a customer (Ctrl+N)"));
    m_editButton = new QPushButton(QIcon(QStringLiteral(":/icons/edit.png")), tr("&Open"), this);
    m_editButton->setToolTip(tr("Open the selected customer (Enter)"));
    m_archiveButton = new QPushButton(this);
    m_showArchived = new QCheckBox(tr("Show &archived"), this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("customerTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CustomerListModel::Name, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setHighlightSections(false);
    // The name takes what the other columns leave; those keep widths that fit their data.
    const int widths[] = {90, 0, 130, 110, 140, 80, 130, 110};
    for (int column = 0; column < CustomerListModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, widths[column]);
    m_table->horizontalHeader()->setSectionResizeMode(CustomerListModel::Name,
                                                      QHeaderView::Stretch);

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(m_count);
    header->addLayout(titles);
    header->addStretch();
    header->addWidget(newButton);

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_search, 1);
    tools->addWidget(m_showArchived);
    tools->addWidget(m_editButton);
    tools->addWidget(m_archiveButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addLayout(tools);
    layout->addWidget(m_table, 1);

    auto* findAction = new QAction(tr("Find customer"), this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, &CustomersView::focusSearch);
    addAction(findAction);
    auto* newAction = new QAction(tr("New customer"), this);
    newAction->setShortcut(QKeySequence::New);
    connect(newAction, &QAction::triggered, this, &CustomersView::newCustomer);
    addAction(newAction);

    connect(m_search, &QLineEdit::textChanged, this, &CustomersView::applyFilter);
    connect(m_showArchived, &QCheckBox::toggled, this, &CustomersView::applyFilter);
    connect(newButton, &QPushButton::clicked, this, &CustomersView::newCustomer);
    connect(m_editButton, &QPushButton::clicked, this, [this] { openRow(currentRow()); });
    connect(m_archiveButton, &QPushButton::clicked, this, &CustomersView::toggleArchived);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { openRow(index.row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomersView::updateActions);
    connect(m_model, &CustomerListModel::reloaded, this, &CustomersView::updateCount);
    connect(m_model, &CustomerListModel::reloaded, this, &CustomersView::updateActions);
    connect(m_model, &CustomerListModel::loadFailed, this,
            [this](const QString& message) { m_prompter.warn(this, tr("Customers"), message); });
    connect(&m_service, &CustomerService::customerAdded, m_model, &CustomerListModel::reload);
    connect(&m_service, &CustomerService::customerChanged, m_model, &CustomerListModel::reload);

    updateCount();
    updateActions();
}

void CustomersView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CustomersView::newCustomer()
{
    Customer draft;
    draft.joined = QDate::currentDate();
    CustomerDialog dialog(m_service, m_prompter, draft, this);
    if (dialog.exec() == QDialog::Accepted)
        selectCustomer(dialog.savedCustomer().id);
}

void CustomersView::openRow(int row)
{
    const qint64 id = m_model->customerId(row);
    if (id == 0)
        return;
    auto customer = m_service.find(id);
    if (!customer || !customer->has_value()) {
        m_prompter.warn(this, tr("Customers"),
                        customer ? tr("This customer no longer exists.")
                                 : customer.error().message());
        return;
    }
    CustomerDialog dialog(m_service, m_prompter, **customer, this);
    if (dialog.exec() == QDialog::Accepted)
        selectCustomer(id);
}

bool CustomersView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            if (m_model->rowCount() > 0) {
                m_table->setFocus();
                m_table->selectRow(qMax(0, currentRow()));
                return true;
            }
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // One match opens straight away; several go to the list to choose.
            if (m_model->rowCount() == 1) {
                openRow(0);
                return true;
            }
            if (m_model->rowCount() > 1) {
                m_table->setFocus();
                m_table->selectRow(0);
                return true;
            }
            break;
        case Qt::Key_Escape:
            if (!m_search->text().isEmpty()) {
                m_search->clear();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CustomersView::applyFilter()
{
    m_model->setFilter(CustomerFilter{m_search->text(), m_showArchived->isChecked()});
}

void CustomersView::updateCount()
{
    auto total = m_model->totalCount();
    if (!total) {
        m_count->setText(total.error().message());
        return;
    }
    const QString number = QLocale().toString(*total);
    if (m_model->filter().archived)
        m_count->setText(tr("%1 archived customers").arg(number));
    else if (!m_model->filter().search.trimmed().isEmpty())
        m_count->setText(tr("%1 customers found").arg(number));
    else
        m_count->setText(tr("%1 customers").arg(number));
}

void CustomersView::updateActions()
{
    const bool archived = m_model->filter().archived;
    const bool selected = currentRow() >= 0;
    m_archiveButton->setText(archived ? tr("&Restore") : tr("A&rchive"));
    m_archiveButton->setIcon(QIcon(archived ? QStringLiteral(":/icons/restore.png")
                                            : QStringLiteral(":/icons/archive.png")));
    m_archiveButton->setToolTip(archived ? tr("Bring the selected customer back to the list")
                                         : tr("Hide the selected customer; nothing is deleted"));
    m_archiveButton->setEnabled(selected);
    m_editButton->setEnabled(selected);
}

void CustomersView::toggleArchived()
{
    const int row = currentRow();
    const qint64 id = m_model->customerId(row);
    if (id == 0)
        return;
    const bool archive = !m_model->filter().archived;
    const QString name = m_model->rowAt(row).name;
    if (archive && !m_prompter.confirm(this, tr("Archive customer"),
                                       tr("Archive %1? The customer leaves the list but nothing is "
                                          "deleted; you can restore them under \"Show archived\".")
                                           .arg(name),
                                       tr("Archive"))) {
        return;
    }
    if (Status status = m_service.setArchived(id, archive); !status)
        m_prompter.warn(this, tr("Customers"), status.error().message());
}

int CustomersView::currentRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void CustomersView::selectCustomer(qint64 id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->customerId(row) == id) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
            return;
        }
    }
}

} // namespace setia
