#pragma once

#include "analytics/SegmentRule.h"

#include <QDate>
#include <QDialog>

class QLabel;
class QLineEdit;
class QTimer;

namespace setia {

class RuleBuilder;
class RuleSegmentService;
class SegmentService;
class UserPrompter;

// The rule builder: a name, groups of field–operator–value conditions joined by AND or OR,
// and how many customers match right now, counted as the rule changes.
class RuleSegmentDialog : public QDialog
{
    Q_OBJECT

public:
    // What the builder uses: the live count of who the rule selects, and saving it.
    struct Services
    {
        const SegmentService& segments;
        RuleSegmentService& ruleSegments;
    };

    RuleSegmentDialog(const Services& services, UserPrompter& prompter, const RuleSegment& segment,
                      const QDate& asOf, QWidget* parent = nullptr);

    RuleSegment segment() const;
    // The live count's text ("1.234 customers match").
    QString countText() const;

private:
    void recount();
    void save();

    Services m_services;
    UserPrompter& m_prompter;
    qint64 m_id = 0;
    QDate m_asOf;
    QLineEdit* m_name = nullptr;
    RuleBuilder* m_builder = nullptr;
    QLabel* m_count = nullptr;
    QTimer* m_recount = nullptr;
};

} // namespace setia
