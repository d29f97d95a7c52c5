#include "stores/CustomerNameOrder.h"

#include "db/Database.h"
#include "db/SqlError.h"
#include "db/SqlRows.h"

#include <QSqlQuery>

#include <algorithm>

namespace setia {

Status CustomerNameOrder::refresh(const Database& database)
{
    auto dataVersion = database.dataVersion();
    if (!dataVersion)
        return dataVersion.error();
    if (!m_stale && *dataVersion == m_dataVersion && database.rollbacks() == m_rollbacks)
        return {};

    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT id FROM customers WHERE archived = 0 ORDER BY sort_name, id")))
        return SqlError::from(query);
    std::vector<qint64> rankById;
    qint64 rank = 0;
    if (Status read = sql::forEachRow(query,
                                      [&](const SqlRow& row) {
                                          const auto id = static_cast<size_t>(row.integer("id"));
                                          if (id >= rankById.size())
                                              rankById.resize(std::max(id + 1, rankById.size() * 2),
                                                              -1);
                                          rankById[id] = rank++;
                                      });
        !read)
        return read.error();
    m_rankById = std::move(rankById);
    m_dataVersion = *dataVersion;
    m_rollbacks = database.rollbacks();
    m_stale = false;
    return {};
}

qint64 CustomerNameOrder::rankOf(qint64 id) const
{
    const auto index = static_cast<size_t>(id);
    return id >= 0 && index < m_rankById.size() ? m_rankById[index] : -1;
}

QList<qint64> CustomerNameOrder::firstAfter(const QList<qint64>& ids, qint64 afterRank,
                                            bool descending, int limit) const
{
    std::vector<std::pair<qint64, qint64>> ranked; // (rank, id)
    ranked.reserve(static_cast<size_t>(ids.size()));
    for (qint64 id : ids) {
        const qint64 rank = rankOf(id);
        if (rank < 0)
            continue;
        if (afterRank >= 0 && (descending ? rank >= afterRank : rank <= afterRank))
            continue;
        ranked.emplace_back(descending ? -rank : rank, id);
    }
    const auto count = std::min(ranked.size(), static_cast<size_t>(limit));
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(count),
                      ranked.end());
    QList<qint64> result;
    result.reserve(static_cast<qsizetype>(count));
    for (size_t i = 0; i < count; ++i)
        result.append(ranked[i].second);
    return result;
}

} // namespace setia
