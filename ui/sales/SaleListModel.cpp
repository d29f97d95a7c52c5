#include "sales/SaleListModel.h"

#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "services/SaleService.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace setia {

SaleListModel::SaleListModel(const SaleService& sales, QObject* parent)
    : PagedTableModel<SaleRow>(parent)
    , m_sales(sales)
{
    const auto again = [this] { reload(); };
    connect(&m_sales, &SaleService::saleRecorded, this, again);
    connect(&m_sales, &SaleService::saleVoided, this, again);
    connect(&m_sales, &SaleService::salesChanged, this, again);
}

int SaleListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SaleListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SaleRow& sale = rowAt(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return QString(display::shortDate(sale.soldAt.date()) + QStringLiteral("  ") +
                           sale.soldAt.time().toString(QStringLiteral("HH:mm")));
        case Receipt:
            return sale.receipt;
        case Customer:
            return sale.customerId == 0 ? tr("Walk-in buyer") : sale.customerName;
        case Payment:
            return sale.payment == PaymentKind::Credit ? tr("Credit") : tr("Cash");
        case DueDate:
            return sale.dueDate.isValid() ? display::shortDate(sale.dueDate) : QString();
        case Total:
            return money::format(sale.revenue);
        case Status:
            return sale.voided ? tr("Voided: %1").arg(sale.voidReason) : QString();
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Total)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && sale.voided) {
        QFont font;
        font.setStrikeOut(index.column() == Total);
        return font;
    }
    if (role == Qt::ForegroundRole && sale.voided)
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role == Qt::ForegroundRole && index.column() == Customer && sale.customerId == 0)
        return QBrush(QPalette().color(QPalette::PlaceholderText));
    return {};
}

QVariant SaleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == Total)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Receipt:
        return tr("Receipt");
    case Customer:
        return tr("Customer");
    case Payment:
        return tr("Payment");
    case DueDate:
        return tr("Due");
    case Total:
        return tr("Total");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

void SaleListModel::sort(int, Qt::SortOrder order)
{
    PagedTableModel<SaleRow>::sort(Time, order);
}

void SaleListModel::setFilter(const SaleListFilter& filter)
{
    m_filter = filter;
    reload();
}

Result<SaleTotals> SaleListModel::totals() const
{
    return m_sales.listTotals(m_filter);
}

qint64 SaleListModel::saleId(int row) const
{
    return row >= 0 && row < rowCount() ? rowAt(row).id : 0;
}

Result<QList<SaleRow>> SaleListModel::readPage(const PageRequest& request) const
{
    return m_sales.listPage(m_filter, request);
}

} // namespace setia
