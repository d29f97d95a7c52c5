#include "services/MergeService.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/CustomerSnapshot.h"
#include "domain/DisplayFormat.h"
#include "domain/NameLikeness.h"
#include "services/CustomerService.h"
#include "services/PaymentService.h"
#include "services/SaleService.h"
#include "stores/CustomerStore.h"
#include "stores/MergeStore.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace setia {
namespace {

// The consent recorded last of the two (a person's latest word on a channel stands).
Consent recordedLast(const Consent& a, const Consent& b)
{
    if (!b.recordedAt.isValid())
        return a;
    if (!a.recordedAt.isValid())
        return b;
    return b.recordedAt > a.recordedAt ? b : a;
}

void fill(QString& mine, const QString& theirs)
{
    if (mine.trimmed().isEmpty())
        mine = theirs;
}

} // namespace

MergeService::MergeService(Database& database, CustomerStore& customerStore, MergeStore& merges,
                           CustomerService& customers, SaleService& sales, PaymentService& payments,
                           const Clock& clock, QString staff)
    : m_database(database)
    , m_customerStore(customerStore)
    , m_merges(merges)
    , m_customers(customers)
    , m_sales(sales)
    , m_payments(payments)
    , m_clock(clock)
    , m_staff(std::move(staff))
{}

Result<QList<DuplicatePair>>
MergeService::findDuplicates(const std::function<bool(qint64, qint64)>& progress) const
{
    auto read = m_merges.candidates();
    if (!read)
        return read.error();
    const QList<DuplicateCandidate>& all = *read;
    // Each customer's keys with their place in `all`, sorted so that equal keys are neighbours
    // (cheaper at 100 000 customers than a hash of lists).
    using Keyed = std::pair<QString, qsizetype>;
    std::vector<Keyed> byPhone;
    std::vector<Keyed> byName;
    byPhone.reserve(std::size_t(all.size()));
    byName.reserve(std::size_t(all.size()));
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (progress && i % 4096 == 0 && !progress(i, all.size()))
            return Error(Error::Kind::Cancelled, tr("The search for duplicates was stopped."));
        const DuplicateCandidate& c = all.at(i);
        if (!c.phone.isEmpty())
            byPhone.emplace_back(c.phone, i);
        // Namesakes in different cities are most often different people: names pair within
        // one city (or among those with none); a name of one word ("Budi") needs a city.
        const QString key = nameLikeness::key(c.name);
        const QString city = c.city.simplified().toCaseFolded();
        if (key.isEmpty() || (nameLikeness::words(key) == 1 && city.isEmpty()))
            continue;
        byName.emplace_back(key + QLatin1Char('\n') + city, i);
    }

    QList<DuplicatePair> pairs;
    QSet<std::pair<qint64, qint64>> seen;
    const auto collect = [&](std::vector<Keyed>& keyed, DuplicatePair::Reason reason) {
        // By key, then by place: the first of a group is the one added first.
        std::sort(keyed.begin(), keyed.end());
        for (std::size_t start = 0; start < keyed.size();) {
            std::size_t end = start + 1;
            while (end < keyed.size() && keyed[end].first == keyed[start].first)
                ++end;
            // Each one with the first of the group: merging them one by one into the first
            // clears the group.
            const DuplicateCandidate& first = all.at(keyed[start].second);
            for (std::size_t j = start + 1; j < end; ++j) {
                const DuplicateCandidate& second = all.at(keyed[j].second);
                if (seen.contains({first.id, second.id}))
                    continue;
                seen.insert({first.id, second.id});
                pairs.append({first, second, reason});
            }
            start = end;
        }
    };
    collect(byPhone, DuplicatePair::Reason::SamePhone);
    collect(byName, DuplicatePair::Reason::SameName);
    std::sort(pairs.begin(), pairs.end(), [](const DuplicatePair& a, const DuplicatePair& b) {
        if (a.reason != b.reason)
            return a.reason == DuplicatePair::Reason::SamePhone;
        // By name, ignoring case (not the locale's collation: 50 000 pairs of a big shop
        // would take a second to sort by it).
        const int names = a.first.name.compare(b.first.name, Qt::CaseInsensitive);
        if (names != 0)
            return names < 0;
        return std::pair(a.first.id, a.second.id) < std::pair(b.first.id, b.second.id);
    });
    if (progress)
        progress(all.size(), all.size());
    return pairs;
}

Result<Customer> MergeService::stored(qint64 id) const
{
    auto found = m_customerStore.find(id);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->merged)
        return Error(Error::Kind::NotFound,
                     tr("This customer no longer exists or was merged into another. Close the "
                        "window and search again."));
    return **found;
}

Result<Customer> MergeService::proposal(qint64 keptId, qint64 mergedId) const
{
    auto kept = stored(keptId);
    if (!kept)
        return kept.error();
    auto other = stored(mergedId);
    if (!other)
        return other.error();
    Customer c = *kept;
    const Customer& o = *other;
    if (c.phone.isEmpty()) {
        c.phone = o.phone;
        c.whatsApp = o.whatsApp;
    }
    fill(c.email, o.email);
    fill(c.address, o.address);
    fill(c.city, o.city);
    fill(c.area, o.area);
    fill(c.type, o.type);
    fill(c.salesperson, o.salesperson);
    if (c.source == AcquisitionSource::Unknown)
        c.source = o.source;
    if (c.visitDays.isEmpty())
        c.visitDays = o.visitDays;
    if (!c.birthday.isValid())
        c.birthday = o.birthday;
    if (o.joined.isValid() && (!c.joined.isValid() || o.joined < c.joined))
        c.joined = o.joined;
    for (const QString& tag : o.tags)
        if (!c.tags.contains(tag, Qt::CaseInsensitive))
            c.tags.append(tag);
    if (c.notes.isEmpty())
        c.notes = o.notes;
    else if (!o.notes.isEmpty() && o.notes != c.notes &&
             c.notes.size() + 1 + o.notes.size() <= CustomerService::maxNotesLength)
        c.notes += QLatin1Char('\n') + o.notes;
    for (const ConsentChannel channel :
         {ConsentChannel::WhatsApp, ConsentChannel::Sms, ConsentChannel::Email})
        c.consent[channel] = recordedLast(c.consent[channel], o.consent[channel]);
    if (!c.bad && o.bad) {
        c.bad = true;
        c.badReason = o.badReason;
        c.badSince = o.badSince;
    }
    return c;
}

Result<MergeMoves> MergeService::rowsToMove(qint64 mergedId) const
{
    return m_merges.ledgerRows(mergedId);
}

Result<CustomerMerge> MergeService::merge(qint64 keptId, qint64 mergedId, const Customer& result)
{
    if (keptId == mergedId)
        return Error(Error::Kind::Validation,
                     tr("A customer cannot be merged with themself. Choose two customers."));
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status.error();
    auto kept = stored(keptId);
    if (!kept)
        return kept.error();
    auto merged = stored(mergedId);
    if (!merged)
        return merged.error();

    Customer draft = result;
    draft.id = kept->id;
    draft.code = kept->code;
    auto valid = m_customers.validated(draft);
    if (!valid)
        return valid.error();
    Customer after = std::move(valid).value();
    after.id = kept->id;
    after.code = kept->code;
    after.archived = kept->archived;
    after.createdAt = kept->createdAt;
    after.updatedAt = m_clock.now();

    MergeStore::Journal journal;
    journal.merge.keptId = keptId;
    journal.merge.mergedId = mergedId;
    journal.merge.mergedAt = after.updatedAt;
    journal.merge.mergedBy = m_staff;
    journal.keptBefore = customerSnapshot::of(*kept);
    journal.keptAfter = customerSnapshot::of(after);
    journal.mergedWasArchived = merged->archived;
    auto id = m_merges.record(journal);
    if (!id)
        return id.error();
    auto moved = m_merges.moveLedgers(*id, mergedId, keptId);
    if (!moved)
        return moved.error();
    if (Status status = m_customerStore.update(after); !status)
        return status.error();
    if (Status status = m_customerStore.hideMerged(mergedId, after.updatedAt); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    announce();

    CustomerMerge done = journal.merge;
    done.id = *id;
    done.keptCode = after.code;
    done.keptName = after.name;
    done.mergedCode = merged->code;
    done.mergedName = merged->name;
    done.moved = *moved;
    return done;
}

Result<QList<CustomerMerge>> MergeService::latest(int limit) const
{
    return m_merges.latest(limit);
}

Status MergeService::undo(qint64 mergeId)
{
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status;
    auto found = m_merges.find(mergeId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error(Error::Kind::NotFound, tr("This merge is not in the journal."));
    const MergeStore::Journal& journal = **found;
    const CustomerMerge& m = journal.merge;
    if (m.undoneAt.isValid())
        return Error(
            Error::Kind::Validation,
            tr("This merge was undone already, on %1.").arg(display::shortDateTime(m.undoneAt)));
    auto later = m_merges.laterMergeHolds(mergeId, m.keptId, m.mergedId);
    if (!later)
        return later.error();
    if (*later)
        return Error(Error::Kind::Validation,
                     tr("%1 or %2 was merged again later. Undo that later merge first.")
                         .arg(m.keptName, m.mergedName));
    auto kept = m_customerStore.find(m.keptId);
    if (!kept)
        return kept.error();
    if (!kept->has_value())
        return Error(Error::Kind::NotFound, tr("The kept customer no longer exists."));

    if (Status status = m_merges.moveBack(mergeId, m.mergedId, m.keptId); !status)
        return status;
    for (const auto& [id, name] :
         {std::pair(m.keptId, m.keptName), std::pair(m.mergedId, m.mergedName)}) {
        auto below = m_merges.balanceBelowZero(id);
        if (!below)
            return below.error();
        if (*below)
            return Error(Error::Kind::Validation,
                         tr("Points or stamps of the merged records were used since the merge: "
                            "undoing it would leave %1 below zero. Nothing was changed.")
                             .arg(name));
    }
    auto restored = customerSnapshot::undone(**kept, journal.keptBefore, journal.keptAfter);
    if (!restored)
        return Error(Error::Kind::Corrupt,
                     tr("The journal of this merge cannot be read, so it cannot be undone."));
    restored->updatedAt = m_clock.now();
    if (Status status = m_customerStore.update(*restored); !status)
        return status;
    if (Status status =
            m_customerStore.setArchived(m.mergedId, journal.mergedWasArchived, restored->updatedAt);
        !status)
        return status;
    if (Status status = m_merges.markUndone(mergeId, restored->updatedAt); !status)
        return status;
    if (Status status = transaction.commit(); !status)
        return status;
    announce();
    return {};
}

void MergeService::announce() const
{
    // A merge touches three lists' rows at once: each reads them again through the signal
    // its own service gives for many changes.
    m_database.afterCommit([this] {
        Q_EMIT m_customers.customersChanged();
        Q_EMIT m_sales.salesChanged();
        Q_EMIT m_payments.paymentsChanged();
    });
}

} // namespace setia
