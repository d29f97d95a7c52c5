#pragma once

#include "common/Result.h"

#include <QStringList>

#include <vector>

class QSqlDatabase;

namespace setia {

// One forward-only step of the schema: applied in its own transaction together with the
// bump of the file's version to `version`. Released steps are never edited; a change is a
// new step, tested by upgrading the fixture file of the previous version.
struct Migration
{
    int version;
    QStringList statements;
    // Values only C++ computes, written after the statements (in the same transaction).
    Status (*fill)(QSqlDatabase& db) = nullptr;
};

const std::vector<Migration>& migrations();
int latestSchemaVersion();

} // namespace setia
