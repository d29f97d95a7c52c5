#include "settings/StampCardsBox.h"

#include "common/UserPrompter.h"
#include "services/StampService.h"
#include "settings/StampCardDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace setia {
namespace {

// Card, what gives a stamp, stamps needed, reward, version, status.
constexpr int columnCount = 6;

} // namespace

StampCardsBox::StampCardsBox(const Services& services, UserPrompter& prompter, QWidget* parent)
    : QGroupBox(tr("Stamp cards"), parent)
    , m_services(services)
    , m_prompter(prompter)
{
    m_table = new QTableWidget(0, columnCount, this);
    m_table->setObjectName(QStringLiteral("stampCards"));
    m_table->setHorizontalHeaderLabels(
        {tr("Card"), tr("A stamp for"), tr("Stamps"), tr("Reward"), tr("Version"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    // Names share the width and are elided; numbers and the status keep theirs.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int nameColumn : {0, 1, 3})
        m_table->horizontalHeader()->setSectionResizeMode(nameColumn, QHeaderView::Stretch);
    m_table->setMinimumHeight(120);

    auto* add = new QPushButton(tr("New card…"), this);
    add->setObjectName(QStringLiteral("newStampCard"));
    m_change = new QPushButton(tr("Change…"), this);
    m_change->setObjectName(QStringLiteral("changeStampCard"));
    m_stop = new QPushButton(tr("Stop giving stamps"), this);
    m_stop->setObjectName(QStringLiteral("stopStampCard"));
    auto* hint = new QLabel(tr("One stamp per unit bought. Saved at once; rewards are taken at "
                               "the counter."),
                            this);
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_change);
    buttons->addWidget(m_stop);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(hint);

    connect(add, &QPushButton::clicked, this, &StampCardsBox::newCard);
    connect(m_change, &QPushButton::clicked, this, &StampCardsBox::changeCard);
    connect(m_stop, &QPushButton::clicked, this, &StampCardsBox::stopCard);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &StampCardsBox::updateButtons);
    connect(m_table, &QTableWidget::itemActivated, this, &StampCardsBox::changeCard);
    reload();
}

bool StampCardsBox::reload()
{
    auto cards = m_services.stamps.cards(false);
    m_table->setRowCount(0);
    if (!cards) {
        m_cards.clear();
        m_prompter.warn(this, title(), cards.error().message());
        updateButtons();
        return false;
    }
    m_cards = std::move(cards).value();
    m_table->setRowCount(static_cast<int>(m_cards.size()));
    for (int row = 0; row < m_cards.size(); ++row) {
        const StampCard& card = m_cards.at(row);
        const QString status = card.active ? tr("giving stamps") : tr("stopped or replaced");
        const QStringList cells = {card.name,
                                   card.productId > 0 ? card.productName
                                                      : tr("category %1").arg(card.category),
                                   QString::number(card.stampsNeeded),
                                   card.rewardName,
                                   QString::number(card.version),
                                   status};
        for (int column = 0; column < columnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (!card.active)
                item->setForeground(palette().placeholderText());
            m_table->setItem(row, column, item);
        }
    }
    updateButtons();
    return true;
}

const StampCard* StampCardsBox::chosenCard() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_cards.size() || !m_table->selectionModel()->hasSelection())
        return nullptr;
    const StampCard& card = m_cards.at(row);
    return card.active ? &card : nullptr;
}

void StampCardsBox::updateButtons()
{
    const bool chosen = chosenCard() != nullptr;
    m_change->setEnabled(chosen);
    m_stop->setEnabled(chosen);
}

void StampCardsBox::newCard()
{
    StampCardDialog dialog({m_services.stamps, m_services.products}, StampCard(), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void StampCardsBox::changeCard()
{
    const StampCard* card = chosenCard();
    if (!card)
        return;
    StampCardDialog dialog({m_services.stamps, m_services.products}, *card, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void StampCardsBox::stopCard()
{
    const StampCard* card = chosenCard();
    if (!card)
        return;
    if (!m_prompter.confirm(this, title(),
                            tr("Stop giving stamps on the %1 card? Members keep the stamps they "
                               "have, and can still take the rewards they earned.")
                                .arg(card->name),
                            tr("Stop giving stamps")))
        return;
    if (Status stopped = m_services.stamps.stop(card->id); !stopped) {
        m_prompter.warn(this, title(), stopped.error().message());
        return;
    }
    reload();
}

} // namespace setia
