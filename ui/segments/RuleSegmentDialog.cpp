#include "segments/RuleSegmentDialog.h"

#include "common/UserPrompter.h"
#include "segments/RuleGroupBox.h"
#include "services/RuleSegmentService.h"
#include "services/SegmentService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace setia {

RuleSegmentDialog::RuleSegmentDialog(const Services& services, UserPrompter& prompter,
                                     const RuleSegment& segment, const QDate& asOf, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_prompter(prompter)
    , m_id(segment.id)
    , m_asOf(asOf)
    , m_name(new QLineEdit(this))
    , m_match(new QComboBox(this))
    , m_groups(new QVBoxLayout)
    , m_count(new QLabel(this))
    , m_recount(new QTimer(this))
{
    setObjectName(QStringLiteral("ruleSegmentDialog"));
    setWindowTitle(segment.id == 0 ? tr("New segment") : tr("Change segment"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(RuleSegmentService::maxNameLength);
    m_name->setPlaceholderText(tr("e.g. Passive regulars in Utara"));
    m_match->setObjectName(QStringLiteral("match"));
    m_match->addItem(tr("all groups (AND)"), true);
    m_match->addItem(tr("any group (OR)"), false);
    m_count->setObjectName(QStringLiteral("liveCount"));
    m_count->setWordWrap(true);
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Customers who match:"), m_match);
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
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save segment"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(820, 520);

    m_name->setText(segment.name);
    m_match->setCurrentIndex(segment.rule.all ? 0 : 1);
    for (const RuleGroup& group : segment.rule.groups)
        addGroup()->setGroup(group);
    if (m_boxes.isEmpty())
        addGroup()->addCondition();

    m_recount->setSingleShot(true);
    m_recount->setInterval(150);
    connect(m_recount, &QTimer::timeout, this, &RuleSegmentDialog::recount);
    connect(m_match, &QComboBox::currentIndexChanged, m_recount, qOverload<>(&QTimer::start));
    connect(addGroupButton, &QPushButton::clicked, this, [this] {
        addGroup()->addCondition();
        m_recount->start();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &RuleSegmentDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    recount();
}

RuleGroupBox* RuleSegmentDialog::addGroup()
{
    auto* box = new RuleGroupBox;
    m_groups->addWidget(box);
    m_boxes.append(box);
    connect(box, &RuleGroupBox::changed, m_recount, qOverload<>(&QTimer::start));
    connect(box, &RuleGroupBox::removeRequested, this, &RuleSegmentDialog::removeGroup);
    renumber();
    return box;
}

void RuleSegmentDialog::removeGroup(RuleGroupBox* box)
{
    m_boxes.removeOne(box);
    box->deleteLater();
    renumber();
    m_recount->start();
}

void RuleSegmentDialog::renumber()
{
    for (qsizetype i = 0; i < m_boxes.size(); ++i)
        m_boxes.at(i)->setNumber(static_cast<int>(i + 1));
}

RuleSegment RuleSegmentDialog::segment() const
{
    RuleSegment segment;
    segment.id = m_id;
    segment.name = m_name->text();
    segment.rule.all = m_match->currentData().toBool();
    for (const RuleGroupBox* box : m_boxes)
        segment.rule.groups.append(box->group());
    return segment;
}

QString RuleSegmentDialog::countText() const
{
    return m_count->text();
}

void RuleSegmentDialog::recount()
{
    const SegmentRule rule = segment().rule;
    if (const QString problem = RuleSegmentService::problemOf(rule); !problem.isEmpty()) {
        m_count->setText(problem);
        return;
    }
    auto members = m_services.segments.members(rule, m_asOf);
    if (!members) {
        m_count->setText(members.error().message());
        return;
    }
    m_count->setText(tr("%1 customers match.").arg(QLocale().toString(members->size())));
}

void RuleSegmentDialog::save()
{
    auto saved = m_services.ruleSegments.save(segment());
    if (!saved) {
        m_prompter.warn(this, windowTitle(), saved.error().message());
        if (saved.error().field() == QLatin1String("name"))
            m_name->setFocus();
        return;
    }
    accept();
}

} // namespace setia
