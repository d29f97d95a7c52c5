#pragma once

#include "cli/Command.h"
#include "demo/DemoGenerator.h"

namespace setia {

// `setia-cli demo`: fills a new database with realistic, deterministic demo data.
class DemoCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    bool createsDatabase() const override { return true; }
    QString usage() const override;
    QList<QCommandLineOption> options() const override;
    QString prepare(const QStringList& arguments, const QCommandLineParser& parser,
                    const Clock& clock) override;
    int run(Backend& backend, const CommandOutput& output) override;

private:
    DemoOptions m_options;
};

} // namespace setia
