#include "customers/SaveCustomer.h"

#include "common/UserPrompter.h"
#include "services/CustomerService.h"

#include <QCoreApplication>

namespace setia {

Result<Customer> saveCustomer(CustomerService& service, UserPrompter& prompter, QWidget* parent,
                              const Customer& draft)
{
    auto save = [&](CustomerService::DuplicatePhone duplicates) {
        return draft.id == 0 ? service.create(draft, duplicates)
                             : service.update(draft, duplicates);
    };
    auto saved = save(CustomerService::DuplicatePhone::Refuse);
    if (!saved && saved.error().kind() == Error::Kind::Duplicate &&
        saved.error().field() == QLatin1String("phone") &&
        prompter.confirm(
            parent,
            QCoreApplication::translate("setia::CustomerDialog", "Phone number already used"),
            saved.error().message(),
            QCoreApplication::translate("setia::CustomerDialog", "Save anyway")))
        saved = save(CustomerService::DuplicatePhone::Allow);
    return saved;
}

} // namespace setia
