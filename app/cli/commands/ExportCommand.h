#pragma once

#include "cli/Command.h"
#include "io/ImportReport.h"

#include <optional>

namespace setia {

// `setia-cli export customers|products|sales|payments FILE.csv`, and
// `setia-cli export segments FILE.csv [--as-of D]` (everyone's segments, SPEC §8).
class ExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString usage() const override;
    QList<QCommandLineOption> options() const override;
    QString prepare(const QStringList& arguments, const QCommandLineParser& parser,
                    const Clock& clock) override;
    int run(Backend& backend, const CommandOutput& output) override;

private:
    int exportSegments(Backend& backend, const CommandOutput& output);

    std::optional<ImportKind> m_kind; // nullopt: segments
    QString m_file;
    QDate m_asOf;
};

} // namespace setia
