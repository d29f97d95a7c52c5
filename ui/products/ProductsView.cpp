#include "products/ProductsView.h"

#include "common/UserPrompter.h"
#include "products/ProductDialog.h"
#include "products/ProductListModel.h"
#include "services/ProductService.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace setia {

ProductsView::ProductsView(ProductService& service, const ProductStore& store,
                           UserPrompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_prompter(prompter)
    , m_model(new ProductListModel(store, this))
{
    setObjectName(QStringLiteral("productsView"));
    auto* title = new QLabel(tr("Products"), this);
    title->setObjectName(QStringLiteral("viewTitle"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("viewSubtitle"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("productSearch"));
    m_search->setPlaceholderText(tr("Search product name, SKU or category… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.png")), QLineEdit::LeadingPosition);
    auto* newButton =
        new QPushButton(QIcon(QStringLiteral(":/icons/add-light.png")), tr("&New product"), this);
    newButton->setObjectName(QStringLiteral("primaryButton"));
    m_editButton = new QPushButton(QIcon(QStringLiteral(":/icons/edit.png")), tr("&Open"), this);
    m_activeButton = new QPushButton(this);
    m_showInactive = new QCheckBox(tr("Show &inactive"), this);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProductListModel::Name, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setHighlightSections(false);
    const int widths[] = {110, 0, 150, 90, 130, 130};
    for (int column = 0; column < ProductListModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, widths[column]);
    m_table->horizontalHeader()->setSectionResizeMode(ProductListModel::Name, QHeaderView::Stretch);

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(m_count);
    header->addLayout(titles);
    header->addStretch();
    header->addWidget(newButton);
    auto* tools = new QHBoxLayout;
    tools->addWidget(m_search, 1);
    tools->addWidget(m_showInactive);
    tools->addWidget(m_editButton);
    tools->addWidget(m_activeButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addLayout(tools);
    layout->addWidget(m_table, 1);

    auto* findAction = new QAction(tr("Find product"), this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(findAction);
    auto* newAction = new QAction(tr("New product"), this);
    newAction->setShortcut(QKeySequence::New);
    connect(newAction, &QAction::triggered, this, &ProductsView::newProduct);
    addAction(newAction);

    connect(m_search, &QLineEdit::textChanged, this, &ProductsView::applyFilter);
    connect(m_showInactive, &QCheckBox::toggled, this, &ProductsView::applyFilter);
    connect(newButton, &QPushButton::clicked, this, &ProductsView::newProduct);
    connect(m_editButton, &QPushButton::clicked, this, [this] { openRow(currentRow()); });
    connect(m_activeButton, &QPushButton::clicked, this, &ProductsView::toggleActive);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { openRow(index.row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProductsView::updateState);
    connect(m_model, &ProductListModel::reloaded, this, &ProductsView::updateState);
    connect(m_model, &ProductListModel::loadFailed, this,
            [this](const QString& message) { m_prompter.warn(this, tr("Products"), message); });
    connect(&m_service, &ProductService::productAdded, m_model, &ProductListModel::reload);
    connect(&m_service, &ProductService::productChanged, m_model, &ProductListModel::reload);
    updateState();
}

void ProductsView::newProduct()
{
    ProductDialog dialog(m_service, Product{}, this);
    dialog.exec();
}

void ProductsView::openRow(int row)
{
    const qint64 id = m_model->productId(row);
    if (id == 0)
        return;
    auto product = m_service.find(id);
    if (!product || !product->has_value()) {
        m_prompter.warn(this, tr("Products"),
                        product ? tr("This product no longer exists.") : product.error().message());
        return;
    }
    ProductDialog dialog(m_service, **product, this);
    dialog.exec();
}

void ProductsView::applyFilter()
{
    m_model->setFilter(ProductFilter{m_search->text(), m_showInactive->isChecked()});
}

void ProductsView::updateState()
{
    const bool inactive = m_model->filter().inactive;
    if (auto total = m_model->totalCount())
        m_count->setText(inactive ? tr("%1 inactive products").arg(QLocale().toString(*total))
                                  : tr("%1 products").arg(QLocale().toString(*total)));
    const bool selected = currentRow() >= 0;
    m_activeButton->setText(inactive ? tr("&Reactivate") : tr("&Deactivate"));
    m_activeButton->setToolTip(inactive ? tr("Sell the selected product again")
                                        : tr("Stop selling the selected product; its history "
                                             "stays"));
    m_activeButton->setEnabled(selected);
    m_editButton->setEnabled(selected);
}

void ProductsView::toggleActive()
{
    const qint64 id = m_model->productId(currentRow());
    if (id == 0)
        return;
    if (Status status = m_service.setActive(id, m_model->filter().inactive); !status)
        m_prompter.warn(this, tr("Products"), status.error().message());
}

int ProductsView::currentRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

} // namespace setia
