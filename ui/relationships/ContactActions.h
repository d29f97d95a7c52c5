#pragma once

#include "relationships/InteractionDialog.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QMenu;
class QPushButton;
class QWidget;

namespace setia {

class Clock;
class FollowUpService;
class InteractionService;
class UserPrompter;
class WhatsAppService;

// The contacts every place that shows a customer offers (SPEC §13): a contact logged
// (Ctrl+L), a follow-up made (Ctrl+T), a WhatsApp message (Alt+W). The customer list,
// receivables and the counter ask their current customer when an action is triggered; the
// keys work anywhere inside the host.
class ContactActions : public QObject
{
    Q_OBJECT

public:
    struct Services
    {
        InteractionService& interactions;
        FollowUpService& followUps;
        WhatsAppService& whatsApp;
        const Clock& clock;
    };

    // Who an action is for: id 0 when nobody is chosen (the action then does nothing); the
    // template a WhatsApp message starts from (empty: the first) and what a contact logged
    // says before the user types.
    struct Target
    {
        qint64 customerId = 0;
        QString name;
        QString templateId;
        QString summary;
        QList<InteractionDialog::SaleChoice> sales;
    };

    // `target` is asked each time an action is triggered; the actions' keys are added to
    // `host`.
    ContactActions(const Services& services, UserPrompter& prompter, std::function<Target()> target,
                   QWidget* host);

    // A "Contact" button whose menu holds the three actions, for a list's tools.
    QPushButton* menuButton(QWidget* parent) const;
    // True when it was saved (opened and logged, for WhatsApp).
    bool logContact();
    bool newFollowUp();
    bool messageOnWhatsApp();

Q_SIGNALS:
    // A contact was logged or a follow-up made.
    void contacted();

private:
    Services m_services;
    UserPrompter& m_prompter;
    std::function<Target()> m_target;
    QWidget* m_host;
    QMenu* m_menu;
};

} // namespace setia
