#include "settings/DataSafetyBox.h"

#include "common/BusyNote.h"
#include "common/ProgressJob.h"
#include "common/UserPrompter.h"
#include "services/DataSafetyService.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <optional>

namespace setia {
namespace {

constexpr int pathRole = Qt::UserRole;

QString reasonText(const DataSafetyService::AutomaticBackup& backup)
{
    switch (backup.reason) {
    case DataSafetyService::AutomaticBackup::Reason::Daily:
        return DataSafetyBox::tr("first start of the day");
    case DataSafetyService::AutomaticBackup::Reason::BeforeUpgrade:
        return DataSafetyBox::tr("before the upgrade from data version %1").arg(backup.fromVersion);
    case DataSafetyService::AutomaticBackup::Reason::BeforeRestore:
        return DataSafetyBox::tr("before a restore");
    }
    return {};
}

} // namespace

DataSafetyBox::DataSafetyBox(DataSafetyService& safety, UserPrompter& prompter,
                             const QString& databaseInfo, QWidget* parent)
    : QGroupBox(tr("Data safety"), parent)
    , m_safety(safety)
    , m_prompter(prompter)
    , m_backups(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("dataSafety"));
    auto* info = new QLabel(databaseInfo, this);
    info->setObjectName(QStringLiteral("databaseInfo"));
    info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    info->setWordWrap(true);

    auto* backUp = new QPushButton(tr("&Back up now…"), this);
    backUp->setObjectName(QStringLiteral("backUpNow"));
    auto* checkButton = new QPushButton(tr("&Check the database"), this);
    checkButton->setObjectName(QStringLiteral("checkDatabase"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(backUp);
    actions->addWidget(checkButton);
    actions->addStretch(1);

    auto* listTitle = new QLabel(
        tr("Automatic backups (each day's first start, before an upgrade, before a restore; "
           "7 daily, 4 weekly and 12 monthly are kept):"),
        this);
    listTitle->setObjectName(QStringLiteral("hint"));
    listTitle->setWordWrap(true);
    m_backups->setObjectName(QStringLiteral("automaticBackups"));
    m_backups->setRootIsDecorated(false);
    m_backups->setAlternatingRowColors(true);
    m_backups->setHeaderLabels({tr("Taken"), tr("Why"), tr("Size")});
    m_backups->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_backups->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_backups->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_backups->setMinimumHeight(140);

    m_restoreChosen = new QPushButton(tr("&Restore the chosen backup…"), this);
    m_restoreChosen->setObjectName(QStringLiteral("restoreChosen"));
    m_restoreChosen->setEnabled(false);
    auto* restoreFile = new QPushButton(tr("Restore from a &file…"), this);
    restoreFile->setObjectName(QStringLiteral("restoreFile"));
    auto* folder = new QPushButton(tr("Show the &folder"), this);
    auto* restoreRow = new QHBoxLayout;
    restoreRow->addWidget(m_restoreChosen);
    restoreRow->addWidget(restoreFile);
    restoreRow->addStretch(1);
    restoreRow->addWidget(folder);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(info);
    layout->addLayout(actions);
    layout->addSpacing(6);
    layout->addWidget(listTitle);
    layout->addWidget(m_backups, 1);
    layout->addLayout(restoreRow);

    connect(backUp, &QPushButton::clicked, this, &DataSafetyBox::backUpNow);
    connect(checkButton, &QPushButton::clicked, this, &DataSafetyBox::check);
    connect(m_restoreChosen, &QPushButton::clicked, this, [this] { restore(false); });
    connect(restoreFile, &QPushButton::clicked, this, [this] { restore(true); });
    connect(m_backups, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_restoreChosen->setEnabled(!m_backups->selectedItems().isEmpty()); });
    connect(folder, &QPushButton::clicked, this, [this] {
        const QString where = m_safety.backupFolder();
        QDir().mkpath(where);
        QDesktopServices::openUrl(QUrl::fromLocalFile(where));
    });
    reload();
}

void DataSafetyBox::reload()
{
    m_backups->clear();
    const QLocale locale;
    for (const DataSafetyService::AutomaticBackup& backup : m_safety.automaticBackups()) {
        auto* item = new QTreeWidgetItem(
            m_backups,
            {locale.toString(backup.taken, QStringLiteral("d MMM yyyy, HH.mm")), reasonText(backup),
             locale.formattedDataSize(backup.bytes, 1, QLocale::DataSizeSIFormat)});
        item->setData(0, pathRole, backup.path);
        item->setToolTip(0, QDir::toNativeSeparators(backup.path));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_backups->topLevelItemCount() == 0) {
        auto* none = new QTreeWidgetItem(m_backups, {tr("None yet: the first is taken the next "
                                                        "time Setia starts.")});
        none->setFlags(Qt::NoItemFlags);
        none->setFirstColumnSpanned(true);
    }
    m_restoreChosen->setEnabled(!m_backups->selectedItems().isEmpty());
}

void DataSafetyBox::backUpNow()
{
    const QString title = tr("Back up now");
    const QString suggested = QDir::home().filePath(
        tr("setia-backup-%1.db").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path =
        m_prompter.saveFileName(this, title, suggested, tr("Setia databases (*.db)"));
    if (path.isEmpty())
        return;
    std::optional<Result<DataSafetyService::BackupSummary>> made;
    // The backup reads through a connection of its own: off the UI thread.
    const Status done = ProgressJob::run(this, tr("Backing up and checking the copy…"),
                                         [&](const PageProgress&) -> Status {
                                             made = m_safety.backup(path);
                                             return {};
                                         });
    if (!done || !made)
        return;
    if (!*made) {
        m_prompter.warn(this, title, made->error().message());
        return;
    }
    const DataSafetyService::BackupSummary& summary = made->value();
    m_prompter.fileSaved(
        this, title, path,
        tr("The backup was checked: intact, with every row (%1 customers, %2 sales). Keep a "
           "copy away from this computer too, on a USB drive or in the cloud.")
            .arg(QLocale().toString(summary.rows.value(QStringLiteral("customers"))),
                 QLocale().toString(summary.rows.value(QStringLiteral("sales")))));
}

void DataSafetyBox::restore(bool fromFile)
{
    const QString title = tr("Restore a backup");
    QString path;
    if (fromFile) {
        path = m_prompter.openFileName(this, title, tr("Setia databases (*.db);;All files (*)"));
    } else if (const auto chosen = m_backups->selectedItems(); !chosen.isEmpty()) {
        path = chosen.first()->data(0, pathRole).toString();
    }
    if (path.isEmpty())
        return;

    std::optional<Result<DataSafetyService::FileContents>> inspected;
    const Status done =
        ProgressJob::run(this, tr("Checking the backup…"), [&](const PageProgress&) -> Status {
            inspected = m_safety.inspect(path);
            return {};
        });
    if (!done || !inspected)
        return;
    if (!*inspected) {
        m_prompter.warn(this, title,
                        tr("This file cannot be restored: %1").arg(inspected->error().message()));
        return;
    }
    const DataSafetyService::FileContents& contents = inspected->value();
    const QLocale locale;
    const QString question =
        tr("%1\n\nLast changed: %2\nCustomers: %3\nSales: %4\nData version: %5\n\nThe file "
           "is intact. Restoring it replaces everything in Setia now with what it holds; what "
           "is in Setia now is backed up first, so you can go back to it. Restore it?")
            .arg(QDir::toNativeSeparators(path),
                 locale.toString(contents.modified, QStringLiteral("d MMMM yyyy, HH.mm")),
                 locale.toString(contents.customers), locale.toString(contents.sales))
            .arg(contents.schemaVersion);
    if (!m_prompter.confirm(this, title, question, tr("&Restore")))
        return;

    QString savedAs;
    Result<DataSafetyService::BackupSummary> replaced = Error(Error::Kind::Cancelled, QString());
    {
        // Through the app's own connection, so that it sees the new contents: on this thread.
        const BusyNote busy(this, title,
                            tr("Backing up the current data, then restoring the backup…"));
        replaced = m_safety.restore(path, &savedAs);
    }
    if (!replaced) {
        m_prompter.warn(this, title, replaced.error().message());
        return;
    }
    m_prompter.inform(this, title,
                      tr("The backup is restored. What was in Setia before is kept in %1.")
                          .arg(QDir::toNativeSeparators(savedAs)));
    Q_EMIT restored();
}

void DataSafetyBox::check()
{
    const QString title = tr("Check the database");
    Result<QStringList> problems = QStringList();
    {
        const BusyNote busy(this, title, tr("Checking every page and Setia's own rules…"));
        problems = m_safety.check();
    }
    if (!problems) {
        m_prompter.warn(this, title, problems.error().message());
        return;
    }
    if (problems->isEmpty()) {
        m_prompter.inform(this, title,
                          tr("No problems found: the file is intact and its sales, points and "
                             "stamps add up."));
        return;
    }
    constexpr qsizetype shown = 15;
    QStringList lines = problems->mid(0, shown);
    if (problems->size() > shown)
        lines.append(tr("… and %1 more.").arg(problems->size() - shown));
    m_prompter.warn(this, title,
                    tr("%1 problems found:\n\n%2\n\nRestore your latest good backup (the list "
                       "above), or keep this file aside and ask for help before more is "
                       "entered.")
                        .arg(problems->size())
                        .arg(lines.join(QLatin1Char('\n'))));
}

} // namespace setia
