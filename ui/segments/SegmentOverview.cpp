#include "segments/SegmentOverview.h"

#include "analytics/SegmentNames.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace setia {
namespace {

enum Role { RuleRole = Qt::UserRole, NameRole, RuleSegmentIdRole };

// A rule of one condition: `field` is `id`.
SegmentRule ruleFor(RuleField field, const QString& id)
{
    return SegmentRule{true, {RuleGroup{true, {RuleCondition{field, RuleOperator::Is, id}}}}};
}

struct Tally
{
    qint64 customers = 0;
    qint64 revenue = 0;
};

QString shareText(qint64 part, qint64 total)
{
    if (total <= 0)
        return QStringLiteral("—");
    const qint64 permille = segmentation::divideRounded(part * 1000, total);
    return QString::number(permille / 10) + QLocale().decimalPoint() +
           QString::number(permille % 10) + QStringLiteral(" %");
}

} // namespace

SegmentOverview::SegmentOverview(QWidget* parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_grid(new QTableWidget(5, 5, this))
{
    m_tree->setObjectName(QStringLiteral("segmentTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Segment"), tr("Customers"), tr("Revenue %")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    m_grid->setObjectName(QStringLiteral("rfmGrid"));
    QStringList rows;
    QStringList columns;
    for (int i = 0; i < 5; ++i) {
        rows << tr("R %1").arg(5 - i);
        columns << tr("F %1").arg(i + 1);
    }
    m_grid->setVerticalHeaderLabels(rows);
    m_grid->setHorizontalHeaderLabels(columns);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->setMinimumHeight(200);
    m_grid->setToolTip(tr("Customers by recency (R, 5 = bought most recently) and frequency "
                          "(F, 5 = buys most often), with their share of revenue"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 3);
    layout->addWidget(new QLabel(tr("RFM grid: recency by frequency"), this));
    layout->addWidget(m_grid, 2);

    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) { chooseItem(item); });
    connect(m_grid, &QTableWidget::cellClicked, this, &SegmentOverview::chooseCell);
}

void SegmentOverview::setData(const SegmentSnapshot& snapshot, const QList<RuleSegment>& rules)
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    qint64 totalRevenue = 0;
    // Counted by enum value in one pass; named by id afterwards.
    Tally lifecycles[int(Lifecycle::Bad) + 1];
    Tally tiers[int(ContributionTier::Micro) + 1];
    Tally rfms[int(RfmSegment::Champions) + 1];
    Tally profits[int(ProfitGroup::Low) + 1];
    Tally grid[5][5];
    const auto count = [](Tally& tally, qint64 revenue) {
        ++tally.customers;
        tally.revenue += revenue;
    };
    for (const CustomerSegment& s : snapshot.customers) {
        const qint64 revenue = s.activity.revenue;
        totalRevenue += revenue;
        count(lifecycles[int(s.lifecycle)], revenue);
        count(tiers[int(s.tier)], revenue);
        count(rfms[int(s.rfm)], revenue);
        count(profits[int(s.profit)], revenue);
        if (s.r > 0)
            count(grid[5 - s.r][s.f - 1], revenue);
    }
    QHash<QString, Tally> tallies; // "field:id" → tally
    for (int i = 0; i <= int(Lifecycle::Bad); ++i)
        tallies.insert(QStringLiteral("lifecycle:") + card::lifecycleId(Lifecycle(i)),
                       lifecycles[i]);
    for (int i = 0; i <= int(ContributionTier::Micro); ++i)
        tallies.insert(QStringLiteral("tier:") + segmentation::tierId(ContributionTier(i)),
                       tiers[i]);
    for (int i = 0; i <= int(RfmSegment::Champions); ++i)
        tallies.insert(QStringLiteral("rfm:") + segmentation::rfmSegmentId(RfmSegment(i)), rfms[i]);
    for (int i = 0; i <= int(ProfitGroup::Low); ++i)
        tallies.insert(QStringLiteral("profit:") + segmentation::profitGroupId(ProfitGroup(i)),
                       profits[i]);
    const QLocale locale;
    auto addItem = [&](QTreeWidgetItem* parent, const QString& name, const SegmentRule& rule,
                       const Tally& tally) {
        auto* item = new QTreeWidgetItem(parent, {name, locale.toString(tally.customers),
                                                  shareText(tally.revenue, totalRevenue)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, RuleRole, segmentRule::toJson(rule));
        item->setData(0, NameRole, name);
        return item;
    };
    auto addGroup = [&](const QString& title, RuleField field, const QString& prefix) {
        auto* group = new QTreeWidgetItem(m_tree, {title});
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const QString& id : segmentRule::choices(field)) {
            const Tally tally = tallies.value(prefix + id);
            if (tally.customers == 0 && id.isEmpty())
                continue;
            addItem(group, SegmentNames::choice(field, id), ruleFor(field, id), tally);
        }
        group->setExpanded(true);
    };
    addGroup(tr("Lifecycle"), RuleField::Lifecycle, QStringLiteral("lifecycle:"));
    addGroup(tr("Contribution tier"), RuleField::Tier, QStringLiteral("tier:"));
    addGroup(tr("RFM segment"), RuleField::RfmSegment, QStringLiteral("rfm:"));
    addGroup(tr("Profit group"), RuleField::ProfitGroup, QStringLiteral("profit:"));

    auto* saved = new QTreeWidgetItem(m_tree, {tr("Saved segments")});
    saved->setFlags(Qt::ItemIsEnabled);
    QFont bold = saved->font(0);
    bold.setBold(true);
    saved->setFont(0, bold);
    for (const RuleSegment& rule : rules) {
        Tally tally;
        for (const CustomerSegment& s : snapshot.customers)
            if (segmentRule::matches(rule.rule, s)) {
                ++tally.customers;
                tally.revenue += s.activity.revenue;
            }
        addItem(saved, rule.name, rule.rule, tally)->setData(0, RuleSegmentIdRole, rule.id);
    }
    saved->setExpanded(true);
    if (rules.isEmpty()) {
        auto* hint = new QTreeWidgetItem(saved, {tr("None yet: “New segment…” builds one")});
        hint->setFlags(Qt::ItemIsEnabled);
        hint->setForeground(0, palette().placeholderText());
    }

    for (int r = 0; r < 5; ++r)
        for (int f = 0; f < 5; ++f) {
            const Tally& cell = grid[r][f];
            auto* item = new QTableWidgetItem(tr("%1\n%2").arg(
                locale.toString(cell.customers), shareText(cell.revenue, totalRevenue)));
            item->setTextAlignment(Qt::AlignCenter);
            item->setToolTip(SegmentNames::rfmSegment(segmentation::rfmSegmentFor(5 - r, f + 1)));
            // Greener where customers are recent and frequent.
            const int strength = (5 - r) + (f + 1);
            item->setBackground(QColor::fromHsv(120, 20 + strength * 9, 245));
            m_grid->setItem(r, f, item);
        }
}

void SegmentOverview::select(const SegmentRule& rule)
{
    const QSignalBlocker blocker(m_tree);
    const QString wanted = segmentRule::toJson(rule);
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, RuleRole).toString() == wanted) {
            m_tree->setCurrentItem(*it);
            return;
        }
    }
    m_tree->setCurrentItem(nullptr);
}

qint64 SegmentOverview::currentRuleSegmentId() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, RuleSegmentIdRole).toLongLong() : 0;
}

void SegmentOverview::chooseItem(QTreeWidgetItem* item)
{
    if (!item || item->data(0, RuleRole).isNull())
        return;
    m_grid->clearSelection();
    if (auto rule = segmentRule::fromJson(item->data(0, RuleRole).toString()))
        Q_EMIT segmentChosen(*rule, item->data(0, NameRole).toString());
}

void SegmentOverview::chooseCell(int row, int column)
{
    const int r = 5 - row;
    const int f = column + 1;
    const SegmentRule rule{
        true,
        {RuleGroup{true,
                   {RuleCondition{RuleField::R, RuleOperator::Is, QString::number(r)},
                    RuleCondition{RuleField::F, RuleOperator::Is, QString::number(f)}}}}};
    Q_EMIT segmentChosen(rule,
                         tr("R %1 · F %2 (%3)")
                             .arg(r)
                             .arg(f)
                             .arg(SegmentNames::rfmSegment(segmentation::rfmSegmentFor(r, f))));
}

} // namespace setia
