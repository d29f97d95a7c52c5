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

namespace {

// Nobody is left to tell when a handle lets go of its set: the set is temporary, and goes
// with the connection anyway.
void warnIfFailed(const Status& dropped)
{
    if (!dropped)
        qWarning().noquote() << "A customer subset could not be dropped:"
                             << dropped.error().message();
}

} // namespace

CustomerSubset& CustomerSubset::operator=(CustomerSubset&& other) noexcept
{
    if (this != &other) {
        warnIfFailed(drop());
        m_owner = std::exchange(other.m_owner, nullptr);
        m_id = std::exchange(other.m_id, 0);
    }
    return *this;
}

CustomerSubset::~CustomerSubset()
{
    warnIfFailed(drop());
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
