#include "dataexchange/ImportHistoryBox.h"

#include "common/UserPrompter.h"
#include "dataexchange/ExchangeTexts.h"
#include "dataexchange/ImportHistoryModel.h"
#include "domain/DisplayFormat.h"
#include "services/exchange/ImportService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace setia {

ImportHistoryBox::ImportHistoryBox(ImportService& imports, UserPrompter& prompter, QWidget* parent)
    : QGroupBox(tr("Imports made"), parent)
    , m_imports(imports)
    , m_prompter(prompter)
    , m_model(new ImportHistoryModel(this))
{
    setObjectName(QStringLiteral("importHistory"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("imports"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setMinimumSectionSize(40);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setWordWrap(false);
    m_table->setColumnWidth(ImportHistoryModel::When, 122);
    m_table->setColumnWidth(ImportHistoryModel::What, 80);
    m_table->setColumnWidth(ImportHistoryModel::File, 100);
    m_table->setColumnWidth(ImportHistoryModel::Records, 45);
    m_table->setColumnWidth(ImportHistoryModel::By, 65);
    // Four rows in view (the view fits a 768-pixel-high screen); the rest scroll.
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                            4 * m_table->verticalHeader()->defaultSectionSize() + 4);
    m_undo = new QPushButton(tr("&Undo import…"), this);
    m_undo->setToolTip(tr("Removes everything the chosen import brought in, in one step"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_undo);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_table->currentIndex();
        undoRow(index.isValid() ? index.row() : -1);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ImportHistoryBox::updateActions);
    reload();
}

void ImportHistoryBox::reload()
{
    auto history = m_imports.history();
    if (!history) {
        m_prompter.warn(this, title(), history.error().message());
        return;
    }
    m_model->setRecords(*history);
    updateActions();
}

void ImportHistoryBox::undoRow(int row)
{
    const ImportRecord* record = m_model->record(row);
    if (!record || record->undoneAt.isValid())
        return;
    const QString what = QString(ExchangeTexts::kindTitle(record->kind)).remove(QLatin1Char('&'));
    if (!m_prompter.confirm(
            this, tr("Undo import"),
            tr("Remove the %1 records (%2) that %3 brought in on %4? Nothing else is touched; "
               "if something recorded since depends on them, nothing is removed.")
                .arg(display::count(record->records), what.toLower(), record->fileName,
                     display::shortDate(record->importedAt.date())),
            tr("Undo import")))
        return;
    if (Status undone = m_imports.undo(record->id); !undone) {
        m_prompter.warn(this, tr("Undo import"), undone.error().message());
        return;
    }
    reload();
}

void ImportHistoryBox::updateActions()
{
    const QModelIndex index = m_table->currentIndex();
    const ImportRecord* record = m_model->record(index.isValid() ? index.row() : -1);
    m_undo->setEnabled(record && !record->undoneAt.isValid());
}

} // namespace setia
