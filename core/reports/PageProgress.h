#pragma once

#include <functional>

namespace setia {

// How far a document being printed or saved got: called once the pages are known (painted
// 0) and after each page painted. Returning false stops the work, which then returns an
// Error of kind Cancelled and leaves any earlier file in place.
using PageProgress = std::function<bool(int painted, int pages)>;

} // namespace setia
