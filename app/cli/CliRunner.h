#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace setia {

class Command;

// setia-cli (SPEC §8): reads the command line, opens the database and hands over to the
// command named — one class each, under cli/commands. Output goes to `out`, errors to `err`;
// run() returns the process exit code: 0 done, 1 the command failed, 2 the command line was
// wrong, 3 imported with rejected rows.
class CliRunner
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)

public:
    CliRunner(QTextStream& out, QTextStream& err);
    ~CliRunner();

    int run(const QStringList& arguments);

    // Whether the command on this command line lays out printed documents, which needs a
    // QGuiApplication (the others start faster on a QCoreApplication).
    static bool printsDocuments(const QStringList& arguments);

private:
    static std::vector<std::unique_ptr<Command>> makeCommands();
    QString usage() const;
    int usageError(const QString& message);
    // "--date belongs to the targets command.", for an option `command` does not take.
    QString misplaced(const QString& option) const;

    QTextStream& m_out;
    QTextStream& m_err;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace setia
