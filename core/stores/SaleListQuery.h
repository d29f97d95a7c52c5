#pragma once

#include "common/Result.h"
#include "domain/Sale.h"
#include "domain/SaleList.h"
#include "stores/Keyset.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace setia {

class Database;

// Reads the sales list: pages by time, newest or oldest first, and totals, fast at
// 1 000 000 sales (indexes sales_by_time, sales_by_customer, sales_voided).
class SaleListQuery
{
public:
    explicit SaleListQuery(Database& database);

    Result<QList<SaleRow>> page(const SaleListFilter& filter, const PageRequest& request) const;
    Result<SaleTotals> totals(const SaleListFilter& filter) const;

private:
    Database& m_database;
};

} // namespace setia
