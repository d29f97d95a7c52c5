#include "products/ProductListModel.h"

#include "domain/Money.h"
#include "services/ProductService.h"

namespace setia {

ProductListModel::ProductListModel(const ProductService& products, QObject* parent)
    : PagedTableModel<ProductRow>(parent)
    , m_products(products)
{
    sort(Name, Qt::AscendingOrder);
    const auto again = [this] { reload(); };
    connect(&m_products, &ProductService::productAdded, this, again);
    connect(&m_products, &ProductService::productChanged, this, again);
    connect(&m_products, &ProductService::productsChanged, this, again);
}

int ProductListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Product& product = rowAt(index.row()).product;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Sku:
            return product.sku;
        case Name:
            return product.name;
        case Category:
            return product.category;
        case Unit:
            return product.unit;
        case Price:
            return money::format(product.price);
        case Cost:
            return money::format(product.cost);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Price || index.column() == Cost))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ProductListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sku:
        return tr("SKU");
    case Name:
        return tr("Name");
    case Category:
        return tr("Category");
    case Unit:
        return tr("Unit");
    case Price:
        return tr("Price");
    case Cost:
        return tr("Cost");
    default:
        return {};
    }
}

void ProductListModel::setFilter(const ProductFilter& filter)
{
    m_filter = filter;
    reload();
}

Result<qint64> ProductListModel::totalCount() const
{
    return m_products.count(m_filter);
}

qint64 ProductListModel::productId(int row) const
{
    return row >= 0 && row < rowCount() ? rowAt(row).product.id : 0;
}

Result<QList<ProductRow>> ProductListModel::readPage(const PageRequest& request) const
{
    ProductSort sort = ProductSort::Name;
    switch (sortColumn()) {
    case Sku:
        sort = ProductSort::Sku;
        break;
    case Category:
        sort = ProductSort::Category;
        break;
    case Price:
    case Cost:
        sort = ProductSort::Price;
        break;
    default:
        break;
    }
    return m_products.page(m_filter, sort, request);
}

} // namespace setia
