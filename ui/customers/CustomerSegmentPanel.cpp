#include "customers/CustomerSegmentPanel.h"

#include "analytics/SegmentNames.h"
#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "domain/StatusNames.h"
#include "reports/CustomerCardReport.h"
#include "services/SegmentService.h"

#include <QLabel>
#include <QVBoxLayout>

namespace setia {

CustomerSegmentPanel::CustomerSegmentPanel(const SegmentService& segments, QWidget* parent)
    : QWidget(parent)
    , m_segments(segments)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("segmentPanel"));
    m_text->setObjectName(QStringLiteral("segmentReasons"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 10, 8, 8);
    layout->addWidget(m_text, 1);
}

bool CustomerSegmentPanel::load(qint64 customerId, const QDate& asOf)
{
    auto snapshot = m_segments.snapshot(asOf);
    if (!snapshot) {
        m_text->setText(snapshot.error().message().toHtmlEscaped());
        return false;
    }
    const auto found = (*snapshot)->indexOf.constFind(customerId);
    if (found == (*snapshot)->indexOf.cend()) {
        m_text->setText(tr("Archived customers are not in the segments.").toHtmlEscaped());
        return true;
    }
    const CustomerSegment& s = (*snapshot)->customers.at(*found);
    const SegmentationRules& rules = (*snapshot)->rules;
    const auto row = [](const QString& label, const QString& value, const QString& reason) {
        return QStringLiteral("<tr><td style=\"padding:4px 12px 4px 0\"><b>%1</b></td>"
                              "<td style=\"padding:4px 12px 4px 0\">%2</td>"
                              "<td style=\"padding:4px 0; color:#475569\">%3</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped(), reason.toHtmlEscaped());
    };
    QString html = QStringLiteral("<p>%1</p><table>")
                       .arg(tr("As of %1, over the sales up to that day:")
                                .arg(display::shortDate(asOf))
                                .toHtmlEscaped());
    html += row(SegmentNames::field(RuleField::Lifecycle), StatusNames::lifecycle(s.lifecycle),
                SegmentNames::lifecycleReason(s, rules));
    html += row(SegmentNames::field(RuleField::Tier), SegmentNames::tier(s.tier),
                SegmentNames::tierReason(s, rules));
    html += row(SegmentNames::field(RuleField::RfmSegment), SegmentNames::rfmSegment(s.rfm),
                SegmentNames::rfmReason(s));
    html += row(SegmentNames::field(RuleField::ProfitGroup), SegmentNames::profitGroup(s.profit),
                SegmentNames::profitReason(s, rules));
    html += QStringLiteral("</table><p>%1</p>")
                .arg(tr("Margin to date %1 · projected next month %2 · lifetime value %3 "
                        "(over %4 months)")
                         .arg(money::format(s.marginEver), money::format(s.projectedMonth),
                              money::format(s.lifetimeValue))
                         .arg(rules.remainingMonths)
                         .toHtmlEscaped());
    m_text->setText(html);
    return true;
}

QString CustomerSegmentPanel::text() const
{
    return m_text->text();
}

} // namespace setia
