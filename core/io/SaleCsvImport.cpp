#include "io/SaleCsvImport.h"

#include "domain/SaleMath.h"
#include "io/CsvFields.h"
#include "stores/CustomerStore.h"
#include "stores/ProductStore.h"
#include "stores/SaleStore.h"

namespace setia {
namespace {

enum Column {
    Receipt,
    Date,
    CustomerCode,
    Sku,
    Qty,
    UnitPrice,
    PaymentColumn,
    LineDiscount,
    SaleDiscount
};

} // namespace

SaleCsvImport::SaleCsvImport(const CustomerStore& customers, const ProductStore& products,
                             SaleStore& sales)
    : m_customers(customers)
    , m_products(products)
    , m_sales(sales)
{}

QStringList SaleCsvImport::canonicalColumns()
{
    return {QStringLiteral("receipt"),       QStringLiteral("date"),
            QStringLiteral("customer_code"), QStringLiteral("sku"),
            QStringLiteral("qty"),           QStringLiteral("unit_price"),
            QStringLiteral("payment"),       QStringLiteral("line_discount"),
            QStringLiteral("sale_discount")};
}

QStringList SaleCsvImport::requiredColumns() const
{
    return {QStringLiteral("receipt"), QStringLiteral("date"), QStringLiteral("sku"),
            QStringLiteral("qty")};
}

Status SaleCsvImport::prepare()
{
    auto codes = m_customers.idsAndTermsByCode();
    if (!codes)
        return codes.error();
    m_customerByCode = std::move(codes).value();
    auto products = m_products.all();
    if (!products)
        return products.error();
    for (const Product& product : std::as_const(*products))
        m_productBySku.insert(product.sku, product);
    return {};
}

std::optional<QString> SaleCsvImport::addRow(int line, const QStringList& values)
{
    const QString receipt = values.at(Receipt).trimmed();
    if (receipt.isEmpty())
        return tr("receipt is empty: every row needs the receipt number of its sale.");
    if (receipt.size() > 40)
        return tr("receipt has more than 40 characters.");
    QString reason;
    const auto soldAt = CsvFields::dateTime(values.at(Date), QStringLiteral("date"), reason);
    if (!soldAt)
        return reason;
    qint64 customerId = 0;
    int terms = 30;
    const QString code = values.at(CustomerCode).trimmed().toUpper();
    if (!code.isEmpty()) {
        const auto it = m_customerByCode.constFind(code);
        if (it == m_customerByCode.constEnd())
            return tr("customer_code %1 is not a customer. Import the customers first, or "
                      "correct the code.")
                .arg(code);
        customerId = it->first;
        terms = it->second;
    }
    const QString sku = values.at(Sku).trimmed().toUpper();
    const auto product = m_productBySku.constFind(sku);
    if (product == m_productBySku.constEnd())
        return sku.isEmpty() ? tr("sku is empty: name the product of this line.")
                             : tr("sku %1 is not a product. Import the products first, or "
                                  "correct the SKU.")
                                   .arg(sku);
    const auto quantity = CsvFields::quantity(values.at(Qty), QStringLiteral("qty"), reason);
    if (!quantity)
        return reason;
    qint64 unitPrice = product->price;
    if (!values.at(UnitPrice).trimmed().isEmpty()) {
        const auto price =
            CsvFields::amount(values.at(UnitPrice), QStringLiteral("unit_price"), reason);
        if (!price)
            return reason;
        unitPrice = *price;
    }
    PaymentKind payment = PaymentKind::Cash;
    if (!values.at(PaymentColumn).trimmed().isEmpty()) {
        const auto kind = sale::paymentFromId(values.at(PaymentColumn));
        if (!kind)
            return tr("payment \"%1\" is neither cash nor credit.")
                .arg(values.at(PaymentColumn).trimmed());
        payment = *kind;
    }
    if (payment == PaymentKind::Credit && customerId == 0)
        return tr("a credit sale needs a customer_code: say who owes the amount.");
    qint64 lineDiscount = 0;
    if (!values.at(LineDiscount).trimmed().isEmpty()) {
        const auto discount =
            CsvFields::amount(values.at(LineDiscount), QStringLiteral("line_discount"), reason);
        if (!discount)
            return reason;
        lineDiscount = *discount;
    }
    if (unitPrice > 0 && quantity->milli() > qint64(1'000'000'000'000'000'000) / unitPrice)
        return tr("qty × unit_price is too large.");
    SaleLine saleLine;
    saleLine.productId = product->id;
    saleLine.sku = product->sku;
    saleLine.productName = product->name;
    saleLine.quantity = *quantity;
    saleLine.unitPrice = unitPrice;
    saleLine.unitCost = product->cost;
    saleLine.discount = lineDiscount;
    const qint64 gross = saleMath::lineAmount(*quantity, unitPrice, 0);
    if (lineDiscount > gross)
        return tr("line_discount is more than the line's amount.");
    saleLine.amount = gross - lineDiscount;

    qsizetype position = m_index.value(receipt, -1);
    if (position < 0) {
        Staged fresh;
        fresh.sale.receipt = receipt;
        fresh.sale.soldAt = *soldAt;
        fresh.sale.customerId = customerId;
        fresh.sale.payment = payment;
        fresh.customerCode = code;
        fresh.termsDays = terms;
        position = m_staged.size();
        m_index.insert(receipt, position);
        m_staged.append(std::move(fresh));
    }
    Staged& staged = m_staged[position];
    if (staged.conflict.isEmpty()) {
        if (staged.sale.soldAt.date() != soldAt->date())
            staged.conflict = tr("the rows of receipt %1 have different dates.").arg(receipt);
        else if (staged.sale.customerId != customerId)
            staged.conflict = tr("the rows of receipt %1 name different customers.").arg(receipt);
        else if (staged.sale.payment != payment)
            staged.conflict = tr("the rows of receipt %1 mix cash and credit.").arg(receipt);
    }
    if (!values.at(SaleDiscount).trimmed().isEmpty()) {
        const auto discount =
            CsvFields::amount(values.at(SaleDiscount), QStringLiteral("sale_discount"), reason);
        if (!discount)
            return reason;
        staged.sale.discount = std::max(staged.sale.discount, *discount);
    }
    staged.sale.lines.append(saleLine);
    staged.sale.linesTotal += saleLine.amount;
    staged.sale.costMilli += saleMath::lineCostMilli(saleLine.quantity, saleLine.unitCost);
    staged.lines.append(line);
    return std::nullopt;
}

Result<qint64> SaleCsvImport::finish(QList<RejectedRow>& rejected, int& acceptedRows)
{
    qint64 created = 0;
    // The rows are not kept (a million of them would take gigabytes): their values are
    // written again from what was read.
    auto rejectAll = [&](const Staged& staged, const QString& reason) {
        const Sale& sale = staged.sale;
        for (qsizetype i = 0; i < staged.lines.size(); ++i) {
            const SaleLine& line = sale.lines.at(i);
            rejected.append(RejectedRow{
                staged.lines.at(i),
                reason,
                {sale.receipt, sale.soldAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 staged.customerCode, line.sku, line.quantity.toString(QLatin1Char('.')),
                 QString::number(line.unitPrice), sale::paymentId(sale.payment)}});
        }
    };
    // In time order: the indexes by time and by receipt (which starts with the date) then
    // grow at their end instead of all over.
    std::stable_sort(m_staged.begin(), m_staged.end(), [](const Staged& a, const Staged& b) {
        return a.sale.soldAt < b.sale.soldAt;
    });
    for (Staged& staged : m_staged) {
        Sale& sale = staged.sale;
        if (!staged.conflict.isEmpty()) {
            rejectAll(staged, staged.conflict + QLatin1Char(' ') +
                                  tr("Give each sale its own receipt number."));
            continue;
        }
        if (sale.discount > sale.linesTotal) {
            rejectAll(staged,
                      tr("sale_discount of receipt %1 is more than its lines.").arg(sale.receipt));
            continue;
        }
        sale.revenue = sale.linesTotal - sale.discount;
        if (sale.payment == PaymentKind::Credit)
            sale.dueDate = sale.soldAt.date().addDays(staged.termsDays);
        sale.createdAt = sale.soldAt;
        // A receipt already in Setia is found by its unique index as the sale goes in; the
        // failed insert writes nothing, and the import goes on.
        auto id = m_sales.insert(sale);
        if (!id && id.error().kind() == Error::Kind::Duplicate) {
            rejectAll(staged, tr("receipt %1 is already in Setia: this sale was imported or "
                                 "entered before.")
                                  .arg(sale.receipt));
            continue;
        }
        if (!id)
            return id.error();
        ++created;
        acceptedRows += static_cast<int>(staged.lines.size());
    }
    return created;
}

} // namespace setia
