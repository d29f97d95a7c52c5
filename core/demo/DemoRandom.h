#pragma once

#include <QtGlobal>

#include <random>
#include <span>

namespace setia::demo {

// A deterministic random source for demo data: the standard distributions differ between
// library versions, so draws come from the raw engine and the same seed gives the same
// data everywhere.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
        : m_engine(seed)
    {}
    // Uniform in [0, n).
    quint64 below(quint64 n) { return m_engine() % n; }
    int between(int low, int high)
    {
        return low + static_cast<int>(below(static_cast<quint64>(high - low + 1)));
    }
    bool chance(int percent) { return below(100) < static_cast<quint64>(percent); }
    // Uniform in [0, 1).
    double fraction() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    template <typename T>
    const T& pick(std::span<const T> items)
    {
        return items[static_cast<size_t>(below(items.size()))];
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace setia::demo
