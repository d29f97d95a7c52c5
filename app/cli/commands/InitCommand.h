#pragma once

#include "cli/Command.h"

namespace setia {

// `setia-cli init`: creates the database, or upgrades it to this Setia's schema.
class InitCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    QString name() const override { return QStringLiteral("init"); }
    bool createsDatabase() const override { return true; }
    QString usage() const override;
    QString prepare(const QStringList& arguments, const QCommandLineParser& parser,
                    const Clock& clock) override;
    int run(Backend& backend, const CommandOutput& output) override;
};

} // namespace setia
