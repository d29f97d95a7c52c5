#pragma once

#include "agenda/TodayView.h"
#include "complaints/ComplaintsView.h"
#include "counter/CounterView.h"
#include "customers/CustomersView.h"
#include "dataexchange/DataExchangeView.h"
#include "receivables/ReceivablesView.h"
#include "relationships/RuleRunner.h"
#include "reportcentre/ReportsView.h"
#include "sales/SalesView.h"
#include "segments/SegmentsView.h"
#include "settings/BusinessRulesBox.h"
#include "settings/StampCardsBox.h"
#include "surveys/SatisfactionView.h"
#include "targets/TargetsView.h"

namespace setia {

class Backend;
class Clock;

// Which of the Backend's services each view and dialog gets: what each one's Services lists,
// and nothing else. The composition root builds its views from these, and so do the UI tests
// and setia-bench, so that all of them are wired alike. Holds references into `backend`.
class ViewWiring
{
public:
    ViewWiring(Backend& backend, const Clock& clock);

    const SaleDialog::Services& saleEntry() const { return m_saleEntry; }
    const CustomerCardDialog::Services& recordCard() const { return m_recordCard; }
    CustomersView::Services customers() const;
    CounterView::Services counter() const;
    TodayView::Services today() const;
    ComplaintsView::Services complaints() const;
    SatisfactionView::Services satisfaction() const;
    SalesView::Services sales() const;
    ReceivablesView::Services receivables() const;
    SegmentsView::Services segments() const;
    TargetsView::Services targets() const;
    ReportsView::Services reports() const;
    DataExchangeView::Services exchange() const;
    StampCardsBox::Services stampCards() const;
    BusinessRulesBox::Services businessRules() const;
    RuleRunner::Services ruleRunner() const;

private:
    Backend& m_backend;
    const Clock& m_clock;
    SaleDialog::Services m_saleEntry;
    CustomerCardDialog::Services m_recordCard;
};

} // namespace setia
