#include "receivables/ReceivableListModel.h"

#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "domain/PhoneNumber.h"
#include "services/FollowUpService.h"
#include "services/PaymentService.h"

#include <QBrush>
#include <QColor>

#include <algorithm>
#include <variant>

namespace setia {
namespace {

QString digitsOf(const QString& text)
{
    QString digits;
    for (const QChar c : text)
        if (c.isDigit())
            digits.append(c);
    return digits;
}

// The order of one column, ties by name then id, so equal balances keep a stable order.
bool before(const ReceivableRow& a, const ReceivableRow& b, int column)
{
    auto key = [column](const ReceivableRow& row) -> std::variant<qint64, QString> {
        switch (column) {
        case ReceivableListModel::Code:
            return row.code;
        case ReceivableListModel::Phone:
            return row.phone;
        case ReceivableListModel::Balance:
            return row.balance;
        case ReceivableListModel::Overdue:
            return row.aging.overdue();
        case ReceivableListModel::DaysOverdue:
            return qint64{row.daysOverdue};
        case ReceivableListModel::OldestDue:
            return row.oldestDueDate.toJulianDay();
        case ReceivableListModel::Status:
            return static_cast<qint64>(row.status);
        case ReceivableListModel::CreditLimit:
            return row.creditLimit;
        default:
            return row.name.toCaseFolded();
        }
    };
    const auto left = key(a);
    const auto right = key(b);
    if (left != right)
        return left < right;
    if (const int byName = a.name.compare(b.name, Qt::CaseInsensitive); byName != 0)
        return byName < 0;
    return a.customerId < b.customerId;
}

} // namespace

QString ReceivableListModel::statusName(CreditStatus status)
{
    switch (status) {
    case CreditStatus::Current:
        return tr("current");
    case CreditStatus::Overdue:
        return tr("overdue");
    case CreditStatus::Macet:
        return tr("macet");
    }
    return {};
}

ReceivableListModel::ReceivableListModel(const PaymentService& payments,
                                         const FollowUpService& followUps, QObject* parent)
    : QAbstractTableModel(parent)
    , m_payments(payments)
    , m_followUps(followUps)
{}

int ReceivableListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int ReceivableListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReceivableListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const ReceivableRow& row = m_shown.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Code:
            return row.code;
        case Name:
            return row.archived ? tr("%1 (archived)").arg(row.name) : row.name;
        case Phone:
            return PhoneNumber::formatNational(row.phone);
        case Balance:
            return money::format(row.balance);
        case Overdue:
            return row.aging.overdue() > 0 ? money::format(row.aging.overdue()) : QString();
        case DaysOverdue:
            return row.daysOverdue > 0 ? QString::number(row.daysOverdue) : QString();
        case OldestDue:
            return row.oldestDueDate.isValid() ? display::shortDate(row.oldestDueDate) : QString();
        case Status:
            return statusName(row.status);
        case CreditLimit:
            return row.creditLimit > 0 ? money::format(row.creditLimit) : tr("cash only");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Balance || index.column() == Overdue || index.column() == DaysOverdue ||
         index.column() == CreditLimit))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (m_late.isLate(row.customerId) && index.column() == Name) {
        if (role == Qt::ForegroundRole)
            return QBrush(LateFollowUps::colour());
        if (role == Qt::ToolTipRole)
            return m_late.note(row.customerId);
    }
    if (role == Qt::ToolTipRole && index.column() == Status)
        return tr("current: nothing overdue · overdue: the oldest overdue sale is 1–90 days "
                  "late · macet: more than 90 days");
    if (role == Qt::ForegroundRole && index.column() == Status &&
        row.status != CreditStatus::Current)
        return QBrush(row.status == CreditStatus::Macet ? QColor(0xb4, 0x23, 0x18)
                                                        : QColor(0xb5, 0x47, 0x08));
    return {};
}

QVariant ReceivableListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == Balance || section == Overdue ||
                                          section == DaysOverdue || section == CreditLimit))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Phone:
        return tr("Phone");
    case Balance:
        return tr("Owes");
    case Overdue:
        return tr("Overdue");
    case DaysOverdue:
        return tr("Days late");
    case OldestDue:
        return tr("Oldest due");
    case Status:
        return tr("Status");
    case CreditLimit:
        return tr("Credit limit");
    default:
        return {};
    }
}

void ReceivableListModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_order = order;
    beginResetModel();
    sortShown();
    endResetModel();
}

bool ReceivableListModel::load(const QDate& asOf, QString* error)
{
    auto debtors = m_payments.debtors(asOf);
    if (!debtors) {
        if (error)
            *error = debtors.error().message();
        return false;
    }
    m_all = std::move(debtors).value();
    m_late.refresh(m_followUps);
    beginResetModel();
    refilter();
    endResetModel();
    return true;
}

void ReceivableListModel::setSearch(const QString& text)
{
    m_search = text.trimmed();
    beginResetModel();
    refilter();
    endResetModel();
}

qint64 ReceivableListModel::totalBalance() const
{
    qint64 total = 0;
    for (const ReceivableRow& row : m_shown)
        total += row.balance;
    return total;
}

qint64 ReceivableListModel::totalOverdue() const
{
    qint64 total = 0;
    for (const ReceivableRow& row : m_shown)
        total += row.aging.overdue();
    return total;
}

void ReceivableListModel::refilter()
{
    if (m_search.isEmpty()) {
        m_shown = m_all;
    } else {
        const QString digits = digitsOf(m_search);
        m_shown.clear();
        for (const ReceivableRow& row : std::as_const(m_all)) {
            const bool matches = row.name.contains(m_search, Qt::CaseInsensitive) ||
                                 row.code.contains(m_search, Qt::CaseInsensitive) ||
                                 (digits.size() >= 3 && digitsOf(row.phone).contains(digits));
            if (matches)
                m_shown.append(row);
        }
    }
    sortShown();
}

void ReceivableListModel::sortShown()
{
    const int column = m_sortColumn;
    if (m_order == Qt::AscendingOrder)
        std::sort(m_shown.begin(), m_shown.end(),
                  [column](const ReceivableRow& a, const ReceivableRow& b) {
                      return before(a, b, column);
                  });
    else
        std::sort(m_shown.begin(), m_shown.end(),
                  [column](const ReceivableRow& a, const ReceivableRow& b) {
                      return before(b, a, column);
                  });
}

} // namespace setia
