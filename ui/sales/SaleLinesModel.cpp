#include "sales/SaleLinesModel.h"

#include "domain/Money.h"

namespace setia {

int SaleLinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int SaleLinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SaleLinesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line& line = m_lines.at(index.row());
    const qint64 price = line.draft.unitPrice.value_or(line.product.price);
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        const bool edit = role == Qt::EditRole;
        switch (index.column()) {
        case Item:
            return QString(line.product.sku + QStringLiteral("  ") + line.product.name);
        case Quantity:
            return line.draft.quantity.toString();
        case Unit:
            return line.product.unit;
        case Price:
            return edit ? QString::number(price) : money::formatPlain(price);
        case Discount:
            if (edit)
                return QString::number(line.draft.discount);
            return line.draft.discount == 0 ? QString() : money::formatPlain(line.draft.discount);
        case Amount:
            return money::formatPlain(line.amount);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Item && index.column() != Unit)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Price && price != line.product.price)
        return tr("Catalogue price: %1").arg(money::format(line.product.price));
    return {};
}

bool SaleLinesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_lines.size())
        return false;
    Line& line = m_lines[index.row()];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case Quantity: {
        const auto quantity = setia::Quantity::parse(text);
        if (!quantity || !quantity->isPositive()) {
            Q_EMIT inputRefused(tr("Type the quantity as a number above 0 with up to three "
                                   "decimals, such as 2 or 1,5."));
            return false;
        }
        line.draft.quantity = *quantity;
        break;
    }
    case Price:
    case Discount: {
        const auto amount = money::parse(text.isEmpty() ? QStringLiteral("0") : text);
        if (!amount || *amount < 0) {
            Q_EMIT inputRefused(tr("Type an amount in whole Rupiah, such as 15000 or 15.000."));
            return false;
        }
        if (index.column() == Price)
            line.draft.unitPrice = *amount;
        else
            line.draft.discount = *amount;
        break;
    }
    default:
        return false;
    }
    Q_EMIT dataChanged(index, index);
    Q_EMIT linesChanged();
    return true;
}

Qt::ItemFlags SaleLinesModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == Quantity || index.column() == Price || index.column() == Discount)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant SaleLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section != Item && section != Unit)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Item:
        return tr("Item");
    case Quantity:
        return tr("Qty");
    case Unit:
        return tr("Unit");
    case Price:
        return tr("Price");
    case Discount:
        return tr("Discount");
    case Amount:
        return tr("Amount");
    default:
        return {};
    }
}

int SaleLinesModel::addProduct(const Product& product)
{
    if (!m_lines.isEmpty() && m_lines.back().product.id == product.id) {
        const int row = static_cast<int>(m_lines.size()) - 1;
        Line& last = m_lines.back();
        last.draft.quantity = last.draft.quantity + setia::Quantity::fromUnits(1);
        Q_EMIT dataChanged(index(row, Quantity), index(row, Quantity));
        Q_EMIT linesChanged();
        return row;
    }
    const int row = static_cast<int>(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.append(Line{product, SaleLineDraft{product.id, setia::Quantity::fromUnits(1), {}, 0},
                        product.price});
    endInsertRows();
    Q_EMIT linesChanged();
    return row;
}

void SaleLinesModel::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    Q_EMIT linesChanged();
}

QList<SaleLineDraft> SaleLinesModel::drafts() const
{
    QList<SaleLineDraft> drafts;
    drafts.reserve(m_lines.size());
    for (const Line& line : m_lines)
        drafts.append(line.draft);
    return drafts;
}

void SaleLinesModel::setAmounts(const QList<qint64>& amounts)
{
    for (qsizetype row = 0; row < m_lines.size() && row < amounts.size(); ++row)
        m_lines[row].amount = amounts.at(row);
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, Amount), index(rowCount() - 1, Amount));
}

} // namespace setia
