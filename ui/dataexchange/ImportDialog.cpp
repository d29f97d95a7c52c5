#include "dataexchange/ImportDialog.h"

#include "common/FormErrors.h"
#include "common/UserPrompter.h"
#include "dataexchange/ColumnMappingForm.h"
#include "dataexchange/ExchangeTexts.h"
#include "dataexchange/RejectedRowsModel.h"
#include "io/CsvColumns.h"
#include "io/RejectsFile.h"
#include "services/exchange/ImportService.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace setia {
namespace {

constexpr int previewRows = 10;
// How long the progress callback lets pass between two rounds of event processing.
constexpr qint64 eventIntervalMs = 50;

QString separatorName(QChar separator)
{
    return separator == QLatin1Char(';') ? ImportDialog::tr("semicolons (;)")
                                         : ImportDialog::tr("commas (,)");
}

} // namespace

ImportDialog::ImportDialog(ImportService& imports, ImportKind kind, const QString& path,
                           const CsvReader& reader, UserPrompter& prompter, QWidget* parent)
    : QDialog(parent)
    , m_imports(imports)
    , m_prompter(prompter)
    , m_kind(kind)
    , m_path(path)
    , m_reader(reader)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(ExchangeTexts::importTitle(kind));

    auto* fileName = new QLabel(QFileInfo(path).fileName(), this);
    fileName->setObjectName(QStringLiteral("fileName"));
    fileName->setToolTip(QDir::toNativeSeparators(path));
    auto* details = new QLabel(tr("Text encoding: %1 · Values separated by %2")
                                   .arg(reader.encoding(), separatorName(reader.separator())),
                               this);
    details->setObjectName(QStringLiteral("fileDetails"));
    auto* encodingHint =
        new QLabel(tr("This file is not UTF-8, so Setia read it as %1. If letters in the preview "
                      "look wrong, save it from the spreadsheet as “CSV UTF-8” and choose it "
                      "again.")
                       .arg(reader.encoding()),
                   this);
    encodingHint->setWordWrap(true);
    encodingHint->setVisible(reader.encoding() != QLatin1String("UTF-8"));

    auto* previewGroup = new QGroupBox(tr("Pre&view: the first rows of the file"), this);
    auto* previewLayout = new QVBoxLayout(previewGroup);
    QWidget* preview = makePreview();
    previewLayout->addWidget(preview);
    auto* top = new QHBoxLayout;
    top->addWidget(previewGroup, 3);
    top->addWidget(makeColumnsGroup(), 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(fileName);
    layout->addWidget(details);
    layout->addWidget(encodingHint);
    layout->addLayout(top, 1);
    layout->addWidget(makeResultGroup());
    layout->addLayout(makeButtons());

    QWidget* previous = preview;
    for (QComboBox* combo : m_mapping->combos()) {
        setTabOrder(previous, combo);
        previous = combo;
    }
    for (QWidget* next :
         std::initializer_list<QWidget*>{m_checkButton, m_importButton, m_rejectedView,
                                         m_saveRejectsButton, m_cancelButton, m_closeButton}) {
        setTabOrder(previous, next);
        previous = next;
    }

    connect(m_mapping, &ColumnMappingForm::changed, this, &ImportDialog::mappingChanged);
    connect(m_checkButton, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::importChecked);
    connect(m_saveRejectsButton, &QPushButton::clicked, this, &ImportDialog::saveRejects);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_closeButton, &QPushButton::clicked, this, &ImportDialog::reject);

    resize(1000, 700);
    updateState();
    m_checkButton->setDefault(true);
    m_checkButton->setFocus();
}

QWidget* ImportDialog::makePreview()
{
    CsvReader reader = m_reader;
    QList<CsvRecord> records;
    CsvRecord record;
    while (records.size() < previewRows && reader.next(record))
        records.append(record);
    qsizetype columns = reader.header().size();
    for (const CsvRecord& row : std::as_const(records))
        columns = qMax(columns, row.fields.size());

    auto* table =
        new QTableWidget(static_cast<int>(records.size()), static_cast<int>(columns), this);
    table->setObjectName(QStringLiteral("preview"));
    table->setHorizontalHeaderLabels(reader.header());
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    for (int row = 0; row < records.size(); ++row) {
        const CsvRecord& source = records.at(row);
        auto* line = new QTableWidgetItem(QString::number(source.line));
        line->setToolTip(source.ok() ? tr("Line %1 of the file").arg(source.line) : source.error);
        table->setVerticalHeaderItem(row, line);
        for (int column = 0; column < source.fields.size(); ++column) {
            auto* item = new QTableWidgetItem(source.fields.at(column));
            item->setToolTip(source.ok() ? source.fields.at(column) : source.error);
            table->setItem(row, column, item);
        }
    }
    table->resizeColumnsToContents();
    for (int column = 0; column < table->columnCount(); ++column)
        table->setColumnWidth(column, qMin(table->columnWidth(column), 220));
    return table;
}

QWidget* ImportDialog::makeColumnsGroup()
{
    auto* group = new QGroupBox(tr("Col&umns: where each field is in the file"), this);
    auto* hint = new QLabel(tr("Columns named as in Setia's own files are chosen already."), group);
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);
    m_mapping = new ColumnMappingForm(CsvColumns::of(m_kind), m_reader.header(), group);
    auto* scroll = new QScrollArea(group);
    scroll->setWidget(m_mapping);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(hint);
    layout->addWidget(scroll, 1);
    return group;
}

QWidget* ImportDialog::makeResultGroup()
{
    auto* group = new QGroupBox(tr("Check and import"), this);
    m_errors = new FormErrors(group);
    m_summary = new QLabel(tr("Check the file first: it shows what would be imported and which "
                              "rows cannot be. Nothing is written until you import."),
                           group);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_rejected = new RejectedRowsModel(this);
    m_rejectedView = new QTableView(group);
    m_rejectedView->setObjectName(QStringLiteral("rejectedRows"));
    m_rejectedView->setModel(m_rejected);
    m_rejectedView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rejectedView->setAlternatingRowColors(true);
    m_rejectedView->verticalHeader()->hide();
    m_rejectedView->horizontalHeader()->setSectionResizeMode(RejectedRowsModel::Line,
                                                             QHeaderView::ResizeToContents);
    m_rejectedView->horizontalHeader()->setStretchLastSection(true);
    m_rejectedView->setMinimumHeight(150);
    m_rejectedView->hide();
    m_saveRejectsButton = new QPushButton(tr("&Save rejected rows…"), group);
    m_saveRejectsButton->setObjectName(QStringLiteral("saveRejects"));
    m_saveRejectsButton->hide();
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(m_errors);
    layout->addWidget(m_summary);
    layout->addWidget(m_rejectedView, 1);
    layout->addWidget(m_saveRejectsButton, 0, Qt::AlignLeft);
    return group;
}

QLayout* ImportDialog::makeButtons()
{
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_checkButton = new QPushButton(tr("&Check"), this);
    m_checkButton->setObjectName(QStringLiteral("check"));
    m_checkButton->setToolTip(tr("Read the whole file and show what would be imported, "
                                 "without changing anything"));
    m_importButton = new QPushButton(tr("&Import"), this);
    m_importButton->setObjectName(QStringLiteral("import"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancel"));
    m_cancelButton->setToolTip(tr("Stop; nothing is changed (Esc)"));
    m_cancelButton->hide();
    m_closeButton = new QPushButton(tr("Close"), this);
    m_closeButton->setObjectName(QStringLiteral("close"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addStretch();
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_closeButton);
    return buttons;
}

void ImportDialog::check()
{
    m_errors->clear();
    auto report = run(true);
    if (!report) {
        m_errors->showError(report.error().message(), QString());
        return;
    }
    if (report->cancelled) {
        m_summary->setText(tr("The check was stopped before the end. Check again to see what "
                              "would be imported."));
        return;
    }
    m_checked = *report;
    showRejected(*report);
    showChecked(*report);
}

void ImportDialog::importChecked()
{
    if (!m_checked || m_checked->acceptedRows == 0)
        return;
    const QLocale locale;
    if (!m_checked->rejected.isEmpty()) {
        const QString question =
            tr("%1 rows cannot be imported and will be skipped. Import the other %2 rows?")
                .arg(locale.toString(m_checked->rejected.size()),
                     locale.toString(m_checked->acceptedRows));
        if (!m_prompter.confirm(this, windowTitle(), question, tr("Import and skip")))
            return;
    }
    m_errors->clear();
    auto report = run(false);
    if (!report) {
        m_summary->setText(tr("Nothing was imported."));
        m_prompter.warn(this, windowTitle(), report.error().message());
        return;
    }
    if (report->cancelled) {
        m_summary->setText(tr("Cancelled: nothing was changed."));
        m_importButton->setFocus();
        return;
    }
    m_imported = true;
    showRejected(*report);
    QString text = tr("Imported: %1 created.").arg(locale.toString(report->created));
    if (!report->rejected.isEmpty())
        text += QLatin1Char(' ') +
                tr("%1 rejected rows were skipped.").arg(locale.toString(report->rejected.size()));
    m_summary->setText(text);
    updateState();
    m_closeButton->setDefault(true);
    m_closeButton->setFocus();
}

void ImportDialog::reject()
{
    if (m_running) {
        m_cancelRequested = true;
        return;
    }
    QDialog::reject();
}

Result<ImportReport> ImportDialog::run(bool dryRun)
{
    ImportOptions options;
    options.dryRun = dryRun;
    options.columns = m_mapping->columns();
    options.fileName = QFileInfo(m_path).fileName();
    options.progress = [this](qint64 done, qint64 total) { return progress(done, total); };
    options.waiting = [this](int waitedSeconds) { return waiting(waitedSeconds); };
    CsvReader reader = m_reader;
    ImportService& importer = m_imports;
    setRunning(true);
    auto report = importer.run(m_kind, reader, options);
    setRunning(false);
    return report;
}

bool ImportDialog::progress(qint64 done, qint64 total)
{
    const qint64 steps = m_progress->maximum();
    m_progress->setValue(static_cast<int>(total > 0 ? done * steps / total : steps));
    if (!m_sinceEvents.isValid() || m_sinceEvents.elapsed() >= eventIntervalMs) {
        QCoreApplication::processEvents();
        m_sinceEvents.start();
    }
    return !m_cancelRequested;
}

bool ImportDialog::waiting(int waitedSeconds)
{
    m_summary->setText(tr("Another program is writing to the database (another Setia, or "
                          "setia-cli); the import waits for it to finish (%1 s). Cancel stops "
                          "the import; nothing is changed.")
                           .arg(waitedSeconds));
    QCoreApplication::processEvents();
    return !m_cancelRequested;
}

void ImportDialog::setRunning(bool running)
{
    m_running = running;
    m_cancelRequested = false;
    m_sinceEvents.invalidate();
    m_progress->setValue(0);
    updateState();
    if (running) {
        m_cancelButton->setFocus();
        // Paint the running state now: the first progress report may take a while.
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    } else {
        m_checkButton->setFocus();
    }
}

void ImportDialog::updateState()
{
    const bool idle = !m_running && !m_imported;
    m_mapping->setEnabled(idle);
    m_checkButton->setEnabled(idle);
    m_importButton->setEnabled(idle && m_checked && m_checked->acceptedRows > 0);
    m_saveRejectsButton->setEnabled(!m_running);
    m_closeButton->setEnabled(!m_running);
    m_progress->setVisible(m_running);
    m_cancelButton->setVisible(m_running);
}

void ImportDialog::mappingChanged()
{
    m_checked.reset();
    m_report.reset();
    m_rejected->setRows({});
    m_rejectedView->setMinimumHeight(150);
    m_rejectedView->hide();
    m_saveRejectsButton->hide();
    m_errors->clear();
    m_summary->setText(tr("The columns changed: check the file again before importing."));
    m_importButton->setText(tr("&Import"));
    m_checkButton->setDefault(true);
    updateState();
}

void ImportDialog::showChecked(const ImportReport& report)
{
    const QLocale locale;
    QString text;
    if (report.rows == 0) {
        text = tr("The file has no data rows: there is nothing to import.");
    } else {
        text = tr("%1 rows: %2 can be imported, %3 rejected.")
                   .arg(locale.toString(report.rows), locale.toString(report.acceptedRows),
                        locale.toString(report.rejected.size()));
        if (m_kind == ImportKind::Sales && report.acceptedRows > 0)
            text +=
                QLatin1Char(' ') + tr("They make %1 sales.").arg(locale.toString(report.created));
        if (report.acceptedRows == 0)
            text += QLatin1Char('\n') + tr("Correct the file, or choose the columns again, and "
                                           "check it again.");
        else if (!report.rejected.isEmpty())
            text += QLatin1Char('\n') + tr("Importing skips the rejected rows. The list below "
                                           "says what to correct in each.");
    }
    m_summary->setText(text);
    m_importButton->setText(report.acceptedRows > 0
                                ? tr("&Import %1 rows").arg(locale.toString(report.acceptedRows))
                                : tr("&Import"));
    updateState();
    if (m_importButton->isEnabled()) {
        m_importButton->setDefault(true);
        m_importButton->setFocus();
    }
}

void ImportDialog::showRejected(const ImportReport& report)
{
    m_report = report;
    m_rejected->setRows(report.rejected);
    m_rejectedView->setVisible(!report.rejected.isEmpty());
    m_saveRejectsButton->setVisible(!report.rejected.isEmpty());
}

void ImportDialog::saveRejects()
{
    if (!m_report || m_report->rejected.isEmpty())
        return;
    const QFileInfo input(m_path);
    const QString suggested =
        input.dir().filePath(input.completeBaseName() + QStringLiteral(".rejects.csv"));
    const QString path =
        m_prompter.saveFileName(this, tr("Save rejected rows"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status status = RejectsFile::write(*m_report, path); !status) {
        m_prompter.warn(this, windowTitle(), status.error().message());
        return;
    }
    m_prompter.inform(
        this, windowTitle(),
        tr("%1 rejected rows were written to %2, each with its line in the "
           "original file and the reason.")
            .arg(QLocale().toString(m_report->rejected.size()), QDir::toNativeSeparators(path)));
}

} // namespace setia
