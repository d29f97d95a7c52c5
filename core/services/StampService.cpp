#include "services/StampService.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/Sale.h"
#include "stores/ProductStore.h"
#include "stores/StampStore.h"

#include <QHash>

#include <algorithm>

namespace setia {
namespace {

Error invalid(const QString& field, const QString& message)
{
    return Error(Error::Kind::Validation, message, field);
}

// Older versions of `card`'s card, oldest first.
QList<StampCard> olderVersions(const QList<StampCard>& all, const StampCard& card)
{
    QList<StampCard> older;
    for (const StampCard& other : all)
        if (other.cardKey == card.cardKey && other.version < card.version)
            older.append(other);
    std::sort(older.begin(), older.end(),
              [](const StampCard& a, const StampCard& b) { return a.version < b.version; });
    return older;
}

// An entry about `sale` on one card version, dated with it, named by its receipt.
StampEntry saleEntry(const Sale& sale, qint64 cardId, StampEntryKind kind, qint64 stamps)
{
    StampEntry entry;
    entry.cardId = cardId;
    entry.customerId = sale.customerId;
    entry.date = sale.soldAt.date();
    entry.kind = kind;
    entry.stamps = stamps;
    entry.saleId = sale.id;
    entry.reason = sale.receipt;
    return entry;
}

} // namespace

StampService::StampService(Database& database, StampStore& stamps, const ProductStore& products,
                           const Clock& clock)
    : m_database(database)
    , m_stamps(stamps)
    , m_products(products)
    , m_clock(clock)
{}

Result<QList<StampCard>> StampService::cards(bool activeOnly) const
{
    return m_stamps.cards(activeOnly);
}

Result<std::optional<StampCard>> StampService::card(qint64 cardId) const
{
    return m_stamps.card(cardId);
}

Result<bool> StampService::isLocked(qint64 cardId) const
{
    auto count = m_stamps.entryCount(cardId);
    if (!count)
        return count.error();
    return *count > 0;
}

Result<StampCard> StampService::validated(StampCard card) const
{
    card.name = card.name.simplified();
    card.category = card.productId > 0 ? QString() : card.category.simplified();
    if (card.name.isEmpty())
        return invalid(QStringLiteral("name"),
                       tr("Give the card a name, such as \"Kopi Susu\" or \"Roti\"."));
    if (card.name.size() > maxNameLength)
        return invalid(QStringLiteral("name"),
                       tr("A card name has at most %1 characters.").arg(maxNameLength));
    if (card.productId <= 0 && card.category.isEmpty())
        return invalid(QStringLiteral("product"),
                       tr("Choose the product or the category that gives stamps."));
    if (card.productId > 0) {
        auto product = m_products.find(card.productId);
        if (!product)
            return product.error();
        if (!product->has_value())
            return invalid(QStringLiteral("product"),
                           tr("The product that gives stamps does not exist. Choose it again."));
    }
    if (card.stampsNeeded < 1 || card.stampsNeeded > maxStampsNeeded)
        return invalid(QStringLiteral("stampsNeeded"),
                       tr("A reward needs 1 to %1 stamps.").arg(maxStampsNeeded));
    auto reward = m_products.find(card.rewardProductId);
    if (!reward)
        return reward.error();
    if (!reward->has_value())
        return invalid(QStringLiteral("reward"), tr("Choose the product given as the reward."));
    return card;
}

Result<StampCard> StampService::save(const StampCard& draft)
{
    auto checked = validated(draft);
    if (!checked)
        return checked.error();
    StampCard card = std::move(checked).value();
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status.error();
    qint64 savedId = card.id;
    if (card.id == 0) {
        card.cardKey = 0;
        card.version = 1;
        card.createdAt = m_clock.now();
        auto id = m_stamps.insertCard(card);
        if (!id)
            return id.error();
        savedId = *id;
    } else {
        auto existing = m_stamps.card(card.id);
        if (!existing)
            return existing.error();
        if (!existing->has_value())
            return Error(Error::Kind::NotFound, tr("This stamp card does not exist any more."));
        const StampCard& old = **existing;
        if (!old.active)
            return invalid(QStringLiteral("name"),
                           tr("Version %1 of this card no longer gives stamps: change the "
                              "newest version, or make a new card.")
                               .arg(old.version));
        if (old.sameRules(card))
            return old;
        auto locked = isLocked(old.id);
        if (!locked)
            return locked.error();
        if (*locked) {
            card.cardKey = old.cardKey;
            card.version = old.version + 1;
            card.createdAt = m_clock.now();
            auto id = m_stamps.insertCard(card);
            if (!id)
                return id.error();
            if (Status status = m_stamps.setActive(old.id, false); !status)
                return status.error();
            savedId = *id;
        } else if (Status status = m_stamps.updateCard(card); !status) {
            return status.error();
        }
    }
    auto saved = m_stamps.card(savedId);
    if (!saved)
        return saved.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return saved->value();
}

Status StampService::stop(qint64 cardId)
{
    return m_stamps.setActive(cardId, false);
}

Result<qint64> StampService::startCardSince(const StampCard& draft, const QDate& since)
{
    auto checked = validated(draft);
    if (!checked)
        return checked.error();
    StampCard card = std::move(checked).value();
    card.id = 0;
    card.cardKey = 0;
    card.version = 1;
    if (!card.createdAt.isValid())
        card.createdAt = m_clock.now();
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status.error();
    auto id = m_stamps.insertCard(card);
    if (!id)
        return id.error();
    card.id = *id;
    auto stamped = m_stamps.stampSalesSince(card, since);
    if (!stamped)
        return stamped.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return stamped;
}

Result<QList<StampStanding>> StampService::standings(qint64 customerId) const
{
    auto all = m_stamps.cards(false);
    if (!all)
        return all.error();
    auto balances = m_stamps.balances(customerId);
    if (!balances)
        return balances.error();
    QList<StampStanding> standings;
    for (const StampCard& card : *all) {
        const qint64 stamps = balances->value(card.id);
        if (card.active || stamps != 0)
            standings.append({card, stamps});
    }
    return standings;
}

Result<QList<StampGain>> StampService::gainsFor(const Sale& sale) const
{
    QList<StampGain> gains;
    if (sale.customerId <= 0 || sale.voided)
        return gains;
    auto all = m_stamps.cards(false);
    if (!all)
        return all.error();
    // The categories of the items paid for; free ones give no stamps.
    QHash<qint64, QString> categories;
    for (const SaleLine& line : sale.lines) {
        if (line.amount <= 0 || categories.contains(line.productId))
            continue;
        auto product = m_products.find(line.productId);
        if (!product)
            return product.error();
        categories.insert(line.productId,
                          product->has_value() ? (*product)->category.simplified() : QString());
    }
    std::optional<QHash<qint64, qint64>> balances;
    for (const StampCard& card : *all) {
        if (!card.active)
            continue;
        qint64 milli = 0;
        for (const SaleLine& line : sale.lines) {
            if (line.amount <= 0)
                continue;
            const bool qualifies = card.productId > 0
                                       ? line.productId == card.productId
                                       : categories.value(line.productId)
                                                 .compare(card.category, Qt::CaseInsensitive) == 0;
            if (qualifies)
                milli += line.quantity.milli();
        }
        qint64 stamps = milli / 1000; // one per whole unit
        if (stamps == 0)
            continue;
        if (!balances) {
            auto read = m_stamps.balances(sale.customerId);
            if (!read)
                return read.error();
            balances = std::move(read).value();
        }
        // An older card the customer started is finished first, under its own rules.
        for (const StampCard& older : olderVersions(*all, card)) {
            const qint64 held = balances->value(older.id);
            if (held <= 0 || held >= older.stampsNeeded)
                continue;
            const qint64 given = std::min(stamps, older.stampsNeeded - held);
            gains.append({older, given});
            stamps -= given;
            if (stamps == 0)
                break;
        }
        if (stamps > 0)
            gains.append({card, stamps});
    }
    return gains;
}

Result<qint64> StampService::addEntry(StampEntry entry)
{
    entry.createdAt = m_clock.now();
    return m_stamps.insertEntry(entry);
}

Status StampService::stampFor(const Sale& sale)
{
    auto gains = gainsFor(sale);
    if (!gains)
        return gains.error();
    for (const StampGain& gain : *gains) {
        if (auto id = addEntry(saleEntry(sale, gain.card.id, StampEntryKind::Stamp, gain.stamps));
            !id)
            return id.error();
    }
    return {};
}

Status StampService::redeemFor(const Sale& sale, const QList<qint64>& cardIds)
{
    if (cardIds.isEmpty())
        return {};
    if (sale.customerId <= 0)
        return invalid(QStringLiteral("customer"), tr("Only a member can take a stamp reward."));
    auto balances = m_stamps.balances(sale.customerId);
    if (!balances)
        return balances.error();
    QHash<qint64, qint64> rewards;
    for (qint64 cardId : cardIds)
        ++rewards[cardId];
    for (auto it = rewards.cbegin(); it != rewards.cend(); ++it) {
        auto card = m_stamps.card(it.key());
        if (!card)
            return card.error();
        if (!card->has_value())
            return Error(Error::Kind::NotFound, tr("This stamp card does not exist any more."));
        const StampCard& c = **card;
        const qint64 needed = it.value() * c.stampsNeeded;
        const qint64 held = balances->value(c.id);
        if (held < needed)
            return invalid(QStringLiteral("stamps"),
                           tr("The member has %1 of the %2 stamps needed on the %3 card.")
                               .arg(held)
                               .arg(needed)
                               .arg(c.name));
        if (auto id = addEntry(saleEntry(sale, c.id, StampEntryKind::Reward, -needed)); !id)
            return id.error();
    }
    return {};
}

Status StampService::reverseFor(const Sale& sale, const QString& reason)
{
    if (sale.customerId <= 0)
        return {};
    auto given = m_stamps.stampsForSale(sale.id);
    if (!given)
        return given.error();
    if (given->isEmpty())
        return {};
    auto balances = m_stamps.balances(sale.customerId);
    if (!balances)
        return balances.error();
    for (auto it = given->cbegin(); it != given->cend(); ++it) {
        // Rewards used come back whole; stamps given go back as far as they are still held.
        const qint64 back =
            it.value() < 0 ? it.value() : std::min(it.value(), balances->value(it.key()));
        if (back == 0)
            continue;
        StampEntry entry = saleEntry(sale, it.key(), StampEntryKind::Adjust, -back);
        entry.date = m_clock.today();
        entry.reason = tr("Sale %1 voided: %2").arg(sale.receipt, reason);
        if (auto id = addEntry(entry); !id)
            return id.error();
    }
    return {};
}

Result<QHash<qint64, qint64>> StampService::stampsOfSale(qint64 saleId) const
{
    return m_stamps.stampsForSale(saleId);
}

} // namespace setia
