#pragma once

#include "cli/Command.h"
#include "services/SurveyService.h"

#include <QDate>

namespace setia {

// `setia-cli nps --from D1 --to D2 [--by lifecycle|tier|rfm_segment|type|area]`: NPS over the
// period (SPEC §14) as CSV on stdout: group,responses,promoters,passives,detractors,nps,margin,
// the `all` row first.
class NpsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("nps"); }
    QString usage() const override;
    QList<QCommandLineOption> options() const override;
    QString prepare(const QStringList& arguments, const QCommandLineParser& parser,
                    const Clock& clock) override;
    int run(Backend& backend, const CommandOutput& output) override;

private:
    QDate m_from;
    QDate m_to;
    NpsGrouping m_by = NpsGrouping::None;
};

} // namespace setia
