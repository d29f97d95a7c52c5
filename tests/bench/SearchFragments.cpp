#include "SearchFragments.h"

#include "domain/PhoneNumber.h"
#include "services/CustomerService.h"

#include <random>

namespace setia::bench {

Result<QStringList> searchFragments(const CustomerService& store, int count, quint64 seed)
{
    std::mt19937_64 random(seed);
    auto total = store.count(CustomerFilter{});
    if (!total)
        return total.error();
    if (*total == 0)
        return QStringList();
    QStringList fragments;
    while (fragments.size() < count) {
        const qint64 id = 1 + static_cast<qint64>(random() % quint64(*total));
        auto customer = store.find(id);
        if (!customer)
            return customer.error();
        if (!customer->has_value())
            continue;
        const Customer& c = **customer;
        const QString national = PhoneNumber::formatNational(c.phone);
        const QString digits = PhoneNumber::searchDigits(c.phone);
        const QStringList words = c.name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const auto roll = random() % 100;
        if (roll < 50) {
            if (words.isEmpty())
                continue;
            const auto length = static_cast<qsizetype>(3 + random() % 3);
            fragments.append(words.at(static_cast<qsizetype>(random() % quint64(words.size())))
                                 .left(length)
                                 .toLower());
        } else if (roll < 75 && digits.size() >= 4) {
            fragments.append(digits.right(4));
        } else if (roll < 88) {
            fragments.append(national.left(7));
        } else if (digits.size() >= 8) {
            fragments.append(digits.mid(3, 5));
        }
    }
    return fragments;
}

Result<QStringList> phoneEndings(const CustomerService& store, int count, quint64 seed)
{
    std::mt19937_64 random(seed);
    auto total = store.count(CustomerFilter{});
    if (!total)
        return total.error();
    QStringList endings;
    while (*total > 0 && endings.size() < count) {
        const qint64 id = 1 + static_cast<qint64>(random() % quint64(*total));
        auto customer = store.find(id);
        if (!customer)
            return customer.error();
        if (customer->has_value() && (**customer).phone.size() >= 5)
            endings.append((**customer).phone.right(4));
    }
    return endings;
}

} // namespace setia::bench
