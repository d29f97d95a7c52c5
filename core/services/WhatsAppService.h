#pragma once

#include "common/Result.h"
#include "domain/Interaction.h"
#include "domain/MessageTemplate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace setia {

class Clock;
struct CustomerCard;
class CustomerCardService;
class InteractionService;
class SettingsService;

// A WhatsApp message to one customer, ready to open: the text as filled in, and its link.
struct WhatsAppMessage
{
    qint64 customerId = 0;
    QString templateId;
    QString text;
    QString url; // https://wa.me/62…?text=… (SPEC §15)
};

// WhatsApp without the paid API (SPEC §13, §15): a template filled in for a customer and
// turned into a wa.me link that the phone or WhatsApp Web opens with the message typed, and
// the message logged as a contact once it was opened. Consent (SPEC §10): a marketing template
// only for customers who agreed to marketing on WhatsApp; a transaction message (a debt
// reminder, a thank-you) for any customer whose phone takes WhatsApp.
class WhatsAppService
{
    Q_DECLARE_TR_FUNCTIONS(WhatsAppService)

public:
    WhatsAppService(const CustomerCardService& cards, const SettingsService& settings,
                    InteractionService& interactions, const Clock& clock);

    // The templates to choose from (Settings').
    Result<QList<MessageTemplate>> templates() const;
    // The template `templateId` filled in for the customer as of today. Refused (Validation)
    // without a phone, for a phone marked as not on WhatsApp, a marketing template without
    // consent, or a text over 1 000 characters once filled in.
    Result<WhatsAppMessage> compose(qint64 customerId, const QString& templateId) const;
    // `text` (the message as sent, perhaps edited) as a link to open for the customer; refused
    // as compose() would.
    Result<WhatsAppMessage> link(qint64 customerId, const QString& templateId,
                                 const QString& text) const;
    // The message was opened in WhatsApp: logged as a WhatsApp contact with its text.
    Result<Interaction> logSent(const WhatsAppMessage& message);

private:
    Result<MessageTemplate> templateOf(const QString& templateId) const;
    // The checks of compose() and link() on a customer's card read once.
    Result<WhatsAppMessage> linkFor(const CustomerCard& card, const MessageTemplate& chosen,
                                    const QString& text) const;

    const CustomerCardService& m_cards;
    const SettingsService& m_settings;
    InteractionService& m_interactions;
    const Clock& m_clock;
};

} // namespace setia
