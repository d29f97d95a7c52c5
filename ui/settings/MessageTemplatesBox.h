#pragma once

#include "domain/MessageTemplate.h"

#include <QGroupBox>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace setia {

// The WhatsApp message templates (SPEC §13): one chosen at a time, its name, whether it is a
// transaction or a marketing message (which decides whose consent it needs, SPEC §10) and its
// text with tokens ({nama}, {kode}, {poin}, {utang}, {jatuh_tempo}, {toko}) a button inserts.
// New templates are added, any removed but the last, the four defaults brought back; saved with
// the page.
class MessageTemplatesBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit MessageTemplatesBox(QWidget* parent = nullptr);

    void setTemplates(const QList<MessageTemplate>& templates);
    // The templates as edited, the one on screen included; the service checks them.
    QList<MessageTemplate> templates() const;

    QComboBox* chooser() const { return m_chooser; }
    QPlainTextEdit* textField() const { return m_text; }

    void addTemplate();
    void removeTemplate();
    void restoreDefaults();

private:
    // The fields' values into the list, for the template shown.
    void keepShown();
    void showTemplate(int index);
    void fillChooser(int current);
    void updateLength();

    QList<MessageTemplate> m_templates;
    int m_shown = -1;
    QComboBox* m_chooser = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_purpose = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_length = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace setia
