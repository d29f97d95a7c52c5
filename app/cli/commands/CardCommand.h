#pragma once

#include "cli/Command.h"
#include "reports/PaperSize.h"

namespace setia {

// `setia-cli card CODE -o FILE.pdf [--paper a4|f4] [--as-of D]`: a customer's record card.
class CardCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CardCommand)

public:
    QString name() const override { return QStringLiteral("card"); }
    QString usage() const override;
    QList<QCommandLineOption> options() const override;
    bool printsDocuments() const override { return true; }
    QString prepare(const QStringList& arguments, const QCommandLineParser& parser,
                    const Clock& clock) override;
    int run(Backend& backend, const CommandOutput& output) override;

private:
    QString m_code;
    QString m_output;
    Paper m_paper = Paper::A4;
    QDate m_asOf;
};

} // namespace setia
