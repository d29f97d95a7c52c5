#include "segments/RuleBuilder.h"

#include "segments/RuleGroupBox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace setia {

RuleBuilder::RuleBuilder(QWidget* parent)
    : QWidget(parent)
    , m_match(new QComboBox(this))
    , m_groups(new QVBoxLayout)
{
    m_match->setObjectName(QStringLiteral("match"));
    m_match->addItem(tr("all groups (AND)"), true);
    m_match->addItem(tr("any group (OR)"), false);
    auto* groupsWidget = new QWidget;
    auto* groupsColumn = new QVBoxLayout(groupsWidget);
    groupsColumn->addLayout(m_groups);
    auto* addGroupButton = new QPushButton(tr("+ Group"), groupsWidget);
    addGroupButton->setObjectName(QStringLiteral("addGroup"));
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(addGroupButton);
    addRow->addStretch(1);
    groupsColumn->addLayout(addRow);
    groupsColumn->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(groupsWidget);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_match, &QComboBox::currentIndexChanged, this, &RuleBuilder::changed);
    connect(addGroupButton, &QPushButton::clicked, this, [this] {
        addGroup()->addCondition();
        Q_EMIT changed();
    });
}

void RuleBuilder::setRule(const SegmentRule& rule)
{
    for (RuleGroupBox* box : std::as_const(m_boxes))
        box->deleteLater();
    m_boxes.clear();
    m_match->setCurrentIndex(rule.all ? 0 : 1);
    for (const RuleGroup& group : rule.groups)
        addGroup()->setGroup(group);
    if (m_boxes.isEmpty())
        addGroup()->addCondition();
}

SegmentRule RuleBuilder::rule() const
{
    SegmentRule rule;
    rule.all = m_match->currentData().toBool();
    for (const RuleGroupBox* box : m_boxes)
        rule.groups.append(box->group());
    return rule;
}

RuleGroupBox* RuleBuilder::addGroup()
{
    auto* box = new RuleGroupBox;
    m_groups->addWidget(box);
    m_boxes.append(box);
    connect(box, &RuleGroupBox::changed, this, &RuleBuilder::changed);
    connect(box, &RuleGroupBox::removeRequested, this, &RuleBuilder::removeGroup);
    renumber();
    return box;
}

void RuleBuilder::removeGroup(RuleGroupBox* box)
{
    m_boxes.removeOne(box);
    box->deleteLater();
    renumber();
    Q_EMIT changed();
}

void RuleBuilder::renumber()
{
    for (qsizetype i = 0; i < m_boxes.size(); ++i)
        m_boxes.at(i)->setNumber(static_cast<int>(i + 1));
}

} // namespace setia
