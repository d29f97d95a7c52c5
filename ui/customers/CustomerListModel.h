#pragma once

#include "common/PagedTableModel.h"
#include "domain/CustomerList.h"
#include "relationships/LateFollowUps.h"

namespace setia {

class CustomerService;
class FollowUpService;

// The customer list: pages of the customer service's rows for a filter and a sort column,
// read as the view scrolls. Reloads when the service says customers were added or changed.
// A customer with a follow-up open past its due day is shown red (SPEC §13).
class CustomerListModel : public PagedTableModel<CustomerRow>
{
    Q_OBJECT

public:
    enum Column { Code, Name, Phone, City, Area, Type, Salesperson, Joined, ColumnCount };

    CustomerListModel(const CustomerService& customers, const FollowUpService& followUps,
                      QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const CustomerFilter& filter() const { return m_filter; }
    void setFilter(const CustomerFilter& filter);
    // How many customers the filter finds (not only the pages read).
    Result<qint64> totalCount() const;

    // The id of the customer in `row`; 0 when out of range.
    qint64 customerId(int row) const;

protected:
    Result<QList<CustomerRow>> readPage(const PageRequest& request) const override;
    PageKey keyOf(const CustomerRow& row) const override { return row.key; }

private:
    const CustomerService& m_customers;
    const FollowUpService& m_followUps;
    CustomerFilter m_filter;
    mutable LateFollowUps m_late; // checked with each page, read again when stale
};

} // namespace setia
