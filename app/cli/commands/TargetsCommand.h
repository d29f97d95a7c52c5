#pragma once

#include "cli/Command.h"
#include "reports/PaperSize.h"

namespace setia {

// `setia-cli targets --date D [--salesperson NAME] -o FILE.pdf|FILE.csv [--paper a4|f4]`:
// the daily sales target sheet (SPEC §7).
class TargetsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TargetsCommand)

public:
    QString name() const override { return QStringLiteral("targets"); }
    QString usage() const override;
    QList<QCommandLineOption> options() const override;
    bool printsDocuments() const override { return true; }
    QString prepare(const QStringList& arguments, const QCommandLineParser& parser,
                    const Clock& clock) override;
    int run(Backend& backend, const CommandOutput& output) override;

private:
    QDate m_day;
    QString m_salesperson; // empty: everyone
    QString m_output;      // .pdf or .csv
    Paper m_paper = Paper::A4;
};

} // namespace setia
