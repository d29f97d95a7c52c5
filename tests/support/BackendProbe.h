#pragma once

#include "db/Database.h"
#include "services/Backend.h"

namespace setia {

// For white-box tests only: the Database underneath a Backend, which the Backend hands no
// view or command. Tests read stores and pragmas through it, or damage it on purpose.
class BackendProbe
{
public:
    static Database& database(Backend& backend) { return *backend.m_database; }
};

} // namespace setia
