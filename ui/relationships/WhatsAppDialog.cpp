#include "relationships/WhatsAppDialog.h"

#include "common/FormErrors.h"
#include "common/UserPrompter.h"
#include "domain/MessageTemplate.h"
#include "services/WhatsAppService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace setia {

WhatsAppDialog::WhatsAppDialog(WhatsAppService& whatsApp, UserPrompter& prompter, qint64 customerId,
                               const QString& customerName, const QString& templateId,
                               QWidget* parent)
    : QDialog(parent)
    , m_whatsApp(whatsApp)
    , m_prompter(prompter)
    , m_customerId(customerId)
{
    setObjectName(QStringLiteral("whatsAppDialog"));
    setWindowTitle(tr("Message on WhatsApp"));
    m_errors = new FormErrors(this);
    auto* who = new QLabel(customerName, this);
    who->setObjectName(QStringLiteral("viewTitle"));
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("template"));
    if (auto templates = whatsApp.templates()) {
        for (const MessageTemplate& t : std::as_const(*templates)) {
            m_template->addItem(t.purpose == MessagePurpose::Marketing
                                    ? tr("%1 (offer: needs consent)").arg(t.name)
                                    : t.name,
                                t.id);
            if (t.id == templateId)
                m_template->setCurrentIndex(m_template->count() - 1);
        }
    } else {
        m_errors->showError(templates.error().message(), QString());
    }
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setTabChangesFocus(true);
    m_length = new QLabel(this);
    m_length->setObjectName(QStringLiteral("hint"));
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        m_length->setText(tr("%1 of %2 characters")
                              .arg(m_text->toPlainText().trimmed().size())
                              .arg(MessageTemplates::maxTextLength));
    });
    connect(m_template, &QComboBox::currentIndexChanged, this, &WhatsAppDialog::compose);

    auto* form = new QFormLayout;
    form->addRow(tr("&Template"), m_template);
    form->addRow(tr("&Message"), m_text);
    form->addRow(QString(), m_length);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_send = buttons->button(QDialogButtonBox::Ok);
    m_send->setObjectName(QStringLiteral("send"));
    m_send->setText(tr("&Open in WhatsApp"));
    m_send->setToolTip(tr("Opens WhatsApp with the message typed in; send it there. Setia "
                          "logs it on the customer's timeline."));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &WhatsAppDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_errors->setFields(
        {{QStringLiteral("text"), m_text}, {QStringLiteral("template"), m_template}});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addWidget(m_errors);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, 360);
    compose();
    m_template->setFocus();
}

void WhatsAppDialog::compose()
{
    m_errors->clear();
    auto message = m_whatsApp.compose(m_customerId, m_template->currentData().toString());
    if (!message) {
        m_text->clear();
        m_errors->showError(message.error().message(), message.error().field());
        m_send->setEnabled(false);
        return;
    }
    m_text->setPlainText(message->text);
    m_send->setEnabled(true);
}

void WhatsAppDialog::accept()
{
    m_errors->clear();
    auto message =
        m_whatsApp.link(m_customerId, m_template->currentData().toString(), m_text->toPlainText());
    if (!message) {
        m_errors->showError(message.error().message(), message.error().field());
        return;
    }
    if (!m_prompter.openUrl(message->url)) {
        m_errors->showError(tr("Nothing on this computer opens WhatsApp links. Install WhatsApp "
                               "or a web browser, or send the message from the phone: %1")
                                .arg(message->url),
                            QString());
        return;
    }
    if (auto logged = m_whatsApp.logSent(*message); !logged) {
        m_prompter.warn(this, windowTitle(),
                        tr("WhatsApp was opened, but the message was not logged: %1")
                            .arg(logged.error().message()));
    }
    QDialog::accept();
}

} // namespace setia
