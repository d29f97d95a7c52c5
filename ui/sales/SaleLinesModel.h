#pragma once

#include "domain/Product.h"
#include "services/SaleService.h"

#include <QAbstractTableModel>

namespace setia {

// The lines of a sale being entered: product, quantity, price and line discount as typed,
// and the amounts the sale service priced (SPEC §5 rounding lives in core, not here).
class SaleLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Item, Quantity, Unit, Price, Discount, Amount, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Adds one of `product`, or one more when its line is the last one (scanning twice).
    // Returns the row.
    int addProduct(const Product& product);
    void removeLine(int row);
    QList<SaleLineDraft> drafts() const;
    // The priced amounts, one per line, in order.
    void setAmounts(const QList<qint64>& amounts);

Q_SIGNALS:
    // A line was added, removed or edited: the sale needs pricing again.
    void linesChanged();
    // A typed quantity, price or discount is not a number; the text says what to type.
    void inputRefused(const QString& message);

private:
    struct Line
    {
        Product product;
        SaleLineDraft draft;
        qint64 amount = 0;
    };
    QList<Line> m_lines;
};

} // namespace setia
