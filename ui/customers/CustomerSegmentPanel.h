#pragma once

#include <QDate>
#include <QWidget>

class QLabel;

namespace setia {

class SegmentService;

// The customer's segments on their page, each with its reason in words: lifecycle, tier,
// RFM segment and profit group, then their value. Computed when first shown, since tiers
// and scores rank the customer against everyone.
class CustomerSegmentPanel : public QWidget
{
    Q_OBJECT

public:
    CustomerSegmentPanel(const SegmentService& segments, QWidget* parent = nullptr);

    // Shows the customer's segments as of `asOf`; false (with the reason shown) on failure.
    bool load(qint64 customerId, const QDate& asOf);
    QString text() const;

private:
    const SegmentService& m_segments;
    QLabel* m_text = nullptr;
};

} // namespace setia
