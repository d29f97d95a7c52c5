#include "segments/RuleSegmentDialog.h"

#include "common/UserPrompter.h"
#include "segments/RuleBuilder.h"
#include "services/RuleSegmentService.h"
#include "services/SegmentService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
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
    , m_builder(new RuleBuilder(this))
    , m_count(new QLabel(this))
    , m_recount(new QTimer(this))
{
    setObjectName(QStringLiteral("ruleSegmentDialog"));
    setWindowTitle(segment.id == 0 ? tr("New segment") : tr("Change segment"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(RuleSegmentService::maxNameLength);
    m_name->setPlaceholderText(tr("e.g. Passive regulars in Utara"));
    m_count->setObjectName(QStringLiteral("liveCount"));
    m_count->setWordWrap(true);
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Customers who match:"), m_builder->matchChooser());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save segment"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_builder, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(820, 520);

    m_name->setText(segment.name);
    m_builder->setRule(segment.rule);

    m_recount->setSingleShot(true);
    m_recount->setInterval(150);
    connect(m_recount, &QTimer::timeout, this, &RuleSegmentDialog::recount);
    connect(m_builder, &RuleBuilder::changed, m_recount, qOverload<>(&QTimer::start));
    connect(buttons, &QDialogButtonBox::accepted, this, &RuleSegmentDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    recount();
}

RuleSegment RuleSegmentDialog::segment() const
{
    RuleSegment segment;
    segment.id = m_id;
    segment.name = m_name->text();
    segment.rule = m_builder->rule();
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
