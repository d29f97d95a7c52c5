#include "products/ProductsView.h"

#include "common/UserPrompter.h"
#include "products/ProductDialog.h"
#include "products/ProductListModel.h"
#include "services/ProductService.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>

namespace setia {

ProductsView::ProductsView(ProductService& service, UserPrompter& prompter, QWidget* parent)
    : ListPage(tr("Products"), tr("Search product name, SKU or category… (Ctrl+F)"), parent)
    , m_service(service)
    , m_prompter(prompter)
    , m_model(new ProductListModel(service, this))
{
    setObjectName(QStringLiteral("productsView"));
    QPushButton* newButton = addPrimaryButton(tr("&New product"), tr("Add a product (Ctrl+N)"));
    m_showInactive = new QCheckBox(tr("Show &inactive"), this);
    m_editButton = new QPushButton(QIcon(QStringLiteral(":/icons/edit.png")), tr("&Open"), this);
    m_activeButton = new QPushButton(this);
    addTool(m_showInactive);
    addTool(m_editButton);
    addTool(m_activeButton);
    setModel(m_model, ProductListModel::Name, {110, 0, 150, 90, 130, 130}, ProductListModel::Name);
    setNarrowHidden({ProductListModel::Unit, ProductListModel::Category});
    setEmptyHint(tr("No products yet. Ctrl+N adds one; Import & export brings in a catalogue "
                    "from a spreadsheet (CSV). A purchase at the counter needs none."));

    connect(addShortcut(QKeySequence::Find, tr("Find product")), &QAction::triggered, this,
            &ProductsView::focusSearchField);
    connect(addShortcut(QKeySequence::New, tr("New product")), &QAction::triggered, this,
            &ProductsView::newProduct);
    connect(searchField(), &QLineEdit::textChanged, this, &ProductsView::applyFilter);
    connect(m_showInactive, &QCheckBox::toggled, this, &ProductsView::applyFilter);
    connect(newButton, &QPushButton::clicked, this, &ProductsView::newProduct);
    connect(m_editButton, &QPushButton::clicked, this, [this] { openRow(currentRow()); });
    connect(m_activeButton, &QPushButton::clicked, this, &ProductsView::toggleActive);
    connect(table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProductsView::updateState);
    connect(m_model, &ProductListModel::reloaded, this, &ProductsView::updateState);
    const auto warnLoad = [this](const QString& message) {
        m_prompter.warn(this, tr("Products"), message);
    };
    connect(m_model, &ProductListModel::loadFailed, this, warnLoad);
    // The first page was read as the model was made, before this connection.
    if (!m_model->failure().isEmpty())
        warnLoad(m_model->failure());
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
    m_model->setFilter(ProductFilter{searchField()->text(), m_showInactive->isChecked()});
}

void ProductsView::updateState()
{
    const bool inactive = m_model->filter().inactive;
    if (auto total = m_model->totalCount())
        countLabel()->setText(inactive ? tr("%1 inactive products").arg(QLocale().toString(*total))
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

} // namespace setia
