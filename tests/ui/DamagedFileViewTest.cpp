// The lists over a file with damaged pages: the page that cannot be read shows a message
// saying what to do — the list never just ends early, looking complete.
#include "ScriptedPrompter.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomersView.h"
#include "gui/ViewWiring.h"
#include "sales/SaleListModel.h"
#include "sales/SalesView.h"
#include "support/DamagedShop.h"

#include <catch2/catch.hpp>

using namespace setia;
using namespace setia::test;

namespace {

// Scrolls a lazy list to its end, as a user would.
template <typename Model>
void scrollToEnd(Model& model)
{
    for (int page = 0; page < 100 && model.canFetchMore({}); ++page)
        model.fetchMore({});
}

bool saysDamaged(const ScriptedPrompter& prompter)
{
    for (const QString& notice : prompter.notices) {
        if (notice.contains(QStringLiteral("damaged")) &&
            notice.contains(QStringLiteral("restore your latest backup")))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("The customer and sales lists of a damaged file say so instead of ending early",
          "[ui][damaged]")
{
    TempDatabase temp;
    const QString path = damagedShop(temp);
    auto backend = temp.open(path);
    const ViewWiring wiring(*backend, backend->clock());

    ScriptedPrompter customersPrompter;
    CustomersView customers(wiring.customers(), customersPrompter);
    scrollToEnd(*customers.model());
    CHECK(saysDamaged(customersPrompter));
    CHECK(customers.model()->rowCount() < 300);

    ScriptedPrompter salesPrompter;
    SalesView sales(wiring.sales(), salesPrompter);
    sales.setPeriod(SalesView::Period::AllTime);
    scrollToEnd(*sales.model());
    CHECK(saysDamaged(salesPrompter));
    CHECK(sales.model()->rowCount() < 3000);
}
