#pragma once

#include "common/Result.h"
#include "domain/CustomerCard.h"

#include <QCoreApplication>

namespace setia {

class CustomerStore;
class FollowUpStore;
class InteractionStore;
class LoyaltyService;
class SettingsService;
class BusinessRuleStore;
class SurveyStore;
class TicketStore;
class PaymentStore;
class SaleStore;

// Builds a customer's record card from their sales and payments, and their timeline from those,
// their points, interactions, follow-ups and what the business rules did for them.
class CustomerCardService
{
    Q_DECLARE_TR_FUNCTIONS(CustomerCardService)

public:
    CustomerCardService(const CustomerStore& customers, const SaleStore& sales,
                        const PaymentStore& payments, const LoyaltyService& loyalty,
                        const InteractionStore& interactions, const FollowUpStore& followUps,
                        const BusinessRuleStore& rules, const TicketStore& tickets,
                        const SurveyStore& surveys, const SettingsService& settings);

    // The card as of `asOf`: the ledger and the timeline list everything dated on or before
    // it (and the follow-ups still open, whenever due).
    Result<CustomerCard> card(qint64 customerId, const QDate& asOf) const;

private:
    const CustomerStore& m_customers;
    const SaleStore& m_sales;
    const PaymentStore& m_payments;
    const LoyaltyService& m_loyalty;
    const InteractionStore& m_interactions;
    const FollowUpStore& m_followUps;
    const BusinessRuleStore& m_rules;
    const TicketStore& m_tickets;
    const SurveyStore& m_surveys;
    const SettingsService& m_settings;
};

} // namespace setia
