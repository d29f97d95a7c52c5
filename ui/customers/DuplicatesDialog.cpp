#include "customers/DuplicatesDialog.h"

#include "common/BusyNote.h"
#include "common/UserPrompter.h"
#include "customers/DuplicatePairModel.h"
#include "customers/MergeDialog.h"
#include "customers/MergeJournalModel.h"
#include "domain/DisplayFormat.h"
#include "services/CustomerService.h"
#include "services/MergeService.h"

#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <optional>

namespace setia {
namespace {

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

int currentRow(const QTableView* table)
{
    const QModelIndex index = table->currentIndex();
    return index.isValid() ? index.row() : -1;
}

} // namespace

DuplicatesDialog::DuplicatesDialog(MergeService& merges, const CustomerService& customers,
                                   UserPrompter& prompter, QWidget* parent)
    : QDialog(parent)
    , m_merges(merges)
    , m_customers(customers)
    , m_prompter(prompter)
    , m_pairs(new DuplicatePairModel(this))
    , m_journal(new MergeJournalModel(this))
{
    setObjectName(QStringLiteral("duplicatesDialog"));
    setWindowTitle(tr("Duplicate customers"));

    auto* pairPage = new QWidget(this);
    m_pairCount = new QLabel(pairPage);
    m_pairCount->setWordWrap(true);
    m_pairTable = makeTable(m_pairs, pairPage);
    m_pairTable->setObjectName(QStringLiteral("pairs"));
    m_pairTable->setColumnWidth(DuplicatePairModel::Reason, 95);
    m_pairTable->setColumnWidth(DuplicatePairModel::FirstCode, 72);
    m_pairTable->setColumnWidth(DuplicatePairModel::FirstName, 170);
    m_pairTable->setColumnWidth(DuplicatePairModel::SecondCode, 72);
    m_pairTable->setColumnWidth(DuplicatePairModel::SecondName, 178);
    m_pairTable->setColumnWidth(DuplicatePairModel::Phone, 220);
    m_mergeButton = new QPushButton(tr("&Merge…"), pairPage);
    m_mergeButton->setToolTip(tr("Compare the two side by side and merge them (Enter)"));
    auto* again = new QPushButton(tr("&Look again"), pairPage);
    auto* pairButtons = new QHBoxLayout;
    pairButtons->addWidget(m_mergeButton);
    pairButtons->addWidget(again);
    pairButtons->addStretch();
    auto* pairLayout = new QVBoxLayout(pairPage);
    pairLayout->addWidget(m_pairCount);
    pairLayout->addWidget(m_pairTable, 1);
    pairLayout->addLayout(pairButtons);

    auto* journalPage = new QWidget(this);
    auto* journalNote = new QLabel(
        tr("Each merge can be undone: the records it moved go back, the merged customer shows "
           "again, and the kept one gets back the details the merge changed (what was changed "
           "on them since stays)."),
        journalPage);
    journalNote->setWordWrap(true);
    m_journalTable = makeTable(m_journal, journalPage);
    m_journalTable->setObjectName(QStringLiteral("merges"));
    m_journalTable->setColumnWidth(MergeJournalModel::When, 120);
    m_journalTable->setColumnWidth(MergeJournalModel::Kept, 190);
    m_journalTable->setColumnWidth(MergeJournalModel::Merged, 215);
    m_journalTable->setColumnWidth(MergeJournalModel::Moved, 210);
    m_journalTable->setColumnWidth(MergeJournalModel::By, 80);
    m_undoButton = new QPushButton(tr("&Undo merge…"), journalPage);
    auto* journalButtons = new QHBoxLayout;
    journalButtons->addWidget(m_undoButton);
    journalButtons->addStretch();
    auto* journalLayout = new QVBoxLayout(journalPage);
    journalLayout->addWidget(journalNote);
    journalLayout->addWidget(m_journalTable, 1);
    journalLayout->addLayout(journalButtons);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(pairPage, tr("Possible duplicates"));
    m_tabs->addTab(journalPage, tr("Merges"));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(close);
    resize(980, 560);

    connect(m_mergeButton, &QPushButton::clicked, this,
            [this] { mergeRow(currentRow(m_pairTable)); });
    connect(m_pairTable, &QTableView::activated, this,
            [this](const QModelIndex& index) { mergeRow(index.row()); });
    connect(again, &QPushButton::clicked, this, &DuplicatesDialog::findDuplicates);
    connect(m_undoButton, &QPushButton::clicked, this,
            [this] { undoRow(currentRow(m_journalTable)); });
    connect(m_pairTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DuplicatesDialog::updateActions);
    connect(m_journalTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DuplicatesDialog::updateActions);
    reloadJournal();
    updateActions();
}

void DuplicatesDialog::findDuplicates()
{
    QElapsedTimer timer;
    timer.start();
    std::optional<BusyNote> busy;
    auto found = m_merges.findDuplicates([&](qint64 done, qint64 total) {
        // A note once it takes long enough to notice (tens of thousands of customers).
        if (!busy && timer.elapsed() > 300 && done < total)
            busy.emplace(this, windowTitle(), tr("Looking for customers who may be one person…"));
        return true;
    });
    busy.reset();
    if (!found) {
        m_prompter.warn(this, windowTitle(), found.error().message());
        return;
    }
    m_pairs->setPairs(*found);
    m_pairCount->setText(
        found->isEmpty()
            ? tr("No two active customers share a phone number or a name alike.")
            : tr("Pairs of customers who may be one person: %1. The same phone number first, "
                 "then names alike once titles (Bapak, Ibu, H.) and old spellings (oe, dj, tj) "
                 "are set aside. Merge the ones that are.")
                  .arg(display::count(found->size())));
    if (!found->isEmpty())
        m_pairTable->selectRow(0);
    m_pairTable->setFocus();
    updateActions();
}

void DuplicatesDialog::mergeRow(int row)
{
    const DuplicatePair* pair = m_pairs->pair(row);
    if (!pair)
        return;
    auto first = m_customers.find(pair->first.id);
    auto second = m_customers.find(pair->second.id);
    if (!first || !second || !first->has_value() || !second->has_value()) {
        m_prompter.warn(this, windowTitle(),
                        !first    ? first.error().message()
                        : !second ? second.error().message()
                                  : tr("One of the two customers no longer exists. Look again."));
        return;
    }
    MergeDialog dialog(m_merges, **first, **second, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_pairs->removeCustomer(dialog.mergedId());
    reloadJournal();
    m_prompter.inform(this, tr("Customers merged"),
                      tr("%1 now has the records of %2 (%3). The merge can be undone under "
                         "\"Merges\".")
                          .arg(dialog.done().keptName, dialog.done().mergedName,
                               MergeJournalModel::movesText(dialog.done().moved)));
    updateActions();
}

void DuplicatesDialog::undoRow(int row)
{
    const CustomerMerge* merge = m_journal->merge(row);
    if (!merge || merge->undoneAt.isValid())
        return;
    if (!m_prompter.confirm(
            this, tr("Undo merge"),
            tr("Undo the merge of %1 into %2? %1 shows again with the records that were "
               "theirs (%3); sales and payments recorded on %2 since stay with %2.")
                .arg(merge->mergedName, merge->keptName,
                     MergeJournalModel::movesText(merge->moved)),
            tr("Undo merge")))
        return;
    if (Status undone = m_merges.undo(merge->id); !undone) {
        m_prompter.warn(this, tr("Undo merge"), undone.error().message());
        return;
    }
    reloadJournal();
    updateActions();
}

void DuplicatesDialog::reloadJournal()
{
    auto merges = m_merges.latest();
    if (!merges) {
        m_prompter.warn(this, windowTitle(), merges.error().message());
        return;
    }
    m_journal->setMerges(*merges);
}

void DuplicatesDialog::updateActions()
{
    m_mergeButton->setEnabled(m_pairs->pair(currentRow(m_pairTable)) != nullptr);
    const CustomerMerge* merge = m_journal->merge(currentRow(m_journalTable));
    m_undoButton->setEnabled(merge && !merge->undoneAt.isValid());
}

} // namespace setia
