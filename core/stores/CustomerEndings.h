#pragma once

#include "common/Result.h"

#include <QString>

class QSqlDatabase;

// What makes the counter's "ends with" search an index range (schema version 7): each
// customer's phone ending digits and member code, stored reversed, so that the customers
// whose phone ends with "4562" are the keys that start with "2654".
namespace setia::customerEndings {

// The key of a stored number: PhoneNumber::endingDigits() reversed ("" for no phone).
QString phoneKey(const QString& e164);
// The key of a member code: the code reversed.
QString codeKey(const QString& code);
// What a key must start with for its number or code to end with `ending`.
QString keyPrefix(const QString& ending);

// Writes both keys of every customer: the step of the migration that adds them.
Status fill(QSqlDatabase& db);

} // namespace setia::customerEndings
