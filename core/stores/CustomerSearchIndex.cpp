#include "stores/CustomerSearchIndex.h"

namespace setia::customerSearch {

const SqlDialect::TextIndex& words()
{
    static const SqlDialect::TextIndex index{
        QStringLiteral("customer_words"),
        {QStringLiteral("name"), QStringLiteral("code"), QStringLiteral("city")},
        QStringLiteral("archived = 0")};
    return index;
}

const SqlDialect::TextIndex& digits()
{
    static const SqlDialect::TextIndex index{QStringLiteral("customer_digits"),
                                             {QStringLiteral("search_digits")},
                                             QStringLiteral("archived = 0")};
    return index;
}

} // namespace setia::customerSearch
