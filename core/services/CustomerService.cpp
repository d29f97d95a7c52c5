#include "services/CustomerService.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/Money.h"
#include "domain/PhoneNumber.h"
#include "domain/TextInput.h"
#include "stores/CustomerStore.h"
#include "stores/SequenceStore.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace setia {
namespace {

const QString memberCodeSequence = QStringLiteral("member_code");
constexpr qsizetype maxTagLength = 40;

Error invalid(const QString& field, const QString& message)
{
    return Error(Error::Kind::Validation, message, field);
}

using textInput::cleaned;
using textInput::hasControlCharacters;

} // namespace

CustomerService::CustomerService(Database& database, CustomerStore& customers,
                                 SequenceStore& sequences, const Clock& clock, QString staff,
                                 QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_customers(customers)
    , m_sequences(sequences)
    , m_clock(clock)
    , m_staff(std::move(staff))
{}

QString CustomerService::memberCode(qint64 number)
{
    return QStringLiteral("M%1").arg(number, 6, 10, QLatin1Char('0'));
}

Error CustomerService::mergedAway()
{
    return Error(Error::Kind::NotFound,
                 tr("This customer was merged into another: their records are with the kept "
                    "customer. Undo the merge (Customers → Duplicates) to change them."));
}

Result<Customer> CustomerService::validated(Customer c) const
{
    c.code = c.code.trimmed().toUpper();
    c.name = cleaned(c.name);
    c.email = c.email.trimmed();
    c.address = cleaned(c.address, true);
    c.city = cleaned(c.city);
    c.area = cleaned(c.area);
    c.type = cleaned(c.type);
    c.salesperson = cleaned(c.salesperson);
    c.notes = cleaned(c.notes, true);
    c.badReason = cleaned(c.badReason);

    if (c.name.isEmpty())
        return invalid(QStringLiteral("name"), tr("Enter the customer's name."));
    if (c.name.size() > maxNameLength)
        return invalid(QStringLiteral("name"),
                       tr("The name is too long: at most %1 characters.").arg(maxNameLength));
    const std::pair<const QString*, const char*> textFields[] = {{&c.name, "name"},
                                                                 {&c.address, "address"},
                                                                 {&c.notes, "notes"},
                                                                 {&c.city, "city"},
                                                                 {&c.area, "area"},
                                                                 {&c.type, "type"},
                                                                 {&c.salesperson, "salesperson"},
                                                                 {&c.badReason, "bad_reason"}};
    for (const auto& [value, field] : textFields) {
        if (hasControlCharacters(*value))
            return invalid(QLatin1String(field),
                           tr("The text holds invisible control characters. Type it again."));
    }

    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9][A-Z0-9._-]*$"));
    if (!c.code.isEmpty() &&
        (c.code.size() > maxCodeLength || !codePattern.match(c.code).hasMatch()))
        return invalid(QStringLiteral("code"),
                       tr("A member code has up to %1 letters, digits, dots or dashes, such as "
                          "M000123. Leave it empty to have one made.")
                           .arg(maxCodeLength));

    if (!c.phone.trimmed().isEmpty()) {
        auto phone = PhoneNumber::normalize(c.phone);
        if (!phone)
            return phone.error();
        c.phone = *phone;
    } else {
        c.phone.clear();
    }

    static const QRegularExpression emailPattern(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*"
                       "\\.[A-Za-z]{2,}$"));
    if (!c.email.isEmpty()) {
        if (c.email.size() > 254 || !emailPattern.match(c.email).hasMatch() ||
            c.email.contains(QLatin1String("..")))
            return invalid(QStringLiteral("email"),
                           tr("The e-mail address is not valid. Example: budi@contoh.co.id."));
        const qsizetype at = c.email.indexOf(QLatin1Char('@'));
        c.email = c.email.left(at + 1) + c.email.mid(at + 1).toLower();
    }

    const std::pair<const QString*, const char*> shortFields[] = {{&c.city, "city"},
                                                                  {&c.area, "area"},
                                                                  {&c.type, "type"},
                                                                  {&c.salesperson, "salesperson"},
                                                                  {&c.badReason, "bad_reason"}};
    for (const auto& [value, field] : shortFields) {
        if (value->size() > maxTextLength)
            return invalid(QLatin1String(field),
                           tr("This field is too long: at most %1 characters.").arg(maxTextLength));
    }
    if (c.address.size() > maxAddressLength)
        return invalid(QStringLiteral("address"),
                       tr("The address is too long: at most %1 characters.").arg(maxAddressLength));
    if (c.notes.size() > maxNotesLength)
        return invalid(QStringLiteral("notes"),
                       tr("The notes are too long: at most %1 characters.").arg(maxNotesLength));

    const QDate today = m_clock.today();
    if (c.birthday.isValid() && (c.birthday > today || c.birthday.year() < 1900))
        return invalid(QStringLiteral("birthday"),
                       tr("The birthday must lie between 1900 and today."));
    if (!c.joined.isValid())
        c.joined = today;
    if (c.joined.year() < 1900 || c.joined > today.addYears(1))
        return invalid(QStringLiteral("joined"), tr("The join date is not plausible."));

    if (c.creditLimit < 0)
        return invalid(QStringLiteral("credit_limit"),
                       tr("The credit limit must be zero (cash only) or a positive amount."));
    if (c.creditLimit > money::maxBalance)
        return invalid(QStringLiteral("credit_limit"),
                       tr("The credit limit is at most %1.").arg(money::format(money::maxBalance)));
    if (c.termsDays < 0 || c.termsDays > maxTermsDays)
        return invalid(QStringLiteral("terms_days"),
                       tr("Payment terms are 0 to %1 days.").arg(maxTermsDays));
    if (c.contactInterval < 0 || c.contactInterval > maxContactInterval)
        return invalid(QStringLiteral("contact_interval"),
                       tr("The contact interval is 1 to %1 days, or empty for the default of "
                          "the customer's tier.")
                           .arg(maxContactInterval));

    QStringList tags;
    for (const QString& tag : std::as_const(c.tags)) {
        const QString clean = tag.simplified().remove(QLatin1Char(','));
        if (clean.isEmpty() || tags.contains(clean, Qt::CaseInsensitive))
            continue;
        if (clean.size() > maxTagLength)
            return invalid(QStringLiteral("tags"),
                           tr("A tag has at most %1 characters.").arg(maxTagLength));
        tags.append(clean);
    }
    c.tags = tags;

    if (c.bad && c.badReason.isEmpty())
        return invalid(QStringLiteral("bad_reason"),
                       tr("Say why the customer is marked as a bad customer."));
    if (c.bad && !c.badSince.isValid())
        c.badSince = today;
    if (!c.bad) {
        c.badReason.clear();
        c.badSince = QDate();
    }
    return c;
}

Status CustomerService::checkUnique(const Customer& customer, DuplicatePhone duplicates) const
{
    if (!customer.code.isEmpty()) {
        auto taken = m_customers.codeTaken(customer.code, customer.id);
        if (!taken)
            return taken.error();
        if (*taken)
            return Error(Error::Kind::Duplicate,
                         tr("The member code %1 belongs to another customer. Choose another "
                            "code or leave it empty.")
                             .arg(customer.code),
                         QStringLiteral("code"));
    }
    if (!customer.phone.isEmpty() && duplicates == DuplicatePhone::Refuse) {
        auto others = m_customers.findByPhone(customer.phone, customer.id);
        if (!others)
            return others.error();
        if (!others->isEmpty()) {
            const Customer& other = others->first();
            const QString archived = other.archived ? tr(" (archived)") : QString();
            return Error(Error::Kind::Duplicate,
                         tr("%1 is already the phone number of %2, %3%4. Save anyway only if "
                            "they are different people.")
                             .arg(PhoneNumber::formatNational(customer.phone), other.name,
                                  other.code, archived),
                         QStringLiteral("phone"));
        }
    }
    return {};
}

Result<QString> CustomerService::nextMemberCode()
{
    // A code given by hand may already sit on a number the sequence reaches: skip it.
    for (;;) {
        auto number = m_sequences.next(memberCodeSequence);
        if (!number)
            return number.error();
        const QString code = memberCode(*number);
        auto taken = m_customers.codeTaken(code);
        if (!taken)
            return taken.error();
        if (!*taken)
            return code;
    }
}

void CustomerService::stampConsent(Customer& customer, const MarketingConsent& before) const
{
    for (ConsentChannel channel :
         {ConsentChannel::WhatsApp, ConsentChannel::Sms, ConsentChannel::Email}) {
        Consent& now = customer.consent[channel];
        const Consent& was = before[channel];
        if (now.granted == was.granted && (was.recordedAt.isValid() || !now.granted)) {
            now = was;
            continue;
        }
        now.recordedAt = m_clock.now();
        now.recordedBy = m_staff;
    }
}

Result<Customer> CustomerService::create(Customer draft, DuplicatePhone duplicates)
{
    draft.id = 0;
    auto valid = validated(std::move(draft));
    if (!valid)
        return valid.error();
    Customer customer = std::move(valid).value();

    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status.error();
    if (Status status = checkUnique(customer, duplicates); !status)
        return status.error();
    if (customer.code.isEmpty()) {
        auto code = nextMemberCode();
        if (!code)
            return code.error();
        customer.code = *code;
    }
    stampConsent(customer, MarketingConsent{});
    customer.createdAt = m_clock.now();
    customer.updatedAt = customer.createdAt;
    customer.archived = false;
    auto id = m_customers.insert(customer);
    if (!id)
        return id.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    customer.id = *id;
    m_database.afterCommit([this, id = customer.id] { Q_EMIT customerAdded(id); });
    return customer;
}

Result<Customer> CustomerService::update(Customer changed, DuplicatePhone duplicates)
{
    auto valid = validated(std::move(changed));
    if (!valid)
        return valid.error();
    Customer customer = std::move(valid).value();

    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status.error();
    auto stored = m_customers.find(customer.id);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error(Error::Kind::NotFound,
                     tr("This customer no longer exists. Close the window and search again."));
    if ((*stored)->merged)
        return mergedAway();
    const Customer& before = **stored;
    if (customer.code.isEmpty())
        customer.code = before.code;
    // A phone already shared with the same person stays as it is; only a change is checked.
    const DuplicatePhone phoneCheck =
        customer.phone == before.phone ? DuplicatePhone::Allow : duplicates;
    if (Status status = checkUnique(customer, phoneCheck); !status)
        return status.error();
    stampConsent(customer, before.consent);
    customer.createdAt = before.createdAt;
    customer.updatedAt = m_clock.now();
    customer.archived = before.archived;
    if (Status status = m_customers.update(customer); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    m_database.afterCommit([this, id = customer.id] { Q_EMIT customerChanged(id); });
    return customer;
}

Status CustomerService::setArchived(qint64 id, bool archived)
{
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status;
    auto stored = m_customers.find(id);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error(Error::Kind::NotFound,
                     tr("This customer no longer exists. Close the window and search again."));
    if ((*stored)->merged)
        return mergedAway();
    if (Status status = m_customers.setArchived(id, archived, m_clock.now()); !status)
        return status;
    if (Status status = transaction.commit(); !status)
        return status;
    m_database.afterCommit([this, id] { Q_EMIT customerChanged(id); });
    return {};
}

Result<qint64> CustomerService::changeTag(const QList<qint64>& ids, const QString& tag, bool add)
{
    const QString clean = tag.simplified();
    if (clean.isEmpty() || clean.contains(QLatin1Char(',')) || clean.size() > maxTagLength)
        return Error(Error::Kind::Validation,
                     tr("A tag has 1 to %1 characters and no comma.").arg(maxTagLength),
                     QStringLiteral("tags"));
    Transaction transaction(m_database);
    if (Status status = transaction.begin(); !status)
        return status.error();
    auto changed = m_customers.changeTag(ids, clean, add, m_clock.now());
    if (!changed)
        return changed.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    if (*changed > 0)
        m_database.afterCommit([this] { Q_EMIT customersChanged(); });
    return changed;
}

Result<QList<qint64>> CustomerService::createMany(QList<Customer> drafts,
                                                  const BulkOptions& options)
{
    const QDateTime now = m_clock.now();
    for (Customer& draft : drafts) {
        draft.id = 0;
        const MarketingConsent given = draft.consent;
        auto valid = validated(std::move(draft));
        if (!valid)
            return valid.error();
        draft = std::move(valid).value();
        // Consents that come with their date and staff keep them; others are stamped now.
        for (ConsentChannel channel :
             {ConsentChannel::WhatsApp, ConsentChannel::Sms, ConsentChannel::Email}) {
            Consent& consent = draft.consent[channel];
            consent = given[channel];
            if (consent.granted && !consent.recordedAt.isValid()) {
                consent.recordedAt = now;
                consent.recordedBy = m_staff;
            }
        }
        if (!draft.createdAt.isValid())
            draft.createdAt = now;
        if (!draft.updatedAt.isValid())
            draft.updatedAt = draft.createdAt;
        draft.archived = false;
    }
    QList<qint64> ids;
    if (drafts.isEmpty())
        return ids;
    ids.reserve(drafts.size());

    Transaction transaction(m_database);
    if (Status status = transaction.begin(options.waiting); !status)
        return status.error();
    auto indexing = m_customers.suspendSearchIndex();
    if (!indexing)
        return indexing.error();
    // Given codes first, so that the codes made for the others skip them.
    QSet<QString> given;
    for (const Customer& draft : std::as_const(drafts)) {
        if (!draft.code.isEmpty())
            given.insert(draft.code);
    }
    if (!given.isEmpty()) {
        // The codes the sequence would give next and that the batch takes are skipped now, as
        // nextMemberCode() would skip them one lookup at a time (demo data gives M000001, …).
        auto next = m_sequences.peek(memberCodeSequence);
        if (!next)
            return next.error();
        qint64 free = *next;
        while (given.contains(memberCode(free)))
            ++free;
        if (free > *next) {
            if (Status status = m_sequences.ensureNextAtLeast(memberCodeSequence, free); !status)
                return status.error();
        }
    }
    QList<qsizetype> order(drafts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_partition(order.begin(), order.end(),
                          [&](qsizetype i) { return !drafts.at(i).code.isEmpty(); });
    ids.resize(drafts.size());
    const auto total = qint64(drafts.size());
    qint64 done = 0;
    for (qsizetype i : std::as_const(order)) {
        if (Status going = options.written(done++, total); !going)
            return going.error();
        Customer& customer = drafts[i];
        if (customer.code.isEmpty()) {
            auto code = nextMemberCode();
            if (!code)
                return code.error();
            customer.code = *code;
        }
        auto id = m_customers.insert(customer);
        if (!id)
            return id.error();
        ids[i] = *id;
    }
    if (Status status = (*indexing)->finish(); !status)
        return status.error();
    if (options.dryRun)
        return ids; // nothing is kept: the transaction rolls back
    if (Status status = transaction.commit(); !status)
        return status.error();
    m_database.afterCommit([this] {
        (void)m_database.checkpoint(); // a bulk load's log is large: fold it in now
        Q_EMIT customersChanged();
    });
    return ids;
}

Result<std::optional<Customer>> CustomerService::find(qint64 id) const
{
    return m_customers.find(id);
}

Result<std::optional<Customer>> CustomerService::findByCode(const QString& code) const
{
    return m_customers.findByCode(code.trimmed().toUpper());
}

Result<QList<Customer>> CustomerService::findByPhone(const QString& phone) const
{
    return m_customers.findByPhone(phone);
}

Result<QHash<QString, CustomerService::CodeEntry>> CustomerService::codeIndex() const
{
    auto codes = m_customers.idsAndTermsByCode();
    if (!codes)
        return codes.error();
    QHash<QString, CodeEntry> index;
    index.reserve(codes->size());
    for (auto it = codes->cbegin(); it != codes->cend(); ++it)
        index.insert(it.key(), CodeEntry{it->first, it->second});
    return index;
}

Result<QList<CustomerRow>> CustomerService::page(const CustomerFilter& filter, CustomerSort sort,
                                                 const PageRequest& request) const
{
    return m_customers.page(filter, sort, request);
}

Result<qint64> CustomerService::count(const CustomerFilter& filter) const
{
    return m_customers.count(filter);
}

Result<CustomerSubset> CustomerService::subset(const QList<qint64>& ids) const
{
    auto id = m_customers.storeSubset(ids);
    if (!id)
        return id.error();
    return CustomerSubset(this, *id);
}

Status CustomerService::dropSubset(qint64 id) const
{
    return m_customers.dropSubset(id);
}

} // namespace setia
