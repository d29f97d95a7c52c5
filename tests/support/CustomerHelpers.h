#pragma once

// Shorthands for tests of customers: each fails the test when the step does not go as
// expected, so that a test reads as the story it checks.

#include "services/Backend.h"
#include "services/CustomerService.h"
#include "stores/CustomerStore.h"
#include "support/CatchQt.h"

namespace setia::test {

// How many active (or archived) customers the list holds.
inline qint64 customerCount(Backend& backend, bool archived = false)
{
    auto count = backend.customers().count(CustomerFilter{QString(), archived});
    SETIA_REQUIRE_OK(count);
    return *count;
}

// Saves `draft` as a new customer, which must succeed.
inline Customer createdCustomer(
    Backend& backend, Customer draft,
    CustomerService::DuplicatePhone duplicates = CustomerService::DuplicatePhone::Refuse)
{
    auto result = backend.customers().create(std::move(draft), duplicates);
    SETIA_REQUIRE_OK(result);
    return *result;
}

// The customer with `id` as stored, which must exist.
inline Customer storedCustomer(Backend& backend, qint64 id)
{
    auto found = backend.customers().find(id);
    SETIA_REQUIRE_OK(found);
    REQUIRE(found->has_value());
    return **found;
}

// Tries to save `draft` as a new customer, which must be refused as invalid without saving
// anything; returns the field the refusal names.
inline QString refusedField(Backend& backend, Customer draft)
{
    const qint64 before = customerCount(backend);
    auto result = backend.customers().create(std::move(draft));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind() == Error::Kind::Validation);
    CHECK_FALSE(result.error().message().isEmpty());
    CHECK(customerCount(backend) == before);
    return result.error().field();
}

} // namespace setia::test
