#include "segments/RuleConditionRow.h"

#include "analytics/SegmentNames.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStackedWidget>
#include <QToolButton>

namespace setia {

RuleConditionRow::RuleConditionRow(QWidget* parent)
    : QWidget(parent)
    , m_field(new QComboBox(this))
    , m_operator(new QComboBox(this))
    , m_value(new QStackedWidget(this))
    , m_choice(new QComboBox(m_value))
    , m_text(new QLineEdit(m_value))
    , m_remove(new QToolButton(this))
{
    m_field->setObjectName(QStringLiteral("field"));
    m_operator->setObjectName(QStringLiteral("operator"));
    m_choice->setObjectName(QStringLiteral("choice"));
    m_text->setObjectName(QStringLiteral("value"));
    for (RuleField field : segmentRule::fields())
        m_field->addItem(SegmentNames::field(field), static_cast<int>(field));
    m_field->setMaxVisibleItems(m_field->count());
    m_value->addWidget(m_choice);
    m_value->addWidget(m_text);
    m_remove->setText(QStringLiteral("✕"));
    m_remove->setToolTip(tr("Remove this condition"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field, 3);
    layout->addWidget(m_operator, 2);
    layout->addWidget(m_value, 3);
    layout->addWidget(m_remove);

    connect(m_field, &QComboBox::currentIndexChanged, this, [this] {
        fillForField();
        Q_EMIT changed();
    });
    connect(m_operator, &QComboBox::currentIndexChanged, this, &RuleConditionRow::changed);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &RuleConditionRow::changed);
    connect(m_text, &QLineEdit::textChanged, this, &RuleConditionRow::changed);
    connect(m_remove, &QToolButton::clicked, this, [this] { Q_EMIT removeRequested(this); });
    fillForField();
}

void RuleConditionRow::fillForField()
{
    const auto field = static_cast<RuleField>(m_field->currentData().toInt());
    const QSignalBlocker blockOperator(m_operator);
    const QSignalBlocker blockChoice(m_choice);
    m_operator->clear();
    for (RuleOperator op : segmentRule::operatorsFor(field))
        m_operator->addItem(SegmentNames::op(op), static_cast<int>(op));
    m_choice->clear();
    const QStringList choices = segmentRule::choices(field);
    for (const QString& id : choices)
        m_choice->addItem(SegmentNames::choice(field, id), id);
    const RuleValueKind kind = segmentRule::valueKind(field);
    m_value->setCurrentWidget(kind == RuleValueKind::Choice ? static_cast<QWidget*>(m_choice)
                                                            : m_text);
    switch (kind) {
    case RuleValueKind::Money:
        m_text->setPlaceholderText(tr("Amount, e.g. 1.000.000"));
        break;
    case RuleValueKind::Number:
        m_text->setPlaceholderText(tr("Whole number"));
        break;
    case RuleValueKind::Date:
        m_text->setPlaceholderText(tr("YYYY-MM-DD"));
        break;
    case RuleValueKind::Tag:
        m_text->setPlaceholderText(tr("Tag"));
        break;
    default:
        m_text->setPlaceholderText(tr("Words"));
        break;
    }
}

void RuleConditionRow::setCondition(const RuleCondition& condition)
{
    m_field->setCurrentIndex(qMax(0, m_field->findData(static_cast<int>(condition.field))));
    fillForField();
    m_operator->setCurrentIndex(qMax(0, m_operator->findData(static_cast<int>(condition.op))));
    if (segmentRule::valueKind(condition.field) == RuleValueKind::Choice)
        m_choice->setCurrentIndex(qMax(0, m_choice->findData(condition.value)));
    else
        m_text->setText(condition.value);
}

RuleCondition RuleConditionRow::condition() const
{
    RuleCondition condition;
    condition.field = static_cast<RuleField>(m_field->currentData().toInt());
    condition.op = static_cast<RuleOperator>(m_operator->currentData().toInt());
    condition.value = segmentRule::valueKind(condition.field) == RuleValueKind::Choice
                          ? m_choice->currentData().toString()
                          : m_text->text();
    return condition;
}

} // namespace setia
