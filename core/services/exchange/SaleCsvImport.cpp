#include "services/exchange/SaleCsvImport.h"

#include "io/CsvFields.h"
#include "services/ProductService.h"
#include "services/SaleService.h"

#include <algorithm>

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

SaleCsvImport::SaleCsvImport(const CustomerService& customers, const ProductService& products,
                             SaleService& sales)
    : m_customers(customers)
    , m_products(products)
    , m_sales(sales)
{}

Status SaleCsvImport::prepare()
{
    auto codes = m_customers.codeIndex();
    if (!codes)
        return codes.error();
    m_customerByCode = std::move(codes).value();
    auto products = m_products.all();
    if (!products)
        return products.error();
    m_catalogue = std::move(products).value();
    for (qsizetype i = 0; i < m_catalogue.size(); ++i)
        m_productBySku.insert(m_catalogue.at(i).sku, qint32(i));
    return {};
}

std::optional<QString> SaleCsvImport::addRow(int line, const QStringList& values)
{
    const QString receipt = values.at(Receipt).trimmed();
    if (receipt.isEmpty())
        return tr("receipt is empty: every row needs the receipt number of its sale.");
    if (receipt.size() > 40)
        return tr("receipt has more than 40 characters.");
    auto refused = stageRow(line, values, receipt);
    if (refused)
        refuseSale(receipt, line);
    return refused;
}

void SaleCsvImport::unreadableRow(int line, const QStringList& values)
{
    const QString receipt = values.at(Receipt).trimmed();
    if (!receipt.isEmpty() && receipt.size() <= 40)
        refuseSale(receipt, line);
}

void SaleCsvImport::refuseSale(const QString& receipt, int line)
{
    // The sale's other rows go with it: part of a sale would give wrong totals.
    StagedSale& staged = stagedSale(receipt);
    if (staged.conflict == Conflict::None) {
        staged.conflict = Conflict::BadRow;
        staged.badLine = line;
    }
}

SaleCsvImport::StagedSale& SaleCsvImport::stagedSale(const QString& receipt)
{
    // The rows of a sale usually follow each other: the previous row's sale is checked
    // before the hash, and a new receipt costs one hash lookup.
    if (m_lastSale < 0 || m_staged[std::size_t(m_lastSale)].sale.receipt != receipt) {
        qint32& slot = m_saleByReceipt[receipt]; // position in m_staged + 1; 0 when new
        if (slot == 0) {
            StagedSale fresh;
            fresh.sale.receipt = receipt;
            m_staged.push_back(std::move(fresh));
            slot = qint32(m_staged.size());
        }
        m_lastSale = slot - 1;
    }
    return m_staged[std::size_t(m_lastSale)];
}

std::optional<QString> SaleCsvImport::stageRow(int line, const QStringList& values,
                                               const QString& receipt)
{
    QString reason;
    const auto soldAt = CsvFields::dateAndTime(values.at(Date), QStringLiteral("date"), reason);
    if (!soldAt)
        return reason;
    qint64 customerId = 0;
    const QString code = values.at(CustomerCode).trimmed().toUpper();
    if (!code.isEmpty()) {
        const auto it = m_customerByCode.constFind(code);
        if (it == m_customerByCode.constEnd())
            return tr("customer_code %1 is not a customer. Import the customers first, or "
                      "correct the code.")
                .arg(code);
        customerId = it->id;
    }
    const QString sku = values.at(Sku).trimmed().toUpper();
    const auto found = m_productBySku.constFind(sku);
    if (found == m_productBySku.constEnd())
        return sku.isEmpty() ? tr("sku is empty: name the product of this line.")
                             : tr("sku %1 is not a product. Import the products first, or "
                                  "correct the SKU.")
                                   .arg(sku);
    const auto quantity = CsvFields::quantity(values.at(Qty), QStringLiteral("qty"), reason);
    if (!quantity)
        return reason;
    qint64 unitPrice = m_catalogue.at(*found).price;
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

    StagedSale& staged = stagedSale(receipt);
    SaleBatch::Entry& sale = staged.sale;
    if (sale.lineCount == 0 && staged.conflict == Conflict::None) {
        // Its first good row says when, for whom and how it was paid.
        sale.date = soldAt->date;
        sale.time = soldAt->time;
        sale.customerId = customerId;
        sale.payment = payment;
    } else if (staged.conflict == Conflict::None) {
        if (sale.date != soldAt->date)
            staged.conflict = Conflict::Dates;
        else if (sale.customerId != customerId)
            staged.conflict = Conflict::Customers;
        else if (sale.payment != payment)
            staged.conflict = Conflict::Payments;
    }
    if (!values.at(SaleDiscount).trimmed().isEmpty()) {
        const auto discount =
            CsvFields::amount(values.at(SaleDiscount), QStringLiteral("sale_discount"), reason);
        if (!discount)
            return reason;
        sale.discount = std::max(sale.discount, *discount);
    }
    StagedLine saleLine;
    saleLine.quantityMilli = quantity->milli();
    saleLine.unitPrice = unitPrice;
    saleLine.discount = lineDiscount;
    saleLine.product = *found;
    saleLine.fileLine = line;
    saleLine.sale = m_lastSale;
    m_lines.push_back(saleLine);
    ++sale.lineCount;
    return std::nullopt;
}

QString SaleCsvImport::conflictReason(const StagedSale& staged) const
{
    const QString ownReceipt = QLatin1Char(' ') + tr("Give each sale its own receipt number.");
    const QString& receipt = staged.sale.receipt;
    switch (staged.conflict) {
    case Conflict::Dates:
        return tr("the rows of receipt %1 have different dates.").arg(receipt) + ownReceipt;
    case Conflict::Customers:
        return tr("the rows of receipt %1 name different customers.").arg(receipt) + ownReceipt;
    case Conflict::Payments:
        return tr("the rows of receipt %1 mix cash and credit.").arg(receipt) + ownReceipt;
    case Conflict::BadRow:
        return tr("line %1 of receipt %2 was refused, and a sale is imported whole or not at "
                  "all: correct that line.")
            .arg(staged.badLine)
            .arg(receipt);
    case Conflict::None:
        break;
    }
    return {};
}

void SaleCsvImport::rejectAll(const SaleBatch::Entry& sale, const QString& reason,
                              QList<RejectedRow>& rejected)
{
    // The rows are not kept (a million of them would take gigabytes): their values are
    // written again from what was read.
    if (m_codeByCustomer.isEmpty()) {
        for (auto it = m_customerByCode.cbegin(); it != m_customerByCode.cend(); ++it)
            m_codeByCustomer.insert(it->id, it.key());
        for (const Product& product : std::as_const(m_catalogue))
            m_skuByProduct.insert(product.id, product.sku);
    }
    const QString soldAt = sale.date.toString(Qt::ISODate) + QLatin1Char(' ') +
                           sale.time.toString(QStringLiteral("HH:mm"));
    const QString code = m_codeByCustomer.value(sale.customerId);
    for (qint32 i = sale.firstLine; i < sale.firstLine + sale.lineCount; ++i) {
        const SaleBatch::Line& line = m_batch.lines[std::size_t(i)];
        rejected.append(
            RejectedRow{m_fileLines[std::size_t(i)],
                        reason,
                        {sale.receipt, soldAt, code, m_skuByProduct.value(line.productId),
                         Quantity::fromMilli(line.quantityMilli).toString(QLatin1Char('.')),
                         QString::number(line.unitPrice), sale::paymentId(sale.payment)}});
    }
}

void SaleCsvImport::putInTimeOrder()
{
    // Equal times keep their file order. A sale none of whose rows was good has no date: it
    // goes first (it is refused whole anyway).
    std::vector<std::pair<qint64, qint32>> order;
    order.reserve(m_staged.size());
    for (std::size_t i = 0; i < m_staged.size(); ++i) {
        const SaleBatch::Entry& sale = m_staged[i].sale;
        const qint64 time = sale.date.isValid() ? sale.date.toJulianDay() * 86'400'000 +
                                                      sale.time.msecsSinceStartOfDay()
                                                : 0;
        order.emplace_back(time, qint32(i));
    }
    std::sort(order.begin(), order.end());
    std::vector<StagedSale> sorted;
    sorted.reserve(m_staged.size());
    // By a sale's position before sorting: where its next line goes.
    std::vector<qint32> place(m_staged.size());
    qint32 firstLine = 0;
    for (const auto& [time, position] : order) {
        StagedSale& staged = m_staged[std::size_t(position)];
        staged.sale.firstLine = firstLine;
        place[std::size_t(position)] = firstLine;
        firstLine += staged.sale.lineCount;
        sorted.push_back(std::move(staged));
    }
    m_staged = std::move(sorted);
    m_batch.lines.resize(m_lines.size());
    m_fileLines.resize(m_lines.size());
    for (const StagedLine& line : m_lines) {
        const auto at = std::size_t(place[std::size_t(line.sale)]++);
        m_batch.lines[at] = SaleBatch::Line{m_catalogue.at(line.product).id, line.quantityMilli,
                                            line.unitPrice, line.discount};
        m_fileLines[at] = line.fileLine;
    }
    m_lines = {}; // its memory goes back before the inserts
}

QString SaleCsvImport::refusalReason(const SaleBatch::Entry& sale, const Error& refusal) const
{
    if (refusal.kind() == Error::Kind::Duplicate)
        return tr("receipt %1 is already in Setia: this sale was imported or entered before.")
            .arg(sale.receipt);
    if (refusal.field() == QLatin1String("discount"))
        return tr("sale_discount of receipt %1 is more than its lines.").arg(sale.receipt);
    return tr("receipt %1: %2").arg(sale.receipt, refusal.message());
}

Result<qint64> SaleCsvImport::finish(QList<RejectedRow>& rejected, int& acceptedRows,
                                     const BulkOptions& options)
{
    m_saleByReceipt.clear(); // not needed any more: its memory goes back before the inserts
    // In time order: the indexes by time and by receipt (which starts with the date) then
    // grow at their end instead of all over.
    putInTimeOrder();
    // The sales whose rows agree go to the service; the others are refused here, whole.
    // The lines of a refused sale stay in the batch, where no sale points to them.
    m_batch.sales.reserve(m_staged.size());
    for (StagedSale& staged : m_staged) {
        if (staged.conflict != Conflict::None)
            rejectAll(staged.sale, conflictReason(staged), rejected);
        else
            m_batch.sales.push_back(std::move(staged.sale));
    }
    m_staged = {};
    auto saved = m_sales.importSales(m_batch, options);
    if (!saved)
        return saved.error();
    qint64 created = 0;
    for (std::size_t i = 0; i < m_batch.sales.size(); ++i) {
        const SaleBatch::Entry& sale = m_batch.sales[i];
        if (const Error* refusal = saved->refusal(i)) {
            rejectAll(sale, refusalReason(sale, *refusal), rejected);
            continue;
        }
        ++created;
        acceptedRows += sale.lineCount;
    }
    return created;
}

} // namespace setia
