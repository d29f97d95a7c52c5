#pragma once

#include "analytics/NpsTally.h"

#include <QAbstractTableModel>

namespace setia {

// NPS and CSAT rows on screen (SPEC §14): each group with its answers, promoters, passives,
// detractors, NPS, margin — "not enough data" under the minimum — and CSAT; the overall row
// first, in bold.
class NpsTallyModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Group,
        Answers,
        Promoters,
        Passives,
        Detractors,
        Nps,
        Margin,
        CsatAnswers,
        Csat,
        ColumnCount
    };

    explicit NpsTallyModel(QObject* parent = nullptr);

    // `names` one per row, as shown; `minimum` the answers a margin needs.
    void setRows(QList<NpsTally> rows, QStringList names, int minimum);
    const NpsTally& tallyAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<NpsTally> m_rows;
    QStringList m_names;
    int m_minimum = 30;
};

} // namespace setia
