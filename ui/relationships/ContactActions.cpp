#include "relationships/ContactActions.h"

#include "common/Clock.h"
#include "relationships/FollowUpDialog.h"
#include "relationships/WhatsAppDialog.h"
#include "services/InteractionService.h"

#include <QAction>
#include <QMenu>
#include <QPushButton>

namespace setia {

ContactActions::ContactActions(const Services& services, UserPrompter& prompter,
                               std::function<Target()> target, QWidget* host)
    : QObject(host)
    , m_services(services)
    , m_prompter(prompter)
    , m_target(std::move(target))
    , m_host(host)
    , m_menu(new QMenu(host))
{
    const auto add = [this](const QString& text, const QKeySequence& keys, const char* name,
                            bool (ContactActions::*run)()) {
        QAction* action = m_menu->addAction(text);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_host->addAction(action);
        connect(action, &QAction::triggered, this, [this, run] { (this->*run)(); });
    };
    add(tr("&Log contact…"), QKeySequence(Qt::CTRL | Qt::Key_L), "logContactAction",
        &ContactActions::logContact);
    add(tr("New &follow-up…"), QKeySequence(Qt::CTRL | Qt::Key_T), "newFollowUpAction",
        &ContactActions::newFollowUp);
    add(tr("&WhatsApp…"), QKeySequence(Qt::ALT | Qt::Key_W), "whatsAppAction",
        &ContactActions::messageOnWhatsApp);
}

QPushButton* ContactActions::menuButton(QWidget* parent) const
{
    auto* button = new QPushButton(tr("Con&tact"), parent);
    button->setObjectName(QStringLiteral("contactMenu"));
    button->setToolTip(tr("Log a call or visit (Ctrl+L), plan a follow-up (Ctrl+T) or send a "
                          "WhatsApp message (Alt+W) to the selected customer"));
    button->setMenu(m_menu);
    return button;
}

bool ContactActions::logContact()
{
    const Target target = m_target();
    if (target.customerId == 0)
        return false;
    InteractionDialog dialog(m_services.interactions, target.customerId, target.name, target.sales,
                             m_services.clock.now(), InteractionKind::Call, m_host);
    if (!target.summary.isEmpty())
        dialog.setSummary(target.summary);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Q_EMIT contacted();
    return true;
}

bool ContactActions::newFollowUp()
{
    const Target target = m_target();
    if (target.customerId == 0)
        return false;
    FollowUpDialog dialog(m_services.followUps, target.customerId, target.name,
                          m_services.interactions.staff(), m_host);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Q_EMIT contacted();
    return true;
}

bool ContactActions::messageOnWhatsApp()
{
    const Target target = m_target();
    if (target.customerId == 0)
        return false;
    WhatsAppDialog dialog(m_services.whatsApp, m_prompter, target.customerId, target.name,
                          target.templateId, m_host);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Q_EMIT contacted();
    return true;
}

} // namespace setia
