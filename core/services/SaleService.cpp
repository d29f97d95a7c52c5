#include "services/SaleService.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/Money.h"
#include "domain/Receivables.h"
#include "domain/SaleMath.h"
#include "services/LoyaltyService.h"
#include "services/StampService.h"
#include "stores/CustomerStore.h"
#include "stores/PaymentStore.h"
#include "stores/ProductStore.h"
#include "stores/SaleStore.h"
#include "stores/SequenceStore.h"

namespace setia {
namespace {

constexpr int maxLines = 500;
constexpr int maxNoteLength = 1000;
constexpr int maxReasonLength = 300;

Error invalid(const QString& field, const QString& message)
{
    return Error(Error::Kind::Validation, message, field);
}

// The same sale saved again (an interrupted save retried), not another one.
bool sameSale(const Sale& stored, const Sale& draft)
{
    return stored.customerId == draft.customerId && stored.payment == draft.payment &&
           stored.revenue == draft.revenue && stored.lines.size() == draft.lines.size();
}

} // namespace

SaleService::SaleService(Database& database, SaleStore& sales, PaymentStore& payments,
                         ProductStore& products, CustomerStore& customers, SequenceStore& sequences,
                         LoyaltyService& loyalty, StampService& stamps, const Clock& clock,
                         QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_sales(sales)
    , m_payments(payments)
    , m_products(products)
    , m_customers(customers)
    , m_sequences(sequences)
    , m_loyalty(loyalty)
    , m_stamps(stamps)
    , m_clock(clock)
{}

Result<QString> SaleService::nextReceipt(const QDate& day)
{
    for (;;) {
        auto number = m_sequences.next(QStringLiteral("receipt/") + day.toString(Qt::ISODate));
        if (!number)
            return number.error();
        const QString receipt = QStringLiteral("PJ%1-%2")
                                    .arg(day.toString(QStringLiteral("yyMMdd")))
                                    .arg(*number, 4, 10, QLatin1Char('0'));
        auto taken = m_sales.findByReceipt(receipt);
        if (!taken)
            return taken.error();
        if (!taken->has_value())
            return receipt; // imported receipts may already use a number: skip those
    }
}

Result<QString> SaleService::reserveReceipt(const QDate& day)
{
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status.error();
    auto receipt = nextReceipt(day);
    if (!receipt)
        return receipt.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return receipt;
}

Result<SaleDraft> SaleService::amountSale(qint64 customerId, qint64 amount, PaymentKind payment)
{
    if (amount <= 0 || amount > money::maxAmount)
        return invalid(QStringLiteral("amount"),
                       tr("Type the amount of the purchase in whole Rupiah, more than 0."));
    auto product = m_products.findBySku(amountSku);
    if (!product)
        return product.error();
    qint64 productId = *product ? (*product)->id : 0;
    if (productId == 0) {
        Transaction transaction(m_database);
        if (Status status = transaction.begin(); !status)
            return status.error();
        Product made;
        made.sku = amountSku;
        made.name = tr("Purchase (amount)");
        made.unit = QStringLiteral("x");
        made.active = false;
        made.createdAt = m_clock.now();
        made.updatedAt = made.createdAt;
        auto id = m_products.insert(made);
        if (!id)
            return id.error();
        if (Status status = transaction.commit(); !status)
            return status.error();
        productId = *id;
    }
    SaleDraft draft;
    draft.customerId = customerId;
    draft.payment = payment;
    draft.lines = {SaleLineDraft{productId, Quantity::fromUnits(1), amount, 0}};
    return draft;
}

Result<Sale> SaleService::priced(const SaleDraft& draft) const
{
    Sale sale;
    sale.receipt = draft.receipt.trimmed();
    sale.soldAt = draft.soldAt.isValid() ? draft.soldAt : m_clock.now();
    sale.soldAt.setTime(
        QTime(sale.soldAt.time().hour(), sale.soldAt.time().minute(), sale.soldAt.time().second()));
    sale.customerId = draft.customerId;
    sale.payment = draft.payment;
    sale.note = draft.note.trimmed();
    if (sale.receipt.size() > 40)
        return invalid(QStringLiteral("receipt"),
                       tr("A receipt number has at most 40 characters."));
    if (sale.note.size() > maxNoteLength)
        return invalid(QStringLiteral("note"),
                       tr("The note is too long: at most %1 characters.").arg(maxNoteLength));
    if (!draft.stampRewards.isEmpty() && draft.customerId <= 0)
        return invalid(QStringLiteral("customer"), tr("Only a member can take a stamp reward."));
    QList<SaleLineDraft> lines = draft.lines;
    for (qint64 cardId : draft.stampRewards) {
        auto card = m_stamps.card(cardId);
        if (!card)
            return card.error();
        if (!card->has_value())
            return invalid(QStringLiteral("stamps"),
                           tr("This stamp card does not exist any more."));
        SaleLineDraft reward;
        reward.productId = (*card)->rewardProductId;
        reward.free = true;
        lines.append(reward);
    }
    if (lines.isEmpty())
        return invalid(QStringLiteral("lines"), tr("Add at least one item to the sale."));
    if (lines.size() > maxLines)
        return invalid(QStringLiteral("lines"),
                       tr("A sale has at most %1 lines. Split it into two sales.").arg(maxLines));

    for (qsizetype i = 0; i < lines.size(); ++i) {
        const SaleLineDraft& entry = lines.at(i);
        const int lineNo = static_cast<int>(i + 1);
        auto product = m_products.find(entry.productId);
        if (!product)
            return product.error();
        if (!product->has_value())
            return invalid(QStringLiteral("lines"),
                           tr("Line %1: the product does not exist. Choose it again.").arg(lineNo));
        const Product& p = **product;
        if (!entry.quantity.isPositive() || entry.quantity.milli() > Quantity::maxMilli)
            return invalid(QStringLiteral("lines"),
                           tr("Line %1 (%2): the quantity must be more than 0 and at most "
                              "1.000.000, with up to 3 decimals.")
                               .arg(lineNo)
                               .arg(p.name));
        SaleLine line;
        line.productId = p.id;
        line.sku = p.sku;
        line.productName = p.name;
        line.quantity = entry.quantity;
        line.unitPrice = entry.unitPrice.value_or(p.price);
        line.unitCost = p.cost;
        line.discount = entry.discount;
        if (line.unitPrice < 0 || line.unitPrice > money::maxAmount)
            return invalid(
                QStringLiteral("lines"),
                tr("Line %1 (%2): the price must be zero or more.").arg(lineNo).arg(p.name));
        // quantity × price in thousandths must fit: at most 10^18.
        if (line.unitPrice > 0 &&
            line.quantity.milli() > qint64(1'000'000'000'000'000'000) / line.unitPrice)
            return invalid(QStringLiteral("lines"),
                           tr("Line %1 (%2): the amount is too large.").arg(lineNo).arg(p.name));
        const qint64 gross = saleMath::lineAmount(line.quantity, line.unitPrice, 0);
        if (entry.free)
            line.discount = gross;
        if (line.discount < 0 || line.discount > gross)
            return invalid(QStringLiteral("lines"),
                           tr("Line %1 (%2): the discount must be between 0 and the line's "
                              "amount, %3.")
                               .arg(lineNo)
                               .arg(p.name, money::format(gross)));
        line.amount = gross - line.discount;
        sale.linesTotal += line.amount;
        sale.costMilli += saleMath::lineCostMilli(line.quantity, line.unitCost);
        sale.lines.append(line);
    }
    if (draft.discount < 0 || draft.discount > sale.linesTotal)
        return invalid(QStringLiteral("discount"),
                       tr("The sale discount must be between 0 and the total of the lines, %1.")
                           .arg(money::format(sale.linesTotal)));
    auto rules = m_loyalty.settings();
    if (!rules)
        return rules.error();
    const qint64 pointValue = rules->pointValue;
    if (draft.redeemPoints < 0 || (draft.redeemPoints > 0 && draft.customerId <= 0))
        return invalid(QStringLiteral("points"),
                       tr("Points can be used only by a member, and only whole points."));
    const qint64 reward = draft.redeemPoints * pointValue;
    if (draft.discount + reward > sale.linesTotal)
        return invalid(QStringLiteral("points"),
                       tr("%1 points are worth %2, more than this sale: use at most %3 points.")
                           .arg(draft.redeemPoints)
                           .arg(money::format(reward))
                           .arg((sale.linesTotal - draft.discount) / pointValue));
    sale.discount = draft.discount + reward;
    sale.revenue = sale.linesTotal - sale.discount;

    if (sale.customerId > 0) {
        auto customer = m_customers.find(sale.customerId);
        if (!customer)
            return customer.error();
        if (!customer->has_value())
            return invalid(QStringLiteral("customer"),
                           tr("The customer does not exist. Choose the customer again."));
        if (sale.payment == PaymentKind::Credit)
            sale.dueDate = sale.soldAt.date().addDays((*customer)->termsDays);
    } else if (sale.payment == PaymentKind::Credit) {
        return invalid(QStringLiteral("customer"),
                       tr("A credit sale needs a customer: choose who owes the amount."));
    }
    return sale;
}

Status SaleService::checkCreditLimit(const Sale& sale) const
{
    auto customer = m_customers.find(sale.customerId);
    if (!customer)
        return customer.error();
    const Customer& c = **customer;
    const QDate asOf = std::max(m_clock.today(), sale.soldAt.date());
    auto credit = m_sales.creditSales(c.id, asOf);
    if (!credit)
        return credit.error();
    auto paid = m_payments.totalPaid(c.id, asOf);
    if (!paid)
        return paid.error();
    const qint64 balance = ReceivableSummary::compute(*credit, *paid, asOf).balance;
    const qint64 after = balance + sale.revenue;
    if (c.creditLimit == 0)
        return Error(Error::Kind::CreditLimit,
                     tr("%1 buys for cash only (no credit limit is set). Record the sale as "
                        "cash, or give credit anyway with the owner's approval.")
                         .arg(c.name),
                     QStringLiteral("payment"));
    if (after > c.creditLimit)
        return Error(Error::Kind::CreditLimit,
                     tr("This sale takes what %1 owes to %2, past the credit limit of %3 "
                        "(owed now: %4). Ask for a payment first, or give credit anyway with "
                        "the owner's approval.")
                         .arg(c.name, money::format(after), money::format(c.creditLimit),
                              money::format(balance)),
                     QStringLiteral("payment"));
    return {};
}

Result<Sale> SaleService::record(const SaleDraft& draft, CreditLimitCheck limit)
{
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status.error();
    auto pricedSale = priced(draft);
    if (!pricedSale)
        return pricedSale.error();
    Sale sale = std::move(pricedSale).value();

    if (sale.receipt.isEmpty()) {
        // Numbered inside this transaction: a failed save gives its number back.
        auto receipt = nextReceipt(sale.soldAt.date());
        if (!receipt)
            return receipt.error();
        sale.receipt = *receipt;
    } else {
        auto existing = m_sales.findByReceipt(sale.receipt);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            if (sameSale(**existing, sale))
                return **existing; // saved before: the retry changes nothing
            return Error(Error::Kind::Duplicate,
                         tr("Receipt %1 already belongs to another sale. Use a new receipt "
                            "number.")
                             .arg(sale.receipt),
                         QStringLiteral("receipt"));
        }
    }
    if (sale.payment == PaymentKind::Credit && limit == CreditLimitCheck::Enforce) {
        if (Status status = checkCreditLimit(sale); !status)
            return status.error();
    }
    sale.createdAt = m_clock.now();
    auto id = m_sales.insert(sale);
    if (!id)
        return id.error();
    sale.id = *id;
    Status points = draft.redeemPoints > 0 ? m_loyalty.redeemFor(sale, draft.redeemPoints)
                                           : m_loyalty.earnFor(sale);
    if (!points)
        return points.error();
    // Rewards from the stamps held before this sale; then what the sale itself gives.
    if (Status status = m_stamps.redeemFor(sale, draft.stampRewards); !status)
        return status.error();
    if (Status status = m_stamps.stampFor(sale); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    Q_EMIT saleRecorded(sale.id, sale.customerId);
    return sale;
}

Status SaleService::voidSale(qint64 saleId, const QString& reason)
{
    const QString why = reason.simplified();
    if (why.isEmpty())
        return invalid(QStringLiteral("reason"), tr("Say why the sale is voided."));
    if (why.size() > maxReasonLength)
        return invalid(QStringLiteral("reason"),
                       tr("The reason is too long: at most %1 characters.").arg(maxReasonLength));
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status;
    auto sale = m_sales.find(saleId);
    if (!sale)
        return sale.error();
    if (!sale->has_value())
        return Error(Error::Kind::NotFound, tr("This sale does not exist."));
    if ((*sale)->voided)
        return invalid(QStringLiteral("reason"),
                       tr("Sale %1 was already voided.").arg((*sale)->receipt));
    if (Status status = m_sales.setVoided(saleId, why, m_clock.now()); !status)
        return status;
    if (Status status = m_loyalty.reverseFor(**sale, why); !status)
        return status;
    if (Status status = m_stamps.reverseFor(**sale, why); !status)
        return status;
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT saleVoided(saleId, (*sale)->customerId);
    return {};
}

Result<std::optional<Sale>> SaleService::find(qint64 saleId) const
{
    return m_sales.find(saleId);
}

} // namespace setia
