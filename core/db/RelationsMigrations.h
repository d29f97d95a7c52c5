#pragma once

#include "db/Migrations.h"

namespace setia::migrationSteps {

// The schema versions of wave 2's relationships and campaigns (SPEC §13–§15), kept apart from
// the first eight so that each file stays readable; migrations() lists them all in order.
Migration version9();
Migration version10();
Migration version11();
Migration version12();
Migration version13();

} // namespace setia::migrationSteps
