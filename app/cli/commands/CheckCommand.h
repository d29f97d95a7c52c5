#pragma once

#include "cli/Command.h"

namespace setia {

// `setia-cli check`: the file's health and Setia's invariants (SPEC §12); exit 0 when all
// hold, 1 with one line per problem.
class CheckCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString usage() const override;
    QString prepare(const QStringList& arguments, const QCommandLineParser& parser,
                    const Clock& clock) override;
    int run(Backend& backend, const CommandOutput& output) override;
};

} // namespace setia
