#pragma once

#include "support/CatchQt.h"

#include <QFile>
#include <QString>

namespace setia::test {

// The fixture of a released schema version, written by setia-cli of that version (see
// tests/data/README.md).
inline QString fixturePath(int version = 1)
{
    return QStringLiteral(SETIA_TEST_DATA "/schema-v%1.db").arg(version);
}

// A writable copy of it at `target`.
inline void copyFixture(const QString& target, int version = 1)
{
    REQUIRE(QFile::exists(fixturePath(version)));
    REQUIRE(QFile::copy(fixturePath(version), target));
    REQUIRE(QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner));
}

} // namespace setia::test
