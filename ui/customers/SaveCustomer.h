#pragma once

#include "common/Result.h"
#include "domain/Customer.h"

class QWidget;

namespace setia {

class CustomerService;
class UserPrompter;

// Saves a new or changed customer. A phone number another customer already uses is saved
// only when the user confirms they are different people; declined, the duplicate error
// comes back for the form to show.
Result<Customer> saveCustomer(CustomerService& service, UserPrompter& prompter, QWidget* parent,
                              const Customer& draft);

} // namespace setia
