#include "customers/CustomerListModel.h"

#include "domain/DisplayFormat.h"
#include "domain/PhoneNumber.h"
#include "services/CustomerService.h"
#include "services/FollowUpService.h"

#include <QBrush>
#include <QColor>

namespace setia {
namespace {

CustomerSort sortFor(int column)
{
    switch (column) {
    case CustomerListModel::Code:
        return CustomerSort::Code;
    case CustomerListModel::Phone:
        return CustomerSort::Phone;
    case CustomerListModel::City:
        return CustomerSort::City;
    case CustomerListModel::Area:
        return CustomerSort::Area;
    case CustomerListModel::Type:
        return CustomerSort::Type;
    case CustomerListModel::Salesperson:
        return CustomerSort::Salesperson;
    case CustomerListModel::Joined:
        return CustomerSort::Joined;
    default:
        return CustomerSort::Name;
    }
}

} // namespace

CustomerListModel::CustomerListModel(const CustomerService& customers,
                                     const FollowUpService& followUps, QObject* parent)
    : PagedTableModel<CustomerRow>(parent)
    , m_customers(customers)
    , m_followUps(followUps)
{
    sort(Name, Qt::AscendingOrder);
    // A changed customer can move in any sort order: the list is read again from its first
    // page (one page: the rest comes as the view scrolls).
    // A merge moves follow-ups too: what changes the data reads the late marks again.
    const auto again = [this] {
        m_late.invalidate();
        reload();
    };
    connect(&m_customers, &CustomerService::customerAdded, this, again);
    connect(&m_customers, &CustomerService::customerChanged, this, again);
    connect(&m_customers, &CustomerService::customersChanged, this, again);
    connect(&m_followUps, &FollowUpService::followUpsChanged, this, again);
}

int CustomerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const CustomerRow& row = rowAt(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Code:
            return row.code;
        case Name:
            return row.name;
        case Phone:
            return PhoneNumber::formatNational(row.phone);
        case City:
            return row.city;
        case Area:
            return row.area;
        case Type:
            return row.type;
        case Salesperson:
            return row.salesperson;
        case Joined:
            return display::shortDate(row.joined);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && (row.bad || m_late.isLate(row.id))) {
        QStringList notes;
        if (row.bad)
            notes.append(tr("Marked as a bad customer"));
        if (m_late.isLate(row.id))
            notes.append(m_late.note(row.id));
        return notes.join(QLatin1Char('\n'));
    }
    if (role == Qt::ForegroundRole && row.bad)
        return QBrush(QColor(0xb9, 0x1c, 0x1c));
    if (role == Qt::ForegroundRole && m_late.isLate(row.id))
        return QBrush(LateFollowUps::colour());
    return {};
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Phone:
        return tr("Phone");
    case City:
        return tr("City");
    case Area:
        return tr("Area");
    case Type:
        return tr("Type");
    case Salesperson:
        return tr("Salesperson");
    case Joined:
        return tr("Member since");
    default:
        return {};
    }
}

void CustomerListModel::setFilter(const CustomerFilter& filter)
{
    m_filter = filter;
    reload();
}

Result<qint64> CustomerListModel::totalCount() const
{
    return m_customers.count(m_filter);
}

qint64 CustomerListModel::customerId(int row) const
{
    return row >= 0 && row < rowCount() ? rowAt(row).id : 0;
}

Result<QList<CustomerRow>> CustomerListModel::readPage(const PageRequest& request) const
{
    // Read once a day and after follow-ups changed; kept as they were if unreadable (the
    // page's own read says what is wrong).
    m_late.refreshIfStale(m_followUps);
    return m_customers.page(m_filter, sortFor(sortColumn()), request);
}

} // namespace setia
