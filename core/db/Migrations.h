#pragma once

#include <QStringList>

#include <vector>

namespace setia {

// One forward-only step of the schema: applied in its own transaction together with the
// bump of the file's version to `version`. Released steps are never edited; a change is a
// new step, tested by upgrading the fixture file of the previous version.
struct Migration
{
    int version;
    QStringList statements;
};

const std::vector<Migration>& migrations();
int latestSchemaVersion();

} // namespace setia
