#pragma once

#include <QVariant>
#include <QtGlobal>

#include <optional>

namespace setia {

// Where a page of a sorted list ends: the sort value and id of its last row. The next page
// starts strictly after it, so paging costs the same on page 1 and page 500.
struct PageKey
{
    QVariant value;
    qint64 id = 0;
};

// A page of a list sorted by one column, ties broken by id.
struct PageRequest
{
    Qt::SortOrder order = Qt::AscendingOrder;
    std::optional<PageKey> after;
    int limit = 200;
};

} // namespace setia
