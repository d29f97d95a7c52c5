#pragma once

#include "common/Result.h"

#include <QtGlobal>

namespace setia {

class CustomerService;

// A set of customers kept for the customer list to narrow to (CustomerFilter::subset): a
// segment's members, a report's choice. Made by CustomerService::subset(); it lives in the
// connection's temporary storage, never in the file, and goes when the handle does — or
// with drop(), which reports a failure. Move-only; an empty handle (id() 0) holds nothing.
class CustomerSubset
{
public:
    CustomerSubset() = default;
    CustomerSubset(CustomerSubset&& other) noexcept;
    CustomerSubset& operator=(CustomerSubset&& other) noexcept;
    CustomerSubset(const CustomerSubset&) = delete;
    CustomerSubset& operator=(const CustomerSubset&) = delete;
    ~CustomerSubset();

    // For CustomerFilter::subset; 0 when the handle holds nothing.
    qint64 id() const { return m_id; }
    // Lets the set go now; the handle is empty afterwards, whatever the outcome.
    Status drop();

private:
    friend class CustomerService;
    CustomerSubset(const CustomerService* owner, qint64 id);

    const CustomerService* m_owner = nullptr;
    qint64 m_id = 0;
};

} // namespace setia
