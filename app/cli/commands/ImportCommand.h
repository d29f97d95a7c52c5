#pragma once

#include "cli/Command.h"
#include "io/ImportReport.h"

namespace setia {

// `setia-cli import customers|products|sales|payments FILE.csv [--dry-run] [--rejects FILE]`:
// every good row in one transaction, every bad one on stderr and in a rejects file.
class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString usage() const override;
    QList<QCommandLineOption> options() const override;
    QString prepare(const QStringList& arguments, const QCommandLineParser& parser,
                    const Clock& clock) override;
    int run(Backend& backend, const CommandOutput& output) override;

    // For import and export: "customers" … "payments", and a file; what is wrong otherwise.
    static QString kindAndFile(const QString& command, const QStringList& arguments,
                               ImportKind& kind);

private:
    ImportKind m_kind = ImportKind::Customers;
    QString m_file;
    bool m_dryRun = false;
    QString m_rejects;
};

} // namespace setia
