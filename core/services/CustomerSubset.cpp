#include "services/CustomerSubset.h"

#include "services/CustomerService.h"

#include <QDebug>

#include <utility>

namespace setia {

CustomerSubset::CustomerSubset(const CustomerService* owner, qint64 id)
    : m_owner(owner)
    , m_id(id)
{}

CustomerSubset::CustomerSubset(CustomerSubset&& other) noexcept
    : m_owner(std::exchange(other.m_owner, nullptr))
    , m_id(std::exchange(other.m_id, 0))
{}

CustomerSubset& CustomerSubset::operator=(CustomerSubset&& other) noexcept
{
    if (this != &other) {
        (void)drop();
        m_owner = std::exchange(other.m_owner, nullptr);
        m_id = std::exchange(other.m_id, 0);
    }
    return *this;
}

CustomerSubset::~CustomerSubset()
{
    // Nobody is left to tell: the set is temporary, and goes with the connection anyway.
    if (Status dropped = drop(); !dropped)
        qWarning().noquote() << "A customer subset could not be dropped:"
                             << dropped.error().message();
}

Status CustomerSubset::drop()
{
    const CustomerService* owner = std::exchange(m_owner, nullptr);
    const qint64 id = std::exchange(m_id, 0);
    if (!owner)
        return {};
    return owner->dropSubset(id);
}

} // namespace setia
