#include "services/WhatsAppService.h"

#include "common/Clock.h"
#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "domain/PhoneNumber.h"
#include "services/CustomerCardService.h"
#include "services/InteractionService.h"
#include "services/SettingsService.h"

namespace setia {
namespace {

Error refused(const QString& message, const char* field = "customer")
{
    return Error(Error::Kind::Validation, message, QLatin1String(field));
}

} // namespace

WhatsAppService::WhatsAppService(const CustomerCardService& cards, const SettingsService& settings,
                                 InteractionService& interactions, const Clock& clock)
    : m_cards(cards)
    , m_settings(settings)
    , m_interactions(interactions)
    , m_clock(clock)
{}

Result<QList<MessageTemplate>> WhatsAppService::templates() const
{
    return m_settings.messageTemplates();
}

Result<MessageTemplate> WhatsAppService::templateOf(const QString& templateId) const
{
    auto templates = m_settings.messageTemplates();
    if (!templates)
        return templates.error();
    for (const MessageTemplate& t : std::as_const(*templates))
        if (t.id == templateId)
            return t;
    return refused(tr("There is no message template \"%1\". Choose one of Settings' "
                      "templates.")
                       .arg(templateId),
                   "template");
}

Result<WhatsAppMessage> WhatsAppService::compose(qint64 customerId, const QString& templateId) const
{
    auto chosen = templateOf(templateId);
    if (!chosen)
        return chosen.error();
    auto card = m_cards.card(customerId, m_clock.today());
    if (!card)
        return card.error();
    auto business = m_settings.businessProfile();
    if (!business)
        return business.error();
    MessageValues values;
    values.name = card->customer.name;
    values.code = card->customer.code;
    values.points = display::count(card->points);
    values.debt = money::format(std::max<qint64>(0, card->receivable.balance));
    values.dueDate = card->receivable.open.isEmpty()
                         ? QStringLiteral("-")
                         : display::shortDate(card->receivable.open.constFirst().sale.dueDate);
    values.shop = business->name;
    return linkFor(*card, *chosen, MessageTemplates::fill(chosen->text, values));
}

Result<WhatsAppMessage> WhatsAppService::link(qint64 customerId, const QString& templateId,
                                              const QString& text) const
{
    auto chosen = templateOf(templateId);
    if (!chosen)
        return chosen.error();
    auto card = m_cards.card(customerId, m_clock.today());
    if (!card)
        return card.error();
    return linkFor(*card, *chosen, text);
}

Result<WhatsAppMessage> WhatsAppService::linkFor(const CustomerCard& card,
                                                 const MessageTemplate& chosen,
                                                 const QString& text) const
{
    const Customer& c = card.customer;
    if (c.phone.isEmpty())
        return refused(tr("%1 has no phone number. Add it on their details first.").arg(c.name));
    if (!c.whatsApp)
        return refused(tr("%1's phone is marked as not on WhatsApp. Call them, or change that "
                          "on their details if they use WhatsApp now.")
                           .arg(c.name));
    if (chosen.purpose == MessagePurpose::Marketing && !c.consent.whatsApp.granted)
        return refused(tr("%1 has not agreed to offers on WhatsApp, so only a transaction "
                          "message (a debt reminder, a thank-you) may go to them. Record their "
                          "consent on their details if they give it.")
                           .arg(c.name),
                       "consent");
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return refused(tr("The message is empty."), "text");
    if (trimmed.size() > MessageTemplates::maxTextLength)
        return refused(tr("The message has %1 characters; WhatsApp links take at most %2. "
                          "Shorten it.")
                           .arg(trimmed.size())
                           .arg(MessageTemplates::maxTextLength),
                       "text");
    return WhatsAppMessage{c.id, chosen.id, trimmed, PhoneNumber::whatsAppUrl(c.phone, trimmed)};
}

Result<Interaction> WhatsAppService::logSent(const WhatsAppMessage& message)
{
    Interaction sent;
    sent.customerId = message.customerId;
    sent.kind = InteractionKind::WhatsApp;
    sent.summary = message.text;
    return m_interactions.log(sent);
}

} // namespace setia
