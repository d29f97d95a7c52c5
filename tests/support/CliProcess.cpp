#include "support/CliProcess.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace setia::test {

CliRun runCli(const QString& home, const QStringList& arguments, const QString& language)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("LC_ALL"));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(home);
    process.start(QStringLiteral(SETIA_CLI_PATH),
                  QStringList{QStringLiteral("--lang"), language} + arguments);
    REQUIRE(process.waitForStarted(10'000));
    REQUIRE(process.waitForFinished(60'000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    CliRun run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    UNSCOPED_INFO("setia-cli " << arguments.join(QLatin1Char(' ')).toStdString() << "\n  exit "
                               << run.exitCode << "\n  stdout: " << run.out.toStdString()
                               << "\n  stderr: " << run.err.toStdString());
    return run;
}

QStringList args(std::initializer_list<const char*> words)
{
    QStringList list;
    for (const char* word : words)
        list.append(QString::fromUtf8(word));
    return list;
}

} // namespace setia::test
