#include "services/SaleService.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/SqlDialect.h"
#include "db/Transaction.h"
#include "domain/IsoTime.h"
#include "domain/Money.h"
#include "domain/Receivables.h"
#include "domain/SaleMath.h"
#include "services/LoyaltyService.h"
#include "services/StampService.h"
#include "stores/CustomerStore.h"
#include "stores/PaymentStore.h"
#include "stores/ProductStore.h"
#include "stores/SaleListQuery.h"
#include "stores/SaleStore.h"
#include "stores/SequenceStore.h"

#include <QSet>
#include <QtNumeric>

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

SaleService::SaleService(Database& database, SaleStore& sales, const SaleListQuery& list,
                         PaymentStore& payments, ProductStore& products, CustomerStore& customers,
                         SequenceStore& sequences, LoyaltyService& loyalty, StampService& stamps,
                         const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_sales(sales)
    , m_list(list)
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
    if (amount <= 0)
        return invalid(QStringLiteral("amount"),
                       tr("Type the amount of the purchase in whole Rupiah, more than 0."));
    if (amount > money::maxSale)
        return invalid(QStringLiteral("amount"),
                       tr("%1 is above %2, the most one sale may be. Check the amount.")
                           .arg(money::format(amount), money::format(money::maxSale)));
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

Result<SaleLine> SaleService::pricedLine(const Product& p, Quantity quantity, qint64 unitPrice,
                                         qint64 discount, bool free, int lineNo)
{
    if (!quantity.isPositive() || quantity.milli() > Quantity::maxMilli)
        return invalid(QStringLiteral("lines"),
                       tr("Line %1 (%2): the quantity must be more than 0 and at most "
                          "1.000.000, with up to 3 decimals.")
                           .arg(lineNo)
                           .arg(p.name));
    SaleLine line;
    line.productId = p.id;
    line.sku = p.sku;
    line.productName = p.name;
    line.quantity = quantity;
    line.unitPrice = unitPrice;
    line.unitCost = p.cost;
    line.discount = discount;
    if (line.unitPrice < 0)
        return invalid(QStringLiteral("lines"),
                       tr("Line %1 (%2): the price must be zero or more.").arg(lineNo).arg(p.name));
    // quantity × price, in thousandths, compared by division: it must not overflow on the
    // way to being refused.
    if (line.unitPrice > 0 && line.quantity.milli() > money::maxLine * 1000 / line.unitPrice)
        return invalid(QStringLiteral("lines"),
                       tr("Line %1 (%2): quantity × price is above %3, the most one line may "
                          "be. Check the quantity and the price.")
                           .arg(lineNo)
                           .arg(p.name, money::format(money::maxLine)));
    const qint64 gross = saleMath::lineAmount(line.quantity, line.unitPrice, 0);
    if (free)
        line.discount = gross;
    if (line.discount < 0 || line.discount > gross)
        return invalid(QStringLiteral("lines"),
                       tr("Line %1 (%2): the discount must be between 0 and the line's "
                          "amount, %3.")
                           .arg(lineNo)
                           .arg(p.name, money::format(gross)));
    line.amount = gross - line.discount;
    return line;
}

Error SaleService::saleTooLarge(int lineNo)
{
    return invalid(QStringLiteral("lines"),
                   tr("With line %1 the sale's lines add up to more than %2, the most one sale "
                      "may be. Split it into two sales, or check the quantities and prices.")
                       .arg(lineNo)
                       .arg(money::format(money::maxSale)));
}

Status SaleService::checkSale(const Sale& sale)
{
    if (sale.discount < 0 || sale.discount > sale.linesTotal)
        return invalid(QStringLiteral("discount"),
                       tr("The sale discount must be between 0 and the total of the lines, %1.")
                           .arg(money::format(sale.linesTotal)));
    if (sale.customerId <= 0 && sale.payment == PaymentKind::Credit)
        return invalid(QStringLiteral("customer"),
                       tr("A credit sale needs a customer: choose who owes the amount."));
    return {};
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
        auto line =
            pricedLine(**product, entry.quantity, entry.unitPrice.value_or((*product)->price),
                       entry.discount, entry.free, lineNo);
        if (!line)
            return line.error();
        sale.linesTotal += line->amount; // at most maxSale + maxLine: no overflow
        if (sale.linesTotal > money::maxSale)
            return saleTooLarge(lineNo);
        sale.costMilli += saleMath::lineCostMilli(line->quantity, line->unitCost);
        sale.lines.append(std::move(line).value());
    }
    sale.discount = draft.discount;
    if (Status status = checkSale(sale); !status)
        return status.error();
    auto rules = m_loyalty.settings();
    if (!rules)
        return rules.error();
    const qint64 pointValue = rules->pointValue;
    if (draft.redeemPoints < 0 || (draft.redeemPoints > 0 && draft.customerId <= 0))
        return invalid(QStringLiteral("points"),
                       tr("Points can be used only by a member, and only whole points."));
    // Compared by division: any number of points can be asked for, and their worth must not
    // overflow on the way to being refused.
    const qint64 usable = (sale.linesTotal - draft.discount) / pointValue;
    if (draft.redeemPoints > usable) {
        qint64 worth = 0;
        if (qMulOverflow(draft.redeemPoints, pointValue, &worth) || worth > money::maxAmount)
            return invalid(QStringLiteral("points"),
                           tr("Use at most %1 points on this sale.").arg(usable));
        return invalid(QStringLiteral("points"),
                       tr("%1 points are worth %2, more than this sale: use at most %3 points.")
                           .arg(draft.redeemPoints)
                           .arg(money::format(worth))
                           .arg(usable));
    }
    sale.discount = draft.discount + draft.redeemPoints * pointValue;
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
    }
    return sale;
}

Status SaleService::checkCreditLimit(const Sale& sale, CreditLimitCheck limit) const
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
    const qint64 after = balance + sale.revenue; // each at most maxBalance + maxSale
    if (after > money::maxBalance)
        return invalid(QStringLiteral("payment"),
                       tr("With this sale %1 would owe %2, above %3, the most one customer may "
                          "owe. Ask for a payment first.")
                           .arg(c.name, money::format(after), money::format(money::maxBalance)));
    if (limit != CreditLimitCheck::Enforce)
        return {}; // the owner approved going past the credit limit
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
            if (!sameSale(**existing, sale))
                return Error(Error::Kind::Duplicate,
                             tr("Receipt %1 already belongs to another sale. Use a new receipt "
                                "number.")
                                 .arg(sale.receipt),
                             QStringLiteral("receipt"));
            // Saved before: the retry changes nothing, and ends its transaction cleanly (an
            // outer one must not take it for a failure).
            if (Status status = transaction.commit(); !status)
                return status.error();
            return **existing;
        }
    }
    if (sale.payment == PaymentKind::Credit) {
        if (Status status = checkCreditLimit(sale, limit); !status)
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
    m_database.afterCommit(
        [this, id = sale.id, customer = sale.customerId] { Q_EMIT saleRecorded(id, customer); });
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
    m_database.afterCommit(
        [this, saleId, customer = (*sale)->customerId] { Q_EMIT saleVoided(saleId, customer); });
    return {};
}

Result<ImportedSales> SaleService::importSales(const SaleBatch& batch, const BulkOptions& options)
{
    ImportedSales outcome;
    outcome.ids.assign(batch.sales.size(), 0);
    if (batch.sales.empty())
        return outcome;
    auto catalogue = m_products.all();
    if (!catalogue)
        return catalogue.error();
    QHash<qint64, Product> products;
    for (const Product& product : std::as_const(*catalogue))
        products.insert(product.id, product);
    QSet<qint64> buyers;
    for (const SaleBatch::Entry& entry : batch.sales) {
        if (entry.customerId > 0)
            buyers.insert(entry.customerId);
    }
    auto terms = m_customers.termsOf(buyers.values());
    if (!terms)
        return terms.error();
    // Customer id → payment terms as an array, -1 where there is no such customer: ids
    // count up from 1, and one memory read for each of a million sales beats a lookup in a
    // hash of a hundred thousand customers (measured: half a second of a sales import).
    qint64 topId = 0;
    for (auto it = terms->cbegin(); it != terms->cend(); ++it)
        topId = std::max(topId, it.key());
    std::vector<qint32> termsById(std::size_t(topId + 1), -1);
    for (auto it = terms->cbegin(); it != terms->cend(); ++it)
        termsById[std::size_t(it.key())] = it.value();

    const auto cache = m_database.bulkCache(512);
    Transaction transaction(m_database);
    if (Status status = transaction.begin(options.waiting); !status)
        return status.error();
    auto indexes = m_sales.deferIndexes(qint64(batch.sales.size()));
    if (!indexes)
        return indexes.error();
    QHash<QDate, qint64> lastNumber; // of each day's receipts, for numberedBySetia
    std::vector<SaleLineRecord> records;
    const auto total = qint64(batch.sales.size());
    for (qint64 i = 0; i < total; ++i) {
        if (Status going = options.written(i, total); !going)
            return going.error();
        const SaleBatch::Entry& entry = batch.sales[std::size_t(i)];
        Sale sale;
        sale.customerId = entry.customerId;
        sale.payment = entry.payment;
        sale.discount = entry.discount;
        records.clear();
        bool refused = false;
        const auto refuse = [&](Error error) {
            outcome.refusals.insert(i, std::move(error));
            refused = true;
        };
        if (entry.receipt.isEmpty() || entry.receipt.size() > 40) {
            refuse(invalid(QStringLiteral("receipt"),
                           tr("A receipt number has at most 40 characters.")));
            continue;
        }
        qint32 termsDays = 0;
        if (entry.customerId > 0) {
            termsDays = entry.customerId <= topId ? termsById[std::size_t(entry.customerId)] : -1;
            if (termsDays < 0) {
                refuse(invalid(QStringLiteral("customer"),
                               tr("The customer does not exist. Choose the customer again.")));
                continue;
            }
        }
        if (entry.lineCount <= 0 || entry.lineCount > maxLines) {
            refuse(invalid(
                QStringLiteral("lines"),
                entry.lineCount <= 0
                    ? tr("Add at least one item to the sale.")
                    : tr("A sale has at most %1 lines. Split it into two sales.").arg(maxLines)));
            continue;
        }
        for (qint32 l = 0; l < entry.lineCount && !refused; ++l) {
            const SaleBatch::Line& draft = batch.lines[std::size_t(entry.firstLine + l)];
            const auto product = products.constFind(draft.productId);
            if (product == products.cend()) {
                refuse(invalid(
                    QStringLiteral("lines"),
                    tr("Line %1: the product does not exist. Choose it again.").arg(l + 1)));
                break;
            }
            auto line = pricedLine(*product, Quantity::fromMilli(draft.quantityMilli),
                                   draft.unitPrice, draft.discount, false, l + 1);
            if (!line) {
                refuse(line.error());
                break;
            }
            sale.linesTotal += line->amount; // at most maxSale + maxLine: no overflow
            if (sale.linesTotal > money::maxSale) {
                refuse(saleTooLarge(l + 1));
                break;
            }
            sale.costMilli += saleMath::lineCostMilli(line->quantity, line->unitCost);
            records.push_back(SaleLineRecord{line->productId, line->quantity.milli(),
                                             line->unitPrice, line->unitCost, line->discount,
                                             line->amount});
        }
        if (refused)
            continue;
        if (Status status = checkSale(sale); !status) {
            refuse(status.error());
            continue;
        }
        sale.revenue = sale.linesTotal - sale.discount;
        const QByteArray receipt = entry.receipt.toUtf8();
        const isoTime::Ascii soldAt = isoTime::dateTimeAscii(entry.date, entry.time);
        const isoTime::Ascii createdAt = isoTime::dateTimeMsAscii(entry.date, entry.time);
        isoTime::Ascii dueDate;
        if (entry.payment == PaymentKind::Credit)
            dueDate = isoTime::dateAscii(entry.date.addDays(termsDays));
        SaleRecord record;
        record.receipt = receipt;
        record.soldAt = soldAt.view();
        record.customerId = entry.customerId;
        record.payment = entry.payment;
        record.dueDate = dueDate.view();
        record.linesTotal = sale.linesTotal;
        record.discount = sale.discount;
        record.revenue = sale.revenue;
        record.costMilli = sale.costMilli;
        record.createdAt = createdAt.view();
        // A receipt already in the file is found by its unique index as the sale goes in;
        // the failed insert writes nothing, and the batch goes on.
        auto id = m_sales.insert(record, records);
        if (!id && id.error().kind() == Error::Kind::Duplicate) {
            refuse(Error(Error::Kind::Duplicate,
                         tr("Receipt %1 already belongs to another sale. Use a new receipt "
                            "number.")
                             .arg(entry.receipt),
                         QStringLiteral("receipt")));
            continue;
        }
        if (!id)
            return id.error();
        outcome.ids[std::size_t(i)] = *id;
        if (batch.numberedBySetia) {
            qint64& last = lastNumber[entry.date];
            last = std::max(last, entry.receipt.section(QLatin1Char('-'), -1).toLongLong());
        }
    }
    if (*indexes) {
        if (Status status = (*indexes)->finish(); !status)
            return status.error();
    }
    for (auto it = lastNumber.cbegin(); it != lastNumber.cend(); ++it) {
        if (Status status = m_sequences.ensureNextAtLeast(
                QStringLiteral("receipt/") + it.key().toString(Qt::ISODate), it.value() + 1);
            !status)
            return status.error();
    }
    if (options.dryRun)
        return outcome; // nothing is kept: the transaction rolls back
    if (Status status = transaction.commit(); !status)
        return status.error();
    m_database.afterCommit([this] {
        (void)m_database.checkpoint(); // a bulk load's log is large: fold it in now
        Q_EMIT salesChanged();
    });
    return outcome;
}

Result<std::optional<Sale>> SaleService::find(qint64 saleId) const
{
    return m_sales.find(saleId);
}

Result<std::optional<Sale>> SaleService::findByReceipt(const QString& receipt) const
{
    return m_sales.findByReceipt(receipt);
}

Result<qint64> SaleService::count() const
{
    return m_sales.count();
}

Result<QList<SaleRow>> SaleService::listPage(const SaleListFilter& filter,
                                             const PageRequest& request) const
{
    return m_list.page(filter, request);
}

Result<SaleTotals> SaleService::listTotals(const SaleListFilter& filter) const
{
    return m_list.totals(filter);
}

} // namespace setia
