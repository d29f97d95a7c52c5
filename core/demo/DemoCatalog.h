#pragma once

#include <QtGlobal>

#include <span>

// Word lists and the product catalogue `setia-cli demo` draws from.
namespace setia::demo {

struct DemoProduct
{
    const char* sku;
    const char* name;
    const char* category;
    const char* unit;
    qint64 price;
    qint64 cost;
};

struct DemoCity
{
    const char* name;
    const char* phoneArea; // landline area code without 0
    std::span<const char* const> areas;
};

std::span<const char* const> maleNames();
std::span<const char* const> femaleNames();
std::span<const char* const> familyNames();
std::span<const char* const> businessPrefixes(); // "Toko", "Warung", "CV", …
std::span<const char* const> businessWords();    // "Sumber Rejeki", "Maju Jaya", …
std::span<const char* const> streets();
std::span<const DemoCity> cities();
std::span<const char* const> mobilePrefixes(); // "812", "857", … (after 0)
std::span<const char* const> salespeople();
std::span<const char* const> emailDomains();
std::span<const DemoProduct> products();

} // namespace setia::demo
