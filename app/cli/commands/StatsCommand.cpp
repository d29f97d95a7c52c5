#include "cli/commands/StatsCommand.h"

#include "services/Backend.h"
#include "services/CustomerService.h"
#include "services/PaymentService.h"
#include "services/ProductService.h"
#include "services/SaleService.h"

#include <QDir>

namespace setia {

QString StatsCommand::usage() const
{
    return QStringLiteral(
        "  stats                                       counts as \"key: value\" lines\n");
}

QString StatsCommand::prepare(const QStringList& arguments, const QCommandLineParser&, const Clock&)
{
    return extraArguments(arguments, 0);
}

int StatsCommand::run(Backend& backend, const CommandOutput& output)
{
    auto active = backend.customers().count(CustomerFilter{QString(), false});
    auto archived = backend.customers().count(CustomerFilter{QString(), true});
    auto products = backend.products().count(ProductFilter{QString(), false});
    auto inactive = backend.products().count(ProductFilter{QString(), true});
    auto sales = backend.sales().count();
    auto payments = backend.payments().count();
    for (const auto* result : {&active, &archived, &products, &inactive, &sales, &payments}) {
        if (!*result) {
            return output.fail(result->error());
        }
    }
    output.out << "database: " << QDir::toNativeSeparators(backend.databasePath()) << '\n'
               << "schema_version: " << backend.schemaVersion() << '\n'
               << "customers: " << (*active + *archived) << '\n'
               << "customers_active: " << *active << '\n'
               << "customers_archived: " << *archived << '\n'
               << "products: " << (*products + *inactive) << '\n'
               << "products_active: " << *products << '\n'
               << "sales: " << *sales << '\n'
               << "payments: " << *payments << '\n';
    output.out.flush();
    return 0;
}

} // namespace setia
