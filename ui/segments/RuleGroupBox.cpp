#include "segments/RuleGroupBox.h"

#include "segments/RuleConditionRow.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace setia {

RuleGroupBox::RuleGroupBox(QWidget* parent)
    : QGroupBox(parent)
    , m_match(new QComboBox(this))
    , m_rows(new QVBoxLayout)
{
    m_match->setObjectName(QStringLiteral("groupMatch"));
    m_match->addItem(tr("all of these conditions (AND)"), true);
    m_match->addItem(tr("any of these conditions (OR)"), false);
    auto* add = new QPushButton(tr("+ Condition"), this);
    add->setObjectName(QStringLiteral("addCondition"));
    auto* remove = new QPushButton(tr("Remove group"), this);

    auto* header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("Customers who match"), this));
    header->addWidget(m_match);
    header->addStretch(1);
    header->addWidget(remove);
    auto* footer = new QHBoxLayout;
    footer->addWidget(add);
    footer->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(m_rows);
    layout->addLayout(footer);

    connect(m_match, &QComboBox::currentIndexChanged, this, &RuleGroupBox::changed);
    connect(add, &QPushButton::clicked, this, [this] {
        addCondition();
        Q_EMIT changed();
    });
    connect(remove, &QPushButton::clicked, this, [this] { Q_EMIT removeRequested(this); });
}

void RuleGroupBox::setNumber(int number)
{
    setTitle(tr("Group %1").arg(number));
}

RuleConditionRow* RuleGroupBox::addCondition()
{
    auto* row = new RuleConditionRow(this);
    m_rows->addWidget(row);
    m_conditions.append(row);
    connect(row, &RuleConditionRow::changed, this, &RuleGroupBox::changed);
    connect(row, &RuleConditionRow::removeRequested, this, &RuleGroupBox::removeCondition);
    return row;
}

void RuleGroupBox::removeCondition(RuleConditionRow* row)
{
    m_conditions.removeOne(row);
    row->deleteLater();
    Q_EMIT changed();
}

void RuleGroupBox::setGroup(const RuleGroup& group)
{
    m_match->setCurrentIndex(group.all ? 0 : 1);
    for (const RuleCondition& condition : group.conditions)
        addCondition()->setCondition(condition);
}

RuleGroup RuleGroupBox::group() const
{
    RuleGroup group;
    group.all = m_match->currentData().toBool();
    for (const RuleConditionRow* row : m_conditions)
        group.conditions.append(row->condition());
    return group;
}

} // namespace setia
