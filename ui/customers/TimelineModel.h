#pragma once

#include "domain/TimelineEntry.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace setia {

// A customer's timeline (SPEC §13), newest first, narrowed to one kind or not. Overdue
// follow-ups are red, open ones bold; voided sales and payments grey.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Kind, What, Amount, Outcome, Staff, ColumnCount };

    explicit TimelineModel(QObject* parent = nullptr);

    void setEntries(QList<TimelineEntry> entries);
    // Only rows of `kind`; nullopt: every row.
    void setKindFilter(std::optional<TimelineKind> kind);
    const TimelineEntry& entry(int row) const { return m_shown.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void refilter();

    QList<TimelineEntry> m_entries;
    QList<TimelineEntry> m_shown;
    std::optional<TimelineKind> m_kind;
};

} // namespace setia
