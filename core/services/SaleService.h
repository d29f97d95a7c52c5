#pragma once

#include "common/Result.h"
#include "domain/Product.h"
#include "domain/Sale.h"
#include "domain/SaleBatch.h"
#include "domain/SaleList.h"
#include "services/BulkOptions.h"

#include <QObject>

#include <optional>
#include <vector>

namespace setia {

class Clock;
class CustomerStore;
class Database;
class LoyaltyService;
class PaymentStore;
class ProductStore;
class SaleListQuery;
class SaleStore;
class SequenceStore;
class StampService;

// A line as the cashier enters it: the price defaults to the product's.
struct SaleLineDraft
{
    qint64 productId = 0;
    Quantity quantity = Quantity::fromUnits(1);
    std::optional<qint64> unitPrice;
    qint64 discount = 0;
    // A reward: the whole line's amount comes off (its price and cost are still recorded).
    bool free = false;
};

struct SaleDraft
{
    QString receipt;  // empty: the next number is given on save
    QDateTime soldAt; // invalid: now
    qint64 customerId = 0;
    PaymentKind payment = PaymentKind::Cash;
    QList<SaleLineDraft> lines;
    qint64 discount = 0;
    QString note;
    // Loyalty points the member uses on this sale: their value (SPEC §6: Rp500 each) comes
    // off the sale as a discount, and the sale earns no points.
    qint64 redeemPoints = 0;
    // Stamp rewards the member takes (card version ids, one per reward): each adds its
    // reward product, free, and uses that card's stamps.
    QList<qint64> stampRewards;
};

// Sale use cases (SPEC §3): pricing with the rounding of SPEC §5, receipt numbers, credit
// terms and limits, voids. Owns each transaction and announces changes after commit.
class SaleService : public QObject
{
    Q_OBJECT

public:
    enum class CreditLimitCheck { Enforce, Override };

    SaleService(Database& database, SaleStore& sales, const SaleListQuery& list,
                PaymentStore& payments, ProductStore& products, CustomerStore& customers,
                SequenceStore& sequences, LoyaltyService& loyalty, StampService& stamps,
                const Clock& clock, QObject* parent = nullptr);

    // Takes the next receipt number for `day` ("PJ261122-0001") for a sale being entered,
    // so that saving it twice — after an interrupted save — cannot make two sales.
    Result<QString> reserveReceipt(const QDate& day);

    // A purchase of `amount` logged by its amount alone: one line of the amount product
    // (made the first time, inactive, outside the catalogue). Save it with record().
    Result<SaleDraft> amountSale(qint64 customerId, qint64 amount, PaymentKind payment);

    // The sale the draft describes, priced and checked, without saving it.
    Result<Sale> priced(const SaleDraft& draft) const;

    // Saves the sale. A receipt already saved with the same content returns that sale
    // (the save is idempotent); with other content it is Error::Kind::Duplicate. A credit
    // sale that takes the customer's balance past the credit limit (or any credit for a
    // cash-only customer) is Error::Kind::CreditLimit unless `limit` is Override. The
    // customer's points and stamps for it are saved with it (SPEC §6).
    Result<Sale> record(const SaleDraft& draft, CreditLimitCheck limit = CreditLimitCheck::Enforce);

    // Voids a sale: it stays, marked, and leaves every total, and its points are taken
    // back, and its stamps. A reason is required.
    Status voidSale(qint64 saleId, const QString& reason);

    // Sales that happened already (an import, demo data), in one transaction: each priced
    // and checked by the rules of priced() — its unit costs the products' costs now, its due
    // date from the customer's terms — and saved in the order given, without points, stamps
    // or a credit-limit check (they were settled when it happened). A sale that breaks a
    // rule, or whose receipt is in the file already, is refused alone; the others are saved.
    // Returns what became of each, in order.
    Result<ImportedSales> importSales(const SaleBatch& batch, const BulkOptions& options = {});

    Result<std::optional<Sale>> find(qint64 saleId) const;
    Result<std::optional<Sale>> findByReceipt(const QString& receipt) const;
    // How many sales the file holds, voided ones included.
    Result<qint64> count() const;
    // The sales list: a page of what `filter` finds, by time, and its count and revenue.
    Result<QList<SaleRow>> listPage(const SaleListFilter& filter, const PageRequest& request) const;
    Result<SaleTotals> listTotals(const SaleListFilter& filter) const;

Q_SIGNALS:
    // After the commit: one sale was recorded or voided; or many were (an import).
    void saleRecorded(qint64 saleId, qint64 customerId);
    void saleVoided(qint64 saleId, qint64 customerId);
    void salesChanged();

private:
    // One line priced by SPEC §5 and checked: quantity, price, its size, the discount.
    static Result<SaleLine> pricedLine(const Product& product, Quantity quantity, qint64 unitPrice,
                                       qint64 discount, bool free, int lineNo);
    // The sale's discount within its lines; a credit sale has a customer.
    static Status checkSale(const Sale& sale);
    // A sale whose lines, up to line `lineNo`, pass money::maxSale.
    static Error saleTooLarge(int lineNo);
    // The first free "PJyyMMdd-NNNN" of the day; call inside a transaction.
    Result<QString> nextReceipt(const QDate& day);
    Status checkCreditLimit(const Sale& sale, CreditLimitCheck limit) const;

    Database& m_database;
    SaleStore& m_sales;
    const SaleListQuery& m_list;
    PaymentStore& m_payments;
    ProductStore& m_products;
    CustomerStore& m_customers;
    SequenceStore& m_sequences;
    LoyaltyService& m_loyalty;
    StampService& m_stamps;
    const Clock& m_clock;
};

} // namespace setia
