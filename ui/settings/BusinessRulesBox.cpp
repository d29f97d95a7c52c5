#include "settings/BusinessRulesBox.h"

#include "analytics/SegmentNames.h"
#include "common/BusyNote.h"
#include "common/Clock.h"
#include "common/UserPrompter.h"
#include "services/BusinessRuleService.h"
#include "settings/BusinessRuleDialog.h"
#include "settings/RuleFiringsDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace setia {
namespace {

// Rule, when, then, status.
constexpr int columnCount = 4;

// The rule's condition in words: "Contribution tier is Big", groups in brackets.
QString conditionText(const SegmentRule& rule)
{
    QStringList groups;
    for (const RuleGroup& group : rule.groups) {
        QStringList conditions;
        for (const RuleCondition& c : group.conditions)
            conditions.append(SegmentNames::condition(c));
        const QString joined = conditions.join(group.all ? BusinessRulesBox::tr(" and ")
                                                         : BusinessRulesBox::tr(" or "));
        groups.append(rule.groups.size() > 1 && conditions.size() > 1
                          ? QStringLiteral("(%1)").arg(joined)
                          : joined);
    }
    return groups.join(rule.all ? BusinessRulesBox::tr(" and ") : BusinessRulesBox::tr(" or "));
}

QString actionText(const BusinessRule& rule)
{
    if (rule.action == RuleAction::AssignSalesperson)
        return BusinessRulesBox::tr("Salesperson: %1")
            .arg(rule.salespeople.join(BusinessRulesBox::tr(" or ")));
    return rule.dueInDays == 0
               ? BusinessRulesBox::tr("Follow-up the same day: %1").arg(rule.task)
               : BusinessRulesBox::tr("Follow-up in %n day(s): %1", nullptr, rule.dueInDays)
                     .arg(rule.task);
}

} // namespace

BusinessRulesBox::BusinessRulesBox(const Services& services, UserPrompter& prompter,
                                   QWidget* parent)
    : QGroupBox(tr("Business rules"), parent)
    , m_services(services)
    , m_prompter(prompter)
{
    setObjectName(QStringLiteral("businessRules"));
    m_table = new QTableWidget(0, columnCount, this);
    m_table->setObjectName(QStringLiteral("rules"));
    m_table->setHorizontalHeaderLabels({tr("Rule"), tr("When"), tr("Then"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(120);

    auto* add = new QPushButton(tr("New rule…"), this);
    add->setObjectName(QStringLiteral("newRule"));
    m_change = new QPushButton(tr("Change…"), this);
    m_change->setObjectName(QStringLiteral("changeRule"));
    m_toggle = new QPushButton(tr("Switch off"), this);
    m_toggle->setObjectName(QStringLiteral("toggleRule"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeRule"));
    auto* run = new QPushButton(tr("Run now"), this);
    run->setObjectName(QStringLiteral("runRules"));
    auto* log = new QPushButton(tr("Log…"), this);
    log->setObjectName(QStringLiteral("ruleLog"));
    auto* hint = new QLabel(tr("Setia runs the rules after changes and once a day. A customer "
                               "sets a rule off once for each time they come to match it."),
                            this);
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_change);
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(run);
    buttons->addWidget(log);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(hint);

    connect(add, &QPushButton::clicked, this, &BusinessRulesBox::newRule);
    connect(m_change, &QPushButton::clicked, this, &BusinessRulesBox::changeRule);
    connect(m_toggle, &QPushButton::clicked, this, &BusinessRulesBox::toggleRule);
    connect(m_remove, &QPushButton::clicked, this, &BusinessRulesBox::removeRule);
    connect(run, &QPushButton::clicked, this, &BusinessRulesBox::runNow);
    connect(log, &QPushButton::clicked, this, &BusinessRulesBox::showLog);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BusinessRulesBox::updateButtons);
    connect(m_table, &QTableWidget::itemActivated, this, &BusinessRulesBox::changeRule);
    connect(&services.rules, &BusinessRuleService::rulesChanged, this, &BusinessRulesBox::reload);
    reload();
}

bool BusinessRulesBox::reload()
{
    const qint64 chosen = chosenRule() ? chosenRule()->id : 0;
    auto rules = m_services.rules.all();
    m_table->setRowCount(0);
    if (!rules) {
        m_rules.clear();
        m_prompter.warn(this, title(), rules.error().message());
        updateButtons();
        return false;
    }
    m_rules = std::move(rules).value();
    m_table->setRowCount(static_cast<int>(m_rules.size()));
    for (int row = 0; row < m_rules.size(); ++row) {
        const BusinessRule& rule = m_rules.at(row);
        const QStringList cells = {rule.name, conditionText(rule.when), actionText(rule),
                                   rule.enabled ? tr("on") : tr("off")};
        for (int column = 0; column < columnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (!rule.enabled)
                item->setForeground(palette().placeholderText());
            m_table->setItem(row, column, item);
        }
        if (rule.id == chosen)
            m_table->selectRow(row);
    }
    updateButtons();
    return true;
}

const BusinessRule* BusinessRulesBox::chosenRule() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rules.size() || !m_table->selectionModel()->hasSelection())
        return nullptr;
    return &m_rules.at(row);
}

void BusinessRulesBox::updateButtons()
{
    const BusinessRule* rule = chosenRule();
    m_change->setEnabled(rule);
    m_toggle->setEnabled(rule);
    m_remove->setEnabled(rule);
    m_toggle->setText(rule && !rule->enabled ? tr("Switch on") : tr("Switch off"));
}

void BusinessRulesBox::newRule()
{
    BusinessRule draft;
    draft.dueInDays = 2;
    BusinessRuleDialog dialog({m_services.rules, m_services.segments}, m_prompter, draft,
                              m_services.clock.today(), this);
    dialog.exec();
}

void BusinessRulesBox::changeRule()
{
    const BusinessRule* rule = chosenRule();
    if (!rule)
        return;
    BusinessRuleDialog dialog({m_services.rules, m_services.segments}, m_prompter, *rule,
                              m_services.clock.today(), this);
    dialog.exec();
}

void BusinessRulesBox::toggleRule()
{
    const BusinessRule* rule = chosenRule();
    if (!rule)
        return;
    BusinessRule flipped = *rule;
    flipped.enabled = !flipped.enabled;
    if (auto saved = m_services.rules.save(flipped); !saved)
        m_prompter.warn(this, title(), saved.error().message());
}

void BusinessRulesBox::removeRule()
{
    const BusinessRule* rule = chosenRule();
    if (!rule)
        return;
    if (!m_prompter.confirm(this, title(), tr("Remove the rule \"%1\"?").arg(rule->name),
                            tr("Remove")))
        return;
    if (Status removed = m_services.rules.remove(rule->id); !removed)
        m_prompter.warn(this, title(), removed.error().message());
}

void BusinessRulesBox::runNow()
{
    const QDate today = m_services.clock.today();
    std::optional<BusyNote> note;
    if (!m_services.rules.isReady(today))
        note.emplace(window(), title(), tr("Running the rules on every customer…"));
    auto run = m_services.rules.run(today);
    note.reset();
    if (!run) {
        m_prompter.warn(this, title(), run.error().message());
        return;
    }
    m_prompter.inform(
        this, title(),
        run->fired.isEmpty()
            ? tr("%n rule(s) ran: no customer came to match one since the last run.", nullptr,
                 run->rules)
            : tr("%n rule(s) ran and took %1 actions: see the log.", nullptr, run->rules)
                  .arg(QLocale().toString(run->fired.size())));
}

void BusinessRulesBox::showLog()
{
    RuleFiringsDialog dialog(m_services.rules, m_prompter, this);
    if (dialog.load())
        dialog.exec();
}

} // namespace setia
