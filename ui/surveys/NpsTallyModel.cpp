#include "surveys/NpsTallyModel.h"

#include "domain/DisplayFormat.h"
#include "reports/SatisfactionReport.h"

#include <QFont>

namespace setia {

NpsTallyModel::NpsTallyModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void NpsTallyModel::setRows(QList<NpsTally> rows, QStringList names, int minimum)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_names = std::move(names);
    m_minimum = minimum;
    endResetModel();
}

int NpsTallyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NpsTallyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NpsTallyModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const NpsTally& t = m_rows.at(index.row());
    if (role == Qt::FontRole && t.group == nps::allGroup) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Group)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Margin && t.responses > 0 &&
        !t.marginTenths(m_minimum))
        return tr("The margin is worked out from %1 answers: with fewer, the NPS can be far "
                  "off.")
            .arg(m_minimum);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Group:
        return m_names.value(index.row(), t.group);
    case Answers:
        return display::count(t.responses);
    case Promoters:
        return display::count(t.promoters);
    case Passives:
        return display::count(t.passives);
    case Detractors:
        return display::count(t.detractors);
    case Nps:
        return SatisfactionReport::tenthsText(t.npsTenths());
    case Margin:
        return t.responses > 0 ? SatisfactionReport::marginText(t, m_minimum) : QStringLiteral("-");
    case CsatAnswers:
        return display::count(t.csatResponses);
    case Csat:
        return t.csatTenths() ? tr("%1 %").arg(SatisfactionReport::tenthsText(t.csatTenths()))
                              : QStringLiteral("-");
    default:
        return {};
    }
}

QVariant NpsTallyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Group:
        return tr("Group");
    case Answers:
        return tr("Answers");
    case Promoters:
        return tr("Promoters\n(9–10)");
    case Passives:
        return tr("Passives\n(7–8)");
    case Detractors:
        return tr("Detractors\n(0–6)");
    case Nps:
        return tr("NPS");
    case Margin:
        return tr("Margin\n(95 %)");
    case CsatAnswers:
        return tr("CSAT\nanswers");
    case Csat:
        return tr("CSAT\n4–5");
    default:
        return {};
    }
}

} // namespace setia
