#include "segments/SegmentsView.h"

#include "analytics/SegmentNames.h"
#include "common/BusyNote.h"
#include "common/Clock.h"
#include "common/DateEdit.h"
#include "common/ReportOutput.h"
#include "common/UserPrompter.h"
#include "customers/CustomerCardDialog.h"
#include "customers/CustomerListModel.h"
#include "domain/Money.h"
#include "io/CsvWriter.h"
#include "reports/ReportDocument.h"
#include "reports/SegmentMembersReport.h"
#include "segments/RuleSegmentDialog.h"
#include "segments/SegmentOverview.h"
#include "services/CustomerService.h"
#include "services/ProfitabilityService.h"
#include "services/RuleSegmentService.h"
#include "services/SegmentService.h"
#include "services/SettingsService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace setia {

SegmentsView::SegmentsView(const Services& services, UserPrompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_ruleBuilder{services.segments, services.ruleSegments}
    , m_prompter(prompter)
    , m_asOf(new DateEdit(this))
    , m_overview(new SegmentOverview(this))
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new CustomerListModel(services.customers, services.recordCard.followUps, this))
    , m_paper(new QComboBox(this))
{
    setObjectName(QStringLiteral("segmentsView"));
    auto* title = new QLabel(tr("Segments"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDate(services.clock.today());
    m_asOf->setToolTip(tr("Every measure counts the sales up to this day"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(QStringLiteral("segmentHeading"));
    m_summary->setObjectName(QStringLiteral("segmentSummary"));
    m_summary->setWordWrap(true);
    for (Paper paper : paper::all())
        m_paper->addItem(paper::displayName(paper), static_cast<int>(paper));
    m_paper->setToolTip(tr("Paper for printing and PDF"));

    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(new QLabel(tr("As of"), this));
    top->addWidget(m_asOf);

    auto* newRule = new QPushButton(tr("&New segment…"), this);
    newRule->setObjectName(QStringLiteral("newRuleSegment"));
    newRule->setToolTip(tr("Build a segment from conditions on customer fields and measures"));
    m_editRule = new QPushButton(tr("C&hange…"), this);
    m_removeRule = new QPushButton(tr("Remo&ve"), this);
    auto* ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(newRule);
    ruleButtons->addWidget(m_editRule);
    ruleButtons->addWidget(m_removeRule);
    ruleButtons->addStretch(1);
    auto* left = new QWidget(this);
    auto* leftColumn = new QVBoxLayout(left);
    leftColumn->setContentsMargins(0, 0, 0, 0);
    leftColumn->addWidget(m_overview, 1);
    leftColumn->addLayout(ruleButtons);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(CustomerListModel::Name,
                                                      QHeaderView::Stretch);
    m_table->setColumnHidden(CustomerListModel::Joined, true);
    m_table->setColumnWidth(CustomerListModel::Code, 80);
    m_table->setColumnWidth(CustomerListModel::Phone, 135);
    m_table->setColumnHidden(CustomerListModel::Type, true);
    m_table->setColumnHidden(CustomerListModel::Salesperson, true);

    m_openButton = new QPushButton(tr("&Open"), this);
    m_openButton->setToolTip(tr("The selected customer's record card"));
    m_listButton = new QPushButton(tr("&List"), this);
    m_listButton->setObjectName(QStringLiteral("listMenu"));
    auto* listMenu = new QMenu(m_listButton);
    listMenu->addAction(tr("Print preview…"), this, &SegmentsView::previewList);
    listMenu->addAction(tr("Save as PDF…"), this, &SegmentsView::savePdf);
    listMenu->addAction(tr("Export CSV…"), this, &SegmentsView::exportCsv);
    m_listButton->setMenu(listMenu);
    m_profitButton = new QPushButton(tr("&Profitability"), this);
    m_profitButton->setObjectName(QStringLiteral("profitMenu"));
    m_profitButton->setToolTip(tr("Revenue, cost of goods, rewards and margin per customer of "
                                  "this segment over 365 days"));
    auto* profitMenu = new QMenu(m_profitButton);
    profitMenu->addAction(tr("Print preview…"), this, &SegmentsView::previewProfitability);
    profitMenu->addAction(tr("Save as PDF…"), this, &SegmentsView::saveProfitabilityPdf);
    profitMenu->addAction(tr("Export CSV…"), this, &SegmentsView::exportProfitabilityCsv);
    m_profitButton->setMenu(profitMenu);
    m_tagButton = new QPushButton(tr("&Tags"), this);
    m_tagButton->setObjectName(QStringLiteral("tagMenu"));
    m_tagButton->setToolTip(tr("Add or remove a tag on the selected customers, or on the whole "
                               "segment when none is selected"));
    auto* tagMenu = new QMenu(m_tagButton);
    tagMenu->addAction(tr("Add a tag…"), this, [this] { changeTag(true); });
    tagMenu->addAction(tr("Remove a tag…"), this, [this] { changeTag(false); });
    m_tagButton->setMenu(tagMenu);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_openButton);
    actions->addWidget(m_listButton);
    actions->addWidget(m_profitButton);
    actions->addWidget(m_tagButton);
    actions->addStretch(1);
    actions->addWidget(m_paper);

    auto* right = new QWidget(this);
    auto* rightColumn = new QVBoxLayout(right);
    rightColumn->setContentsMargins(0, 0, 0, 0);
    rightColumn->addWidget(m_heading);
    rightColumn->addWidget(m_summary);
    rightColumn->addWidget(m_table, 1);
    rightColumn->addLayout(actions);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({600, 700}); // the segment names need the room on a 1024 × 768 screen
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_overview, &SegmentOverview::segmentChosen, this, &SegmentsView::choose);
    connect(m_asOf, &QDateEdit::dateChanged, this, &SegmentsView::refresh);
    connect(newRule, &QPushButton::clicked, this, &SegmentsView::newRuleSegment);
    connect(m_editRule, &QPushButton::clicked, this, &SegmentsView::editRuleSegment);
    connect(m_removeRule, &QPushButton::clicked, this, &SegmentsView::removeRuleSegment);
    connect(m_openButton, &QPushButton::clicked, this, &SegmentsView::openCard);
    connect(m_table, &QTableView::activated, this, &SegmentsView::openCard);
    const auto warnLoad = [this](const QString& message) {
        m_prompter.warn(this, tr("Segments"), message);
    };
    connect(m_model, &CustomerListModel::loadFailed, this, warnLoad);
    // The first page was read as the model was made, before this connection.
    if (!m_model->failure().isEmpty())
        warnLoad(m_model->failure());
    connect(m_overview->tree(), &QTreeWidget::currentItemChanged, this,
            &SegmentsView::updateActions);
    updateActions();
}

void SegmentsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Segments to work out from the sales (about a second at 1 000 000 sales) wait until the
    // window has painted; they are then shown with a note.
    if (m_services.segments.isReady(m_asOf->date()))
        refresh();
    else
        QTimer::singleShot(0, this, [this] {
            if (isVisible())
                refresh();
        });
}

bool SegmentsView::refresh()
{
    auto snapshot = [this] {
        std::optional<BusyNote> busy;
        if (!m_services.segments.isReady(m_asOf->date()))
            busy.emplace(this, tr("Segments"), tr("Working out every customer's segments…"));
        return m_services.segments.snapshot(m_asOf->date());
    }();
    auto rules = m_services.ruleSegments.all();
    if (!snapshot || !rules) {
        m_prompter.warn(this, tr("Segments"),
                        !snapshot ? snapshot.error().message() : rules.error().message());
        return false;
    }
    m_overview->setData(**snapshot, *rules);
    if (m_chosenName.isEmpty())
        choose(SegmentRule{true,
                           {RuleGroup{true,
                                      {RuleCondition{RuleField::Lifecycle, RuleOperator::Is,
                                                     QStringLiteral("active")}}}}},
               SegmentNames::choice(RuleField::Lifecycle, QStringLiteral("active")));
    else
        choose(m_chosenRule, m_chosenName);
    return true;
}

void SegmentsView::choose(const SegmentRule& rule, const QString& name)
{
    auto members = m_services.segments.members(rule, m_asOf->date());
    if (!members) {
        m_prompter.warn(this, tr("Segments"), members.error().message());
        return;
    }
    m_chosenRule = rule;
    m_chosenName = name;
    m_members = std::move(members).value();
    m_overview->select(rule);
    QList<qint64> ids;
    ids.reserve(m_members.size());
    qint64 revenue = 0;
    qint64 margin = 0;
    for (const CustomerSegment& s : std::as_const(m_members)) {
        ids.append(s.activity.customerId);
        revenue += s.activity.revenue;
        margin += s.margin;
    }
    auto subset = m_services.customers.subset(ids);
    if (!subset) {
        m_prompter.warn(this, tr("Segments"), subset.error().message());
        return;
    }
    CustomerSubset previous = std::exchange(m_subset, std::move(subset).value());
    CustomerFilter filter;
    filter.subset = m_subset.id();
    m_model->setFilter(filter);
    if (Status dropped = previous.drop(); !dropped)
        m_prompter.warn(this, tr("Segments"), dropped.error().message());
    const QLocale locale;
    m_heading->setText(name);
    m_summary->setText(tr("%1 customers · revenue %2 and margin %3 in the 365 days up to %4")
                           .arg(locale.toString(m_members.size()), money::format(revenue),
                                money::format(margin),
                                locale.toString(m_asOf->date(), QLocale::ShortFormat)));
    updateActions();
}

void SegmentsView::updateActions()
{
    const bool any = !m_members.isEmpty();
    m_openButton->setEnabled(any);
    m_listButton->setEnabled(any);
    m_profitButton->setEnabled(any);
    m_tagButton->setEnabled(any);
    const bool saved = m_overview->currentRuleSegmentId() > 0;
    m_editRule->setEnabled(saved);
    m_removeRule->setEnabled(saved);
}

Paper SegmentsView::paper() const
{
    return static_cast<Paper>(m_paper->currentData().toInt());
}

QString SegmentsView::fileStem() const
{
    QString stem = m_chosenName;
    stem.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    return tr("Segment %1 %2").arg(stem, m_asOf->date().toString(Qt::ISODate));
}

QList<CustomerSegment> SegmentsView::chosenOrSelected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return m_members;
    QSet<qint64> ids;
    for (const QModelIndex& index : rows)
        ids.insert(m_model->customerId(index.row()));
    QList<CustomerSegment> selected;
    for (const CustomerSegment& s : m_members)
        if (ids.contains(s.activity.customerId))
            selected.append(s);
    return selected;
}

void SegmentsView::openCard()
{
    const qint64 id = m_model->customerId(m_table->currentIndex().row());
    if (id == 0)
        return;
    CustomerCardDialog dialog(m_services.recordCard, m_prompter, id, this);
    if (dialog.load())
        dialog.exec();
}

void SegmentsView::exportCsv()
{
    reportOutput::saveCsv(
        this, tr("Export segment"), fileStem() + QStringLiteral(".csv"),
        [this](CsvWriter& writer) { SegmentService::writeCsv(writer, m_members); }, m_prompter);
}

std::optional<ReportDocument> SegmentsView::listReport()
{
    auto business = m_services.settings.businessProfile();
    if (!business) {
        m_prompter.warn(this, tr("Segments"), business.error().message());
        return std::nullopt;
    }
    return SegmentMembersReport::build(m_chosenName, m_asOf->date(), m_members, *business,
                                       m_services.clock.now());
}

std::optional<ReportDocument> SegmentsView::profitabilityReport()
{
    auto rows = m_services.profitability.rows(m_members, m_asOf->date());
    auto business = m_services.settings.businessProfile();
    if (!rows || !business) {
        m_prompter.warn(this, tr("Segments"),
                        !rows ? rows.error().message() : business.error().message());
        return std::nullopt;
    }
    const QString parameters =
        tr("As of %1 · Segment: %2")
            .arg(QLocale().toString(m_asOf->date(), QLocale::ShortFormat), m_chosenName);
    return ProfitabilityService::report(*rows, *business, parameters, m_services.clock.now());
}

void SegmentsView::previewList()
{
    if (auto document = listReport())
        reportOutput::preview(this, *document, paper(), QPageLayout::Landscape, m_prompter);
}

void SegmentsView::savePdf()
{
    if (auto document = listReport())
        reportOutput::savePdf(this, *document, paper(), QPageLayout::Landscape, m_prompter,
                              fileStem() + QStringLiteral(".pdf"));
}

void SegmentsView::previewProfitability()
{
    if (auto document = profitabilityReport())
        reportOutput::preview(this, *document, paper(), QPageLayout::Landscape, m_prompter);
}

void SegmentsView::saveProfitabilityPdf()
{
    if (auto document = profitabilityReport())
        reportOutput::savePdf(this, *document, paper(), QPageLayout::Landscape, m_prompter,
                              tr("Profitability %1.pdf").arg(fileStem()));
}

void SegmentsView::exportProfitabilityCsv()
{
    auto rows = m_services.profitability.rows(m_members, m_asOf->date());
    if (!rows) {
        m_prompter.warn(this, tr("Segments"), rows.error().message());
        return;
    }
    reportOutput::saveCsv(
        this, tr("Export profitability"), tr("Profitability %1.csv").arg(fileStem()),
        [&rows](CsvWriter& writer) { ProfitabilityService::writeCsv(writer, *rows); }, m_prompter);
}

void SegmentsView::changeTag(bool add)
{
    const QList<CustomerSegment> targets = chosenOrSelected();
    if (targets.isEmpty())
        return;
    const QString count = QLocale().toString(targets.size());
    const QString title = add ? tr("Add a tag") : tr("Remove a tag");
    const QString tag = m_prompter.askText(this, title,
                                           add ? tr("Tag to add to %1 customers:").arg(count)
                                               : tr("Tag to remove from %1 customers:").arg(count),
                                           add ? tr("Add tag") : tr("Remove tag"));
    if (tag.isEmpty())
        return;
    QList<qint64> ids;
    for (const CustomerSegment& s : targets)
        ids.append(s.activity.customerId);
    auto changed = m_services.customers.changeTag(ids, tag, add);
    if (!changed) {
        m_prompter.warn(this, title, changed.error().message());
        return;
    }
    m_prompter.inform(this, title,
                      add ? tr("Tag \"%1\" added to %2 customers.")
                                .arg(tag.simplified(), QLocale().toString(*changed))
                          : tr("Tag \"%1\" removed from %2 customers.")
                                .arg(tag.simplified(), QLocale().toString(*changed)));
    refresh();
}

void SegmentsView::newRuleSegment()
{
    RuleSegmentDialog dialog(m_ruleBuilder, m_prompter, RuleSegment{}, m_asOf->date(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_chosenRule = dialog.segment().rule;
    m_chosenName = dialog.segment().name.simplified();
    refresh();
}

void SegmentsView::editRuleSegment()
{
    auto segment = m_services.ruleSegments.find(m_overview->currentRuleSegmentId());
    if (!segment) {
        m_prompter.warn(this, tr("Segments"), segment.error().message());
        return;
    }
    RuleSegmentDialog dialog(m_ruleBuilder, m_prompter, *segment, m_asOf->date(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_chosenRule = dialog.segment().rule;
    m_chosenName = dialog.segment().name.simplified();
    refresh();
}

void SegmentsView::removeRuleSegment()
{
    const qint64 id = m_overview->currentRuleSegmentId();
    if (id == 0)
        return;
    if (!m_prompter.confirm(this, tr("Remove segment"),
                            tr("Remove the segment \"%1\"? Its customers stay as they are: only "
                               "the rule is removed.")
                                .arg(m_chosenName),
                            tr("Remove")))
        return;
    if (Status status = m_services.ruleSegments.remove(id); !status) {
        m_prompter.warn(this, tr("Remove segment"), status.error().message());
        return;
    }
    m_chosenName.clear();
    refresh();
}

} // namespace setia
