#pragma once

#include "common/Result.h"
#include "domain/Paging.h"

#include <QAbstractTableModel>
#include <QList>

namespace setia {

// The signals of every paged model (a template cannot declare them).
class PagedTableModelBase : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    // Why the list stopped before its end (a page that could not be read), empty while every
    // page read so far was read whole. A view shows it when it is made, for the first page
    // read before it listened to loadFailed.
    const QString& failure() const { return m_failure; }

Q_SIGNALS:
    // A page could not be read; the message says what to do.
    void loadFailed(const QString& message);
    // The list was read again from its first page (new filter, sort or data).
    void reloaded();

protected:
    QString m_failure;
};

// A table model over a list too long to read at once: it holds the pages fetched so far and
// fetches the next one (keyset-paged, so page 500 costs what page 1 costs) when the view
// scrolls near the end. Subclasses read a page and say how to show a row.
template <typename Row>
class PagedTableModel : public PagedTableModelBase
{
public:
    static constexpr int pageSize = 200;

    using PagedTableModelBase::PagedTableModelBase;

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }

    bool canFetchMore(const QModelIndex& parent) const override
    {
        return !parent.isValid() && !m_complete;
    }

    void fetchMore(const QModelIndex& parent) override
    {
        if (parent.isValid() || m_complete)
            return;
        auto page = readPage(request());
        if (!page) {
            m_complete = true;
            m_failure = page.error().message();
            Q_EMIT loadFailed(m_failure);
            return;
        }
        if (page->size() < pageSize)
            m_complete = true;
        if (page->isEmpty())
            return;
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
        m_rows.append(std::move(page).value());
        endInsertRows();
    }

    void sort(int column, Qt::SortOrder order) override
    {
        m_sortColumn = column;
        m_order = order;
        reload();
    }

    // Reads the list again from its first page.
    void reload()
    {
        beginResetModel();
        m_rows.clear();
        m_complete = false;
        m_failure.clear();
        endResetModel();
        fetchMore({});
        Q_EMIT reloaded();
    }

    const Row& rowAt(int row) const { return m_rows.at(row); }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }

protected:
    virtual Result<QList<Row>> readPage(const PageRequest& request) const = 0;
    virtual PageKey keyOf(const Row& row) const = 0;

private:
    PageRequest request() const
    {
        PageRequest request;
        request.order = m_order;
        request.limit = pageSize;
        if (!m_rows.isEmpty())
            request.after = keyOf(m_rows.back());
        return request;
    }

    QList<Row> m_rows;
    bool m_complete = false;
    int m_sortColumn = 0;
    Qt::SortOrder m_order = Qt::AscendingOrder;
};

} // namespace setia
