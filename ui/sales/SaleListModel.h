#pragma once

#include "common/PagedTableModel.h"
#include "domain/SaleList.h"

namespace setia {

class SaleService;

// The sales list: pages of sales for a filter, newest or oldest first (time is the only
// order: at 1 000 000 sales every other order would need its own index).
class SaleListModel : public PagedTableModel<SaleRow>
{
    Q_OBJECT

public:
    enum Column { Time, Receipt, Customer, Payment, DueDate, Total, Status, ColumnCount };

    explicit SaleListModel(const SaleService& sales, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    const SaleListFilter& filter() const { return m_filter; }
    void setFilter(const SaleListFilter& filter);
    Result<SaleTotals> totals() const;
    qint64 saleId(int row) const;

protected:
    Result<QList<SaleRow>> readPage(const PageRequest& request) const override;
    PageKey keyOf(const SaleRow& row) const override { return row.key; }

private:
    const SaleService& m_sales;
    SaleListFilter m_filter;
};

} // namespace setia
