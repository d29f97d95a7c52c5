#pragma once

#include "support/CatchQt.h"

#include <QString>
#include <QStringList>

#include <initializer_list>

namespace setia::test {

// What one run of setia-cli did.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    QStringList outLines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

// Runs setia-cli with `arguments` after "--lang `language`". HOME and the XDG folders point
// into `home`, so that neither the user's settings nor the default database are touched.
CliRun runCli(const QString& home, const QStringList& arguments,
              const QString& language = QStringLiteral("en"));

QStringList args(std::initializer_list<const char*> words);

} // namespace setia::test
