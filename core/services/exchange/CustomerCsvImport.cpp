#include "services/exchange/CustomerCsvImport.h"

#include "domain/PhoneNumber.h"
#include "io/CsvFields.h"
#include "services/CustomerService.h"

#include <QRegularExpression>

namespace setia {
namespace {

enum Column {
    Code,
    Name,
    Kind,
    Phone,
    Email,
    Address,
    City,
    Area,
    Type,
    Source,
    Salesperson,
    VisitDaysColumn,
    Birthday,
    Joined,
    CreditLimit,
    TermsDays,
    Tags,
    Notes
};

} // namespace

CustomerCsvImport::CustomerCsvImport(CustomerService& customers)
    : m_customers(customers)
{}

std::optional<QString> CustomerCsvImport::addRow(int, const QStringList& values)
{
    Customer draft;
    draft.code = values.at(Code);
    draft.name = values.at(Name);
    const QString kind = values.at(Kind).trimmed().toLower();
    if (kind == QLatin1String("business") || kind == QLatin1String("usaha"))
        draft.kind = CustomerKind::Business;
    else if (!kind.isEmpty() && kind != QLatin1String("person") &&
             kind != QLatin1String("perorangan"))
        return tr("kind \"%1\" is neither person nor business.").arg(values.at(Kind).trimmed());
    draft.phone = values.at(Phone);
    draft.email = values.at(Email);
    draft.address = values.at(Address);
    draft.city = values.at(City);
    draft.area = values.at(Area);
    draft.type = values.at(Type);
    const auto source = customer::sourceFromId(values.at(Source));
    if (!source)
        return tr("source \"%1\" is not one of walk_in, referral, member_card, event, "
                  "sales_visit, exhibition, online, other.")
            .arg(values.at(Source).trimmed());
    draft.source = *source;
    draft.salesperson = values.at(Salesperson);
    const auto days = VisitDays::parse(values.at(VisitDaysColumn));
    if (!days)
        return tr("visit_days \"%1\" is not a list of weekdays such as mon,thu or sen,kam.")
            .arg(values.at(VisitDaysColumn).trimmed());
    draft.visitDays = *days;
    QString reason;
    for (auto [column, target, name] : {std::tuple{Birthday, &draft.birthday, "birthday"},
                                        std::tuple{Joined, &draft.joined, "joined"}}) {
        if (values.at(column).trimmed().isEmpty())
            continue;
        const auto day = CsvFields::date(values.at(column), QLatin1String(name), reason);
        if (!day)
            return reason;
        *target = *day;
    }
    if (!values.at(CreditLimit).trimmed().isEmpty()) {
        const auto limit =
            CsvFields::amount(values.at(CreditLimit), QStringLiteral("credit_limit"), reason);
        if (!limit)
            return reason;
        draft.creditLimit = *limit;
    }
    if (!values.at(TermsDays).trimmed().isEmpty()) {
        const auto terms =
            CsvFields::wholeNumber(values.at(TermsDays), QStringLiteral("terms_days"), reason);
        if (!terms)
            return reason;
        draft.termsDays = *terms;
    }
    static const QRegularExpression tagSeparators(QStringLiteral("[,;]"));
    draft.tags = values.at(Tags).split(tagSeparators, Qt::SkipEmptyParts);
    draft.notes = values.at(Notes);

    auto valid = m_customers.validated(draft);
    if (!valid)
        return refusedFor(valid.error());
    Customer customer = std::move(valid).value();
    if (!customer.code.isEmpty()) {
        if (m_codes.contains(customer.code))
            return tr("code %1 appears twice in the file.").arg(customer.code);
        auto taken = m_customers.findByCode(customer.code);
        if (!taken)
            return refusedFor(taken.error());
        if (taken->has_value())
            return tr("code %1 already belongs to %2 in Setia.").arg(customer.code, (*taken)->name);
    }
    if (!customer.phone.isEmpty()) {
        if (const auto other = m_phones.constFind(customer.phone); other != m_phones.constEnd())
            return tr("phone %1 is also the phone of %2, earlier in the file.")
                .arg(PhoneNumber::formatNational(customer.phone), *other);
        auto others = m_customers.findByPhone(customer.phone);
        if (!others)
            return refusedFor(others.error());
        if (!others->isEmpty())
            return tr("phone %1 already belongs to %2 (%3) in Setia.")
                .arg(PhoneNumber::formatNational(customer.phone), others->first().name,
                     others->first().code);
        m_phones.insert(customer.phone, customer.name);
    }
    if (!customer.code.isEmpty())
        m_codes.insert(customer.code);
    m_staged.append(customer);
    return std::nullopt;
}

Result<qint64> CustomerCsvImport::finish(QList<RejectedRow>&, int& acceptedRows,
                                         const BulkOptions& options)
{
    auto created = m_customers.createMany(m_staged, options);
    if (!created)
        return created.error();
    acceptedRows += static_cast<int>(created->size());
    return qint64(created->size());
}

} // namespace setia
