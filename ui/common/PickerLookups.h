#pragma once

#include "common/SearchPicker.h"

namespace setia {

class CustomerService;
class ProductService;

// What SearchPicker lists for customers (active ones, by the customer list's search: name
// words, phone digits, member code) and for products (active ones by name, SKU or category
// words, a whole SKU first).
namespace pickers {
SearchPicker::Lookup customers(const CustomerService& customers);
SearchPicker::Lookup products(const ProductService& products);
} // namespace pickers

} // namespace setia
