#pragma once

#include "domain/Product.h"
#include "domain/Sale.h"
#include "io/CsvImport.h"

#include <QCoreApplication>
#include <QHash>

namespace setia {

class CustomerStore;
class ProductStore;
class SaleStore;

// Sales files (SPEC §8): one row per line; rows sharing a receipt form one sale, wherever
// they stand in the file. Optional extra columns line_discount and sale_discount carry
// discounts (Setia's own exports write them). Unit costs are the products' costs now;
// the credit limit is not checked (the sales happened already); a receipt already in the
// database is refused with all its rows.
class SaleCsvImport final : public CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(SaleCsvImport)

public:
    SaleCsvImport(const CustomerStore& customers, const ProductStore& products, SaleStore& sales);

    static QStringList canonicalColumns();
    QStringList columns() const override { return canonicalColumns(); }
    QStringList requiredColumns() const override;
    Status prepare() override;
    std::optional<QString> addRow(int line, const QStringList& values) override;
    Result<qint64> finish(QList<RejectedRow>& rejected, int& acceptedRows) override;

private:
    struct Staged
    {
        Sale sale;
        int termsDays = 30;
        QString customerCode;
        QList<int> lines; // file lines of its rows
        QString conflict; // why the rows disagree, if they do
    };

    const CustomerStore& m_customers;
    const ProductStore& m_products;
    SaleStore& m_sales;
    QHash<QString, std::pair<qint64, int>> m_customerByCode; // code → (id, terms)
    QHash<QString, Product> m_productBySku;
    QHash<QString, qsizetype> m_index; // receipt → position in m_staged
    QList<Staged> m_staged;
};

} // namespace setia
