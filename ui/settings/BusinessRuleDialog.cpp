#include "settings/BusinessRuleDialog.h"

#include "common/UserPrompter.h"
#include "segments/RuleBuilder.h"
#include "services/BusinessRuleService.h"
#include "services/RuleSegmentService.h"
#include "services/SegmentService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace setia {

BusinessRuleDialog::BusinessRuleDialog(const Services& services, UserPrompter& prompter,
                                       const BusinessRule& rule, const QDate& today,
                                       QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_prompter(prompter)
    , m_rule(rule)
    , m_today(today)
    , m_name(new QLineEdit(this))
    , m_builder(new RuleBuilder(this))
    , m_count(new QLabel(this))
    , m_action(new QComboBox(this))
    , m_actionForm(new QStackedWidget(this))
    , m_recount(new QTimer(this))
{
    setObjectName(QStringLiteral("businessRuleDialog"));
    setWindowTitle(rule.id == 0 ? tr("New business rule") : tr("Change business rule"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(BusinessRuleService::maxNameLength);
    m_name->setPlaceholderText(tr("e.g. Big customers are served by senior sales staff"));
    m_count->setObjectName(QStringLiteral("liveCount"));
    m_count->setWordWrap(true);
    m_action->setObjectName(QStringLiteral("action"));
    m_action->addItem(tr("give them a salesperson from a list"),
                      static_cast<int>(RuleAction::AssignSalesperson));
    m_action->addItem(tr("make a follow-up for their salesperson"),
                      static_cast<int>(RuleAction::FollowUp));

    auto* assign = new QWidget(m_actionForm);
    auto* assignForm = new QFormLayout(assign);
    assignForm->setContentsMargins(0, 0, 0, 0);
    m_salespeople = new QLineEdit(assign);
    m_salespeople->setObjectName(QStringLiteral("salespeople"));
    m_salespeople->setPlaceholderText(tr("e.g. Budi, Ani"));
    assignForm->addRow(tr("Sales&people:"), m_salespeople);
    auto* assignHint = new QLabel(tr("A customer served by one of them keeps theirs; the others "
                                     "get the one who serves the fewest customers."),
                                  assign);
    assignHint->setObjectName(QStringLiteral("hint"));
    assignHint->setWordWrap(true);
    assignForm->addRow(QString(), assignHint);
    auto* followUp = new QWidget(m_actionForm);
    auto* followUpForm = new QFormLayout(followUp);
    followUpForm->setContentsMargins(0, 0, 0, 0);
    m_task = new QLineEdit(followUp);
    m_task->setObjectName(QStringLiteral("task"));
    m_task->setMaxLength(BusinessRuleService::maxTaskLength);
    m_task->setPlaceholderText(tr("e.g. Call: ask why they stopped coming"));
    followUpForm->addRow(tr("&What to do:"), m_task);
    m_dueIn = new QSpinBox(followUp);
    m_dueIn->setObjectName(QStringLiteral("dueIn"));
    m_dueIn->setRange(0, BusinessRuleService::maxDueDays);
    m_dueIn->setSuffix(tr(" days later"));
    m_dueIn->setSpecialValueText(tr("the same day"));
    followUpForm->addRow(tr("&Due:"), m_dueIn);
    m_staff = new QLineEdit(followUp);
    m_staff->setObjectName(QStringLiteral("staff"));
    m_staff->setPlaceholderText(tr("e.g. Owner"));
    followUpForm->addRow(tr("&Without a salesperson, for:"), m_staff);
    m_actionForm->addWidget(assign);
    m_actionForm->addWidget(followUp);

    m_includeCurrent = new QCheckBox(tr("Also for the customers who match &now"), this);
    m_includeCurrent->setObjectName(QStringLiteral("includeCurrent"));
    m_includeCurrent->setToolTip(tr("Otherwise the rule acts only for customers who come to "
                                    "match it from now on"));
    m_enabled = new QCheckBox(tr("Rule is &on"), this);
    m_enabled->setObjectName(QStringLiteral("enabled"));

    auto* when = new QFormLayout;
    when->addRow(tr("&Name:"), m_name);
    when->addRow(tr("When a customer comes to match:"), m_builder->matchChooser());
    auto* then = new QFormLayout;
    then->addRow(tr("&Then:"), m_action);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save rule"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(when);
    layout->addWidget(m_builder, 1);
    layout->addWidget(m_count);
    layout->addLayout(then);
    layout->addWidget(m_actionForm);
    layout->addWidget(m_includeCurrent);
    layout->addWidget(m_enabled);
    layout->addWidget(buttons);
    resize(820, 600);

    m_name->setText(rule.name);
    m_builder->setRule(rule.when);
    m_action->setCurrentIndex(m_action->findData(static_cast<int>(rule.action)));
    m_actionForm->setCurrentIndex(m_action->currentIndex());
    m_salespeople->setText(rule.salespeople.join(QStringLiteral(", ")));
    m_task->setText(rule.task);
    m_dueIn->setValue(rule.dueInDays);
    m_staff->setText(rule.staff);
    m_includeCurrent->setChecked(rule.includeCurrent);
    // Who matched at the first run is known: "now" has passed for a rule that ran.
    m_includeCurrent->setVisible(!rule.started);
    m_enabled->setChecked(rule.enabled);

    m_recount->setSingleShot(true);
    m_recount->setInterval(150);
    connect(m_recount, &QTimer::timeout, this, &BusinessRuleDialog::recount);
    connect(m_builder, &RuleBuilder::changed, m_recount, qOverload<>(&QTimer::start));
    connect(m_action, &QComboBox::currentIndexChanged, m_actionForm,
            &QStackedWidget::setCurrentIndex);
    connect(buttons, &QDialogButtonBox::accepted, this, &BusinessRuleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    recount();
}

BusinessRule BusinessRuleDialog::rule() const
{
    BusinessRule rule = m_rule;
    rule.name = m_name->text();
    rule.when = m_builder->rule();
    rule.action = static_cast<RuleAction>(m_action->currentData().toInt());
    rule.salespeople = m_salespeople->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    rule.task = m_task->text();
    rule.dueInDays = m_dueIn->value();
    rule.staff = m_staff->text();
    rule.includeCurrent = m_includeCurrent->isChecked();
    rule.enabled = m_enabled->isChecked();
    return rule;
}

QString BusinessRuleDialog::countText() const
{
    return m_count->text();
}

void BusinessRuleDialog::recount()
{
    const SegmentRule when = m_builder->rule();
    if (const QString problem = RuleSegmentService::problemOf(when); !problem.isEmpty()) {
        m_count->setText(problem);
        return;
    }
    auto members = m_services.segments.members(when, m_today);
    if (!members) {
        m_count->setText(members.error().message());
        return;
    }
    m_count->setText(tr("%1 customers match today.").arg(QLocale().toString(members->size())));
}

void BusinessRuleDialog::accept()
{
    auto saved = m_services.rules.save(rule());
    if (!saved) {
        m_prompter.warn(this, windowTitle(), saved.error().message());
        if (saved.error().field() == QLatin1String("name"))
            m_name->setFocus();
        return;
    }
    m_rule.id = *saved;
    QDialog::accept();
}

} // namespace setia
