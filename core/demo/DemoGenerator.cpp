#include "demo/DemoGenerator.h"

#include "common/Clock.h"
#include "demo/DemoCatalog.h"
#include "demo/DemoRandom.h"
#include "demo/DemoSales.h"
#include "domain/Customer.h"
#include "domain/Product.h"
#include "services/Backend.h"
#include "services/CustomerService.h"
#include "services/LoyaltyService.h"
#include "services/PaymentService.h"
#include "services/ProductService.h"
#include "services/SaleService.h"
#include "services/SettingsService.h"
#include "services/StampService.h"

#include <QSet>

#include <algorithm>

namespace setia {
namespace {

using Random = demo::DemoRandom;

QString latin(const char* text)
{
    return QString::fromUtf8(text);
}

QString mobileNumber(Random& random)
{
    QString number = QStringLiteral("+62") + latin(random.pick(demo::mobilePrefixes()));
    const int length = random.between(7, 9); // 10 to 12 digits after 62
    for (int i = 0; i < length; ++i)
        number.append(QLatin1Char(static_cast<char>('0' + random.below(10))));
    return number;
}

QString landlineNumber(Random& random, const demo::DemoCity& city)
{
    QString number = QStringLiteral("+62") + latin(city.phoneArea);
    const int length = 9 - static_cast<int>(qstrlen(city.phoneArea)) + 1;
    number.append(QLatin1Char(static_cast<char>('2' + random.below(7))));
    for (int i = 1; i < length; ++i)
        number.append(QLatin1Char(static_cast<char>('0' + random.below(10))));
    return number;
}

Customer makeCustomer(Random& random, const DemoOptions& options)
{
    Customer c;
    const demo::DemoCity& city = random.pick(demo::cities());
    c.city = latin(city.name);
    c.area = latin(random.pick(city.areas));
    c.address = QStringLiteral("%1 No. %2, RT %3/RW %4")
                    .arg(latin(random.pick(demo::streets())))
                    .arg(random.between(1, 250))
                    .arg(random.between(1, 15), 2, 10, QLatin1Char('0'))
                    .arg(random.between(1, 12), 2, 10, QLatin1Char('0'));

    const int typeRoll = random.between(0, 99);
    const bool business = typeRoll >= 60;
    if (business) {
        c.kind = CustomerKind::Business;
        c.type = typeRoll < 78   ? QStringLiteral("warung")
                 : typeRoll < 88 ? QStringLiteral("grosir")
                                 : QStringLiteral("horeka");
        c.name = latin(random.pick(demo::businessPrefixes())) + QLatin1Char(' ') +
                 latin(random.pick(demo::businessWords()));
        c.salesperson = latin(random.pick(demo::salespeople()));
        c.visitDays.set(random.between(1, 6), true);
        if (random.chance(30))
            c.visitDays.set(random.between(1, 6), true);
        c.creditLimit = random.between(2, 40) * 500'000;
        c.termsDays = random.chance(70) ? 30 : (random.chance(50) ? 14 : 45);
        c.source = random.chance(60) ? AcquisitionSource::SalesVisit : AcquisitionSource::Referral;
        c.phone = random.chance(70) ? mobileNumber(random) : landlineNumber(random, city);
        c.whatsApp = c.phone.startsWith(QLatin1String("+628"));
    } else {
        const bool male = random.chance(50);
        const QString first = latin(random.pick(male ? demo::maleNames() : demo::femaleNames()));
        const QString family = latin(random.pick(demo::familyNames()));
        c.name = random.chance(85) ? first + QLatin1Char(' ') + family : first;
        c.type = typeRoll < 45 ? QStringLiteral("eceran") : QStringLiteral("konsumen");
        c.phone = mobileNumber(random);
        static constexpr AcquisitionSource personSources[] = {
            AcquisitionSource::WalkIn,     AcquisitionSource::WalkIn,
            AcquisitionSource::WalkIn,     AcquisitionSource::Referral,
            AcquisitionSource::MemberCard, AcquisitionSource::MemberCard,
            AcquisitionSource::Event,      AcquisitionSource::Online,
            AcquisitionSource::Exhibition, AcquisitionSource::Other};
        c.source = personSources[random.below(std::size(personSources))];
        if (random.chance(60))
            c.birthday = options.end.addDays(-random.between(17 * 365, 70 * 365));
        if (random.chance(30)) {
            QString local = first.toLower();
            if (random.chance(50))
                local += QLatin1Char('.') + family.toLower();
            local += QString::number(random.between(1, 99));
            c.email = local.remove(QLatin1Char(' ')) + QLatin1Char('@') +
                      latin(random.pick(demo::emailDomains()));
        }
    }
    c.joined = options.end.addDays(-random.between(0, 4 * 365));
    if (random.chance(8))
        c.tags.append(QStringLiteral("langganan"));
    if (random.chance(3))
        c.tags.append(QStringLiteral("vip"));
    if (random.chance(60) && c.whatsApp) {
        c.consent.whatsApp.granted = true;
        c.consent.whatsApp.recordedAt = c.joined.startOfDay().addSecs(10 * 3600);
        c.consent.whatsApp.recordedBy = QStringLiteral("demo");
    }
    c.createdAt = c.joined.startOfDay().addSecs(9 * 3600);
    c.updatedAt = c.createdAt;
    return c;
}

} // namespace

DemoGenerator::DemoGenerator(Backend& backend)
    : m_backend(backend)
{}

Result<DemoSummary> DemoGenerator::generate(const DemoOptions& options,
                                            const std::function<void(int)>& progress)
{
    if (options.customers < 0 || options.customers > maxCustomers)
        return Error(
            Error::Kind::Validation,
            tr("The number of demo customers must be between 0 and %1.").arg(maxCustomers));
    const qint64 salesCount = options.sales < 0 ? qint64(options.customers) * 3 : options.sales;
    if (salesCount > maxSales)
        return Error(Error::Kind::Validation,
                     tr("The number of demo sales must be between 0 and %1.").arg(maxSales));
    if (options.end > m_backend.clock().today())
        return Error(Error::Kind::Validation,
                     tr("The demo's last day, %1, lies after today: nothing is recorded in the "
                        "future. Choose today or an earlier day.")
                         .arg(options.end.toString(Qt::ISODate)));
    for (bool inactive : {false, true}) {
        auto customers = m_backend.customers().count(CustomerFilter{QString(), inactive});
        auto products = m_backend.products().count(ProductFilter{QString(), inactive});
        if (!customers)
            return customers.error();
        if (!products)
            return products.error();
        if (*customers > 0 || *products > 0)
            return Error(Error::Kind::Validation,
                         tr("This database already holds customers or products. Demo data "
                            "goes into a new file: give another name with --db."));
    }
    std::optional<Result<DemoSummary>> written;
    if (Status status = m_backend.atomically([&]() -> Status {
            written = write(options, salesCount, progress);
            return *written ? Status() : Status(written->error());
        });
        !status)
        return status.error();
    if (progress)
        progress(100);
    m_backend.foldLog(); // the log of a bulk load is large: fold it in now
    return *written;
}

Result<DemoSummary> DemoGenerator::write(const DemoOptions& options, qint64 salesCount,
                                         const std::function<void(int)>& progress)
{
    Random random(options.seed);
    if (Status status = m_backend.settings().setBusinessProfile(BusinessProfile{
            latin("Toko Setia Jaya"), latin("Jl. Pasar Baru No. 17, Tebet, Jakarta Selatan"),
            latin("0812-1717-4545")});
        !status)
        return status.error();

    const QDateTime created = options.end.startOfDay().addYears(-4);
    DemoSummary summary;
    QList<Product> catalogue;
    for (const demo::DemoProduct& item : demo::products()) {
        Product product;
        product.sku = latin(item.sku);
        product.name = latin(item.name);
        product.category = latin(item.category);
        product.unit = latin(item.unit);
        product.price = item.price;
        product.cost = item.cost;
        product.createdAt = created;
        product.updatedAt = created;
        catalogue.append(product);
    }
    auto productIds = m_backend.products().createMany(catalogue);
    if (!productIds)
        return productIds.error();
    for (qsizetype i = 0; i < catalogue.size(); ++i)
        catalogue[i].id = productIds->at(i);
    summary.products = int(catalogue.size());

    QSet<QString> phones;
    phones.reserve(options.customers);
    QList<Customer> customers;
    customers.reserve(options.customers);
    for (int i = 0; i < options.customers; ++i) {
        Customer customer = makeCustomer(random, options);
        while (phones.contains(customer.phone)) {
            customer.phone = mobileNumber(random);
            customer.whatsApp = true;
        }
        phones.insert(customer.phone);
        customer.code = CustomerService::memberCode(i + 1);
        customers.append(std::move(customer));
    }
    auto customerIds = m_backend.customers().createMany(customers);
    if (!customerIds)
        return customerIds.error();
    QList<DemoBuyer> buyers;
    buyers.reserve(options.customers);
    for (qsizetype i = 0; i < customers.size(); ++i) {
        const Customer& customer = customers.at(i);
        buyers.append(DemoBuyer{customerIds->at(i), customer.kind == CustomerKind::Business,
                                customer.joined, customer.termsDays});
    }
    summary.customers = int(customers.size());
    customers.clear();

    DemoSales sales(m_backend.sales(), m_backend.payments(), m_backend.loyalty());
    auto history = sales.generate(buyers, catalogue, salesCount, options.end, random, progress);
    if (!history)
        return history.error();
    summary.sales = history->sales;
    summary.saleLines = history->lines;
    summary.payments = history->payments;
    if (Status status = addStampCard(catalogue, options.end); !status)
        return status.error();
    return summary;
}

Status DemoGenerator::addStampCard(const QList<Product>& catalogue, const QDate& end)
{
    const auto kopi = std::find_if(catalogue.cbegin(), catalogue.cend(), [](const Product& p) {
        return p.sku == QLatin1String("KP-SSU");
    });
    if (kopi == catalogue.cend())
        return {};
    const QDate from = end.addDays(-stampCardDays);
    StampCard card;
    card.name = kopi->name;
    card.productId = kopi->id;
    card.rewardProductId = kopi->id;
    card.createdAt = from.startOfDay().addSecs(7 * 3600);
    auto stamped = m_backend.stamps().startCardSince(card, from);
    return stamped;
}

} // namespace setia
