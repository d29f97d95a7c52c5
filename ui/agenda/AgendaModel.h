#pragma once

#include "domain/Agenda.h"

#include <QAbstractTableModel>
#include <QDate>

#include <optional>

namespace setia {

// The day's agenda (SPEC §13) held whole — at most one row per follow-up and per customer and
// kind — in the agenda's order unless sorted by another column; a search narrows it by name,
// member code or phone. Late follow-ups and overdue credit are red.
class AgendaModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Kind, Due, Code, Name, Phone, Detail, Salesperson, ColumnCount };

    explicit AgendaModel(QObject* parent = nullptr);

    void setItems(QList<AgendaItem> items, const QDate& day);
    void setSearch(const QString& text);
    // Only rows of `kind`; nullopt: every row.
    void setKindFilter(std::optional<AgendaKind> kind);
    const AgendaItem& itemAt(int row) const { return m_all.at(m_shown.at(row)); }
    const QList<AgendaItem>& items() const { return m_all; }
    QList<AgendaItem> shownItems() const;
    const QDate& day() const { return m_day; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    void refilter();
    void sortShown();

    QList<AgendaItem> m_all;
    QList<qsizetype> m_shown; // indexes into m_all
    QDate m_day;
    QString m_search;
    std::optional<AgendaKind> m_kind;
    int m_sortColumn = Number;
    Qt::SortOrder m_order = Qt::AscendingOrder;
};

} // namespace setia
