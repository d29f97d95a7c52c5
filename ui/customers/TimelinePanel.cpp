#include "customers/TimelinePanel.h"

#include "common/Clock.h"
#include "customers/TimelineModel.h"
#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "domain/Timeline.h"
#include "relationships/CompleteFollowUpDialog.h"
#include "relationships/FollowUpDialog.h"
#include "relationships/InteractionDialog.h"
#include "relationships/WhatsAppDialog.h"
#include "services/FollowUpService.h"
#include "services/InteractionService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace setia {
namespace {

// The sales a contact can be linked to: the latest 30, newest first.
QList<InteractionDialog::SaleChoice> saleChoices(const QList<CardEntry>& entries)
{
    QList<InteractionDialog::SaleChoice> choices;
    for (auto it = entries.crbegin(); it != entries.crend() && choices.size() < 30; ++it)
        if (it->kind == CardEntry::Kind::Sale && !it->voided)
            choices.append({it->id, QStringLiteral("%1 · %2 · %3")
                                        .arg(display::shortDate(it->at.date()), it->document,
                                             money::format(it->amount))});
    return choices;
}

} // namespace

TimelinePanel::TimelinePanel(const Services& services, UserPrompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_prompter(prompter)
    , m_model(new TimelineModel(this))
{
    setObjectName(QStringLiteral("timeline"));
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("timelineFilter"));
    m_filter->addItem(tr("Everything"), -1);
    for (TimelineKind kind : {TimelineKind::Sale, TimelineKind::Payment, TimelineKind::Points,
                              TimelineKind::Interaction, TimelineKind::FollowUp, TimelineKind::Rule,
                              TimelineKind::Complaint, TimelineKind::Survey})
        m_filter->addItem(Timeline::kindName(kind), static_cast<int>(kind));
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const int kind = m_filter->currentData().toInt();
        m_model->setKindFilter(kind < 0 ? std::nullopt
                                        : std::optional(static_cast<TimelineKind>(kind)));
        updateButtons();
    });

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("timelineTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    const int widths[] = {120, 100, 0, 110, 180, 90};
    for (int column = 0; column < TimelineModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, widths[column]);
    m_table->horizontalHeader()->setSectionResizeMode(TimelineModel::What, QHeaderView::Stretch);
    m_table->setToolTip(tr("Enter on an open follow-up: mark it done"));
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { completeFollowUp(index.row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TimelinePanel::updateButtons);

    auto* log = new QPushButton(tr("&Log a contact… (Ctrl+L)"), this);
    log->setObjectName(QStringLiteral("logContact"));
    auto* follow = new QPushButton(tr("New &follow-up… (Ctrl+T)"), this);
    follow->setObjectName(QStringLiteral("newFollowUp"));
    auto* whatsApp = new QPushButton(tr("&WhatsApp…"), this);
    whatsApp->setObjectName(QStringLiteral("whatsApp"));
    m_done = new QPushButton(tr("Follow-up &done…"), this);
    m_done->setObjectName(QStringLiteral("followUpDone"));
    connect(log, &QPushButton::clicked, this, &TimelinePanel::logContact);
    connect(follow, &QPushButton::clicked, this, &TimelinePanel::newFollowUp);
    connect(whatsApp, &QPushButton::clicked, this, &TimelinePanel::messageOnWhatsApp);
    connect(m_done, &QPushButton::clicked, this,
            [this] { completeFollowUp(m_table->currentIndex().row()); });

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show"), this));
    top->addWidget(m_filter);
    top->addStretch();
    top->addWidget(log);
    top->addWidget(follow);
    top->addWidget(whatsApp);
    top->addWidget(m_done);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    updateButtons();
}

void TimelinePanel::setCard(const CustomerCard& card)
{
    m_card = card;
    m_model->setEntries(card.timeline);
    updateButtons();
}

bool TimelinePanel::logContact()
{
    InteractionDialog dialog(m_services.interactions, m_card.customer.id, m_card.customer.name,
                             saleChoices(m_card.entries), m_services.clock.now(),
                             InteractionKind::Call, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Q_EMIT changed();
    return true;
}

bool TimelinePanel::newFollowUp()
{
    FollowUpDialog dialog(m_services.followUps, m_card.customer.id, m_card.customer.name,
                          m_services.interactions.staff(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Q_EMIT changed();
    return true;
}

bool TimelinePanel::messageOnWhatsApp()
{
    WhatsAppDialog dialog(m_services.whatsApp, m_prompter, m_card.customer.id, m_card.customer.name,
                          {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Q_EMIT changed();
    return true;
}

bool TimelinePanel::completeFollowUp(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const TimelineEntry& entry = m_model->entry(row);
    if (entry.kind != TimelineKind::FollowUp || !entry.open)
        return false;
    CompleteFollowUpDialog dialog(m_services.followUps, entry.id, entry.what, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Q_EMIT changed();
    return true;
}

void TimelinePanel::updateButtons()
{
    const int row = m_table->currentIndex().row();
    m_done->setEnabled(row >= 0 && row < m_model->rowCount() &&
                       m_model->entry(row).kind == TimelineKind::FollowUp &&
                       m_model->entry(row).open);
}

} // namespace setia
