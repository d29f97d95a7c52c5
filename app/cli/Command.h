#pragma once

#include "common/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace setia {

class Backend;
class Clock;
enum class Paper;

// Where a command writes: results to `out`, errors to `err` (SPEC §8).
struct CommandOutput
{
    QTextStream& out;
    QTextStream& err;

    // "Error: …" on stderr; exit code 1.
    int fail(const QString& message) const;
    int fail(const Error& error) const { return fail(error.message()); }
};

// One setia-cli command (SPEC §8), as KeePassXC's CLI has them: it declares its name, its
// usage lines and its options, reads its arguments before any database is opened (a wrong
// command line creates or changes no file), then runs against the services. CliRunner only
// dispatches; a new command is one class.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    // Its lines of the usage text.
    virtual QString usage() const = 0;
    // The options it takes besides setia-cli's own (--db, --lang, --help).
    virtual QList<QCommandLineOption> options() const { return {}; }
    // Whether it may make the database where no file is (init, demo, restore); every other
    // command refuses a path without a file, so a mistyped --db never starts an empty shop.
    virtual bool createsDatabase() const { return false; }
    // Whether it lays out printed documents (which needs fonts, so a QGuiApplication).
    virtual bool printsDocuments() const { return false; }
    // Reads what follows its name, and its options. Empty when they are right; else what is
    // wrong, for the usage error.
    virtual QString prepare(const QStringList& arguments, const QCommandLineParser& parser,
                            const Clock& clock) = 0;
    // Runs it; the exit code (0 done, 1 failed, 3 imported with rejected rows).
    virtual int run(Backend& backend, const CommandOutput& output) = 0;

protected:
    // What commands share: the words of their command lines, read the same way by each.
    static QCommandLineOption outputOption();
    static QCommandLineOption paperOption();
    static QCommandLineOption asOfOption();
    // "Unexpected argument: …" when more than `count` arguments follow the command's name.
    static QString extraArguments(const QStringList& arguments, qsizetype count);
    // --paper's value (a4 when not given), or nullopt with `error` set.
    static std::optional<Paper> paper(const QCommandLineParser& parser, QString& error);
    // --as-of's date (invalid when not given), or nullopt with `error` set.
    static std::optional<QDate> asOf(const QCommandLineParser& parser, QString& error);
};

} // namespace setia
