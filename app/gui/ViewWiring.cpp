#include "gui/ViewWiring.h"

#include "services/Backend.h"

namespace setia {

ViewWiring::ViewWiring(Backend& backend, const Clock& clock)
    : m_backend(backend)
    , m_clock(clock)
    , m_saleEntry{backend.sales(),
                  backend.customers(),
                  backend.products(),
                  backend.payments(),
                  backend.loyalty(),
                  backend.stamps(),
                  clock}
    , m_recordCard{backend.cards(),     backend.customers(), backend.loyalty(),
                   backend.payments(),  backend.sales(),     backend.receipts(),
                   backend.settings(),  backend.segments(),  backend.interactions(),
                   backend.followUps(), backend.whatsApp(),  backend.tickets(),
                   backend.surveys(),   m_saleEntry,         clock}
{}

CustomersView::Services ViewWiring::customers() const
{
    return {m_backend.customers(),
            m_backend.merges(),
            m_backend.ruleSegments(),
            m_backend.segments(),
            m_backend.settings(),
            m_backend.businessRules(),
            m_recordCard,
            m_clock};
}

CounterView::Services ViewWiring::counter() const
{
    return {m_backend.counter(),
            m_backend.customers(),
            m_backend.receipts(),
            m_backend.settings(),
            m_backend.surveys(),
            m_recordCard,
            m_clock};
}

TodayView::Services ViewWiring::today() const
{
    return {m_backend.agenda(),    m_backend.interactions(),
            m_backend.followUps(), m_backend.whatsApp(),
            m_backend.settings(),  m_backend.businessRules(),
            m_recordCard,          m_clock};
}

ComplaintsView::Services ViewWiring::complaints() const
{
    return {m_backend.tickets(), m_backend.surveys(), m_backend.customers(), m_clock};
}

SatisfactionView::Services ViewWiring::satisfaction() const
{
    return {m_backend.surveys(), m_backend.segments(), m_clock};
}

SalesView::Services ViewWiring::sales() const
{
    return {m_backend.sales(),   m_backend.receipts(), m_backend.customers(),
            m_backend.tickets(), m_saleEntry,          m_clock};
}

ReceivablesView::Services ViewWiring::receivables() const
{
    return {m_backend.payments(), m_backend.sales(), m_recordCard, m_clock};
}

SegmentsView::Services ViewWiring::segments() const
{
    return {m_backend.customers(),
            m_backend.segments(),
            m_backend.ruleSegments(),
            m_backend.profitability(),
            m_backend.settings(),
            m_recordCard,
            m_clock};
}

TargetsView::Services ViewWiring::targets() const
{
    return {m_backend.targets(), m_backend.customers(), m_backend.settings(), m_clock};
}

ReportsView::Services ViewWiring::reports() const
{
    return {m_backend.reports(),  m_backend.customers(),     m_backend.ruleSegments(),
            m_backend.segments(), m_backend.profitability(), m_backend.tickets(),
            m_backend.surveys(),  m_backend.settings(),      m_clock};
}

DataExchangeView::Services ViewWiring::exchange() const
{
    return {m_backend.imports(), m_backend.exports(), m_clock};
}

StampCardsBox::Services ViewWiring::stampCards() const
{
    return {m_backend.stamps(), m_backend.products()};
}

BusinessRulesBox::Services ViewWiring::businessRules() const
{
    return {m_backend.businessRules(), m_backend.segments(), m_clock};
}

RuleRunner::Services ViewWiring::ruleRunner() const
{
    return {m_backend.businessRules(), m_backend.sales(),
            m_backend.payments(),      m_backend.customers(),
            m_backend.interactions(),  m_backend.followUps(),
            m_backend.settings(),      m_clock};
}

} // namespace setia
