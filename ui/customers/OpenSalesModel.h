#pragma once

#include "domain/Receivables.h"

#include <QAbstractTableModel>

namespace setia {

// A customer's credit sales that are not fully paid: what each came to, what payments
// cover of it, what is still owed and how late it is.
class OpenSalesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Receipt, Date, Due, Amount, Paid, Open, DaysLate, ColumnCount };

    explicit OpenSalesModel(QObject* parent = nullptr);
    void setSales(QList<OpenCreditSale> sales);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<OpenCreditSale> m_sales;
};

} // namespace setia
