#pragma once

#include "common/PagedTableModel.h"
#include "domain/ProductList.h"

namespace setia {

class ProductService;

// The catalogue list: pages of products for a search and a sort column.
class ProductListModel : public PagedTableModel<ProductRow>
{
    Q_OBJECT

public:
    enum Column { Sku, Name, Category, Unit, Price, Cost, ColumnCount };

    explicit ProductListModel(const ProductService& products, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const ProductFilter& filter() const { return m_filter; }
    void setFilter(const ProductFilter& filter);
    Result<qint64> totalCount() const;
    qint64 productId(int row) const;

protected:
    Result<QList<ProductRow>> readPage(const PageRequest& request) const override;
    PageKey keyOf(const ProductRow& row) const override { return row.key; }

private:
    const ProductService& m_products;
    ProductFilter m_filter;
};

} // namespace setia
