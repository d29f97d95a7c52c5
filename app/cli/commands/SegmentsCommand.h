#pragma once

#include "cli/Command.h"

namespace setia {

// `setia-cli segments [--as-of D]`: every customer's segments as SPEC §8's CSV on stdout.
class SegmentsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("segments"); }
    QString usage() const override;
    QList<QCommandLineOption> options() const override { return {asOfOption()}; }
    QString prepare(const QStringList& arguments, const QCommandLineParser& parser,
                    const Clock& clock) override;
    int run(Backend& backend, const CommandOutput& output) override;

private:
    QDate m_asOf;
};

} // namespace setia
