#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace setia {

class Backend;

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
    int demo(Backend& backend, const QStringList& options);
    int stats(Backend& backend);
    int usageError(const QString& message);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace setia
