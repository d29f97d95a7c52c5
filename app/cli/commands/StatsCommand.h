#pragma once

#include "cli/Command.h"

namespace setia {

// `setia-cli stats`: what the file holds, as "key: value" lines.
class StatsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("stats"); }
    QString usage() const override;
    QString prepare(const QStringList& arguments, const QCommandLineParser& parser,
                    const Clock& clock) override;
    int run(Backend& backend, const CommandOutput& output) override;
};

} // namespace setia
