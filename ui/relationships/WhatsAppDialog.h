#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace setia {

class FormErrors;
class UserPrompter;
class WhatsAppService;

// A WhatsApp message to one customer (SPEC §13): a template of Settings chosen and filled in
// for them, the text still editable; "Kirim" opens the wa.me link (the browser or the
// WhatsApp app, through the UserPrompter) and logs the message as a contact. A template the
// customer's consent does not allow says so and cannot be sent.
class WhatsAppDialog : public QDialog
{
    Q_OBJECT

public:
    WhatsAppDialog(WhatsAppService& whatsApp, UserPrompter& prompter, qint64 customerId,
                   const QString& customerName, const QString& templateId = {},
                   QWidget* parent = nullptr);

    void accept() override;

private:
    void compose();

    WhatsAppService& m_whatsApp;
    UserPrompter& m_prompter;
    qint64 m_customerId;
    FormErrors* m_errors = nullptr;
    QComboBox* m_template = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_length = nullptr;
    QPushButton* m_send = nullptr;
};

} // namespace setia
