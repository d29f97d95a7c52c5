#include "surveys/SatisfactionView.h"

#include "common/BusyNote.h"
#include "common/Clock.h"
#include "common/DateEdit.h"
#include "common/UserPrompter.h"
#include "domain/DisplayFormat.h"
#include "reports/SatisfactionReport.h"
#include "services/SegmentService.h"
#include "surveys/NpsTallyModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace setia {

namespace {
constexpr int defaultDays = 90;
}

SatisfactionView::SatisfactionView(const Services& services, UserPrompter& prompter,
                                   QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_prompter(prompter)
    , m_model(new NpsTallyModel(this))
{
    setObjectName(QStringLiteral("satisfactionView"));
    auto* title = new QLabel(tr("Customer satisfaction"), this);
    title->setObjectName(QStringLiteral("viewTitle"));
    const QDate today = services.clock.today();
    m_from = new DateEdit(today.addDays(-(defaultDays - 1)), this);
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setCalendarPopup(true);
    m_to = new DateEdit(today, this);
    m_to->setObjectName(QStringLiteral("to"));
    m_to->setCalendarPopup(true);
    m_by = new QComboBox(this);
    m_by->setObjectName(QStringLiteral("by"));
    m_by->addItem(tr("Overall only"), static_cast<int>(NpsGrouping::None));
    for (NpsGrouping by : SurveyService::groupings())
        m_by->addItem(SurveyService::groupingTitle(by), static_cast<int>(by));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("satisfactionSummary"));
    m_summary->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("table"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NpsTallyModel::Group, QHeaderView::Stretch);
    auto* note = new QLabel(
        tr("Each customer's latest score of the period counts once, every anonymous answer "
           "counts: 9–10 promote, 7–8 are passive, 0–6 detract; NPS is the share of promoters "
           "less that of detractors, from −100 to 100. Groups are the customers' segments at "
           "the period's end. A detractor becomes a follow-up for the owner. To print it or "
           "save it as PDF or CSV: Reports → Satisfaction."),
        this);
    note->setObjectName(QStringLiteral("note"));
    note->setWordWrap(true);

    auto* fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To"), this);
    toLabel->setBuddy(m_to);
    auto* byLabel = new QLabel(tr("&Broken down"), this);
    byLabel->setBuddy(m_by);
    auto* filters = new QHBoxLayout;
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addSpacing(12);
    filters->addWidget(byLabel);
    filters->addWidget(m_by);
    filters->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);

    connect(m_from, &QDateEdit::dateChanged, this, &SatisfactionView::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &SatisfactionView::reload);
    connect(m_by, &QComboBox::currentIndexChanged, this, &SatisfactionView::reload);
    connect(&services.surveys, &SurveyService::surveysChanged, this,
            &SatisfactionView::dataChanged);
}

void SatisfactionView::setPeriod(const QDate& from, const QDate& to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    reload();
}

void SatisfactionView::setGrouping(NpsGrouping by)
{
    m_by->setCurrentIndex(std::max(0, m_by->findData(static_cast<int>(by))));
}

bool SatisfactionView::reload()
{
    m_stale = false;
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    if (from > to) {
        m_model->setRows({}, {}, m_services.surveys.minimumResponses());
        m_summary->setText(tr("The period starts after it ends: choose a From date on or before "
                              "the To date."));
        return false;
    }
    const auto by = static_cast<NpsGrouping>(m_by->currentData().toInt());
    std::optional<BusyNote> busy;
    if (by != NpsGrouping::None && !m_services.segments.isReady(to))
        busy.emplace(this, tr("Customer satisfaction"),
                     tr("Working out every customer's segments…"));
    auto rows = m_services.surveys.results(from, to, by);
    busy.reset();
    if (!rows) {
        m_prompter.warn(this, tr("Customer satisfaction"), rows.error().message());
        return false;
    }
    QList<NpsTally> shown;
    QStringList names;
    for (const NpsTally& t : std::as_const(*rows)) {
        if (t.group != nps::allGroup && t.responses == 0 && t.csatResponses == 0)
            continue;
        shown.append(t);
        names.append(SurveyService::groupName(by, t.group));
    }
    const int minimum = m_services.surveys.minimumResponses();
    const NpsTally all = shown.isEmpty() ? NpsTally{} : shown.first();
    if (all.responses == 0 && all.csatResponses == 0) {
        m_summary->setText(tr("No survey answer in this period. Answers come from the counter "
                              "(F12 after a sale), the record card (Ctrl+U) and paper cards "
                              "(Complaints → Enter survey cards)."));
    } else {
        QStringList parts;
        if (all.responses > 0)
            parts.append(tr("NPS %1 (%2) from %n answer(s)", nullptr, all.responses)
                             .arg(SatisfactionReport::tenthsText(all.npsTenths()),
                                  SatisfactionReport::marginText(all, minimum)));
        if (all.csatResponses > 0)
            parts.append(tr("CSAT %1 % from %n answer(s)", nullptr, all.csatResponses)
                             .arg(SatisfactionReport::tenthsText(all.csatTenths())));
        m_summary->setText(parts.join(QStringLiteral(" · ")));
    }
    m_model->setRows(shown, names, minimum);
    return true;
}

void SatisfactionView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_stale)
        return;
    QTimer::singleShot(0, this, [this] {
        if (isVisible() && m_stale)
            reload();
    });
}

void SatisfactionView::dataChanged()
{
    if (isVisible())
        reload();
    else
        m_stale = true;
}

} // namespace setia
