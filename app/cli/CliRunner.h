#pragma once

#include "io/ImportReport.h"
#include "reports/PaperSize.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QTextStream>

namespace setia {

class Backend;
class Clock;
struct DemoOptions;

// setia-cli's commands (SPEC §8). Output goes to `out`, errors to `err`; run() returns the
// process exit code: 0 done, 1 the command failed, 2 the command line was wrong.
class CliRunner
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)

public:
    CliRunner(QTextStream& out, QTextStream& err);
    int run(const QStringList& arguments);

private:
    int init(Backend& backend);
    // Reads --customers, --seed and --end (empty when not given) into `demo`; 0 when they
    // are valid, else the usage error's exit code.
    int parseDemoOptions(const QStringList& options, const Clock& clock, DemoOptions& demo);
    int demo(Backend& backend, const DemoOptions& demo);
    int stats(Backend& backend);
    int importFile(Backend& backend, ImportKind kind, const QString& file, bool dryRun,
                   const QString& rejectsFile);
    int exportSegments(Backend& backend, const QDate& asOf, const QString& file);
    int exportFile(Backend& backend, ImportKind kind, const QString& file);
    struct CardRequest
    {
        QString code;
        QString output;
        Paper paper = Paper::A4;
        QDate asOf; // invalid: today
    };
    int printCard(Backend& backend, const CardRequest& request);
    int printSegments(Backend& backend, const QDate& asOf);
    struct TargetRequest
    {
        QDate day;
        QString salesperson; // empty: everyone
        QString output;      // .pdf or .csv
        Paper paper = Paper::A4;
    };
    int printTargets(Backend& backend, const TargetRequest& request);
    int usageError(const QString& message);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace setia
