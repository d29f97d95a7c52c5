#include "settings/MessageTemplatesBox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTextCursor>

#include <algorithm>

namespace setia {

MessageTemplatesBox::MessageTemplatesBox(QWidget* parent)
    : QGroupBox(tr("WhatsApp messages"), parent)
{
    setObjectName(QStringLiteral("messageTemplates"));
    m_chooser = new QComboBox(this);
    m_chooser->setObjectName(QStringLiteral("templateChooser"));
    auto* add = new QPushButton(tr("Ne&w"), this);
    add->setObjectName(QStringLiteral("newTemplate"));
    m_remove = new QPushButton(tr("Remo&ve"), this);
    m_remove->setObjectName(QStringLiteral("removeTemplate"));
    auto* defaults = new QPushButton(tr("Defaults"), this);
    defaults->setObjectName(QStringLiteral("defaultTemplates"));
    defaults->setToolTip(tr("Bring back the four templates Setia starts with, in place of "
                            "these"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("templateName"));
    m_name->setMaxLength(MessageTemplates::maxNameLength);
    m_purpose = new QComboBox(this);
    m_purpose->setObjectName(QStringLiteral("templatePurpose"));
    m_purpose->addItem(tr("Transaction (a debt reminder, a thank-you): to anyone on WhatsApp"),
                       static_cast<int>(MessagePurpose::Transaction));
    m_purpose->addItem(tr("Marketing (greetings, offers): only with WhatsApp consent"),
                       static_cast<int>(MessagePurpose::Marketing));
    m_purpose->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_purpose->setMinimumContentsLength(20);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("templateText"));
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 5 + 12);
    m_length = new QLabel(this);
    m_length->setObjectName(QStringLiteral("hint"));

    // One button a token: a click puts it where the cursor is.
    auto* tokens = new QHBoxLayout;
    tokens->setSpacing(4);
    for (const QString& token : MessageTemplates::tokens()) {
        auto* button = new QPushButton(token, this);
        button->setObjectName(QStringLiteral("tokenButton"));
        button->setFocusPolicy(Qt::NoFocus);
        button->setToolTip(tr("Put %1 in the message: filled in for each customer").arg(token));
        connect(button, &QPushButton::clicked, this, [this, token] {
            m_text->textCursor().insertText(token);
            m_text->setFocus();
        });
        tokens->addWidget(button);
    }
    tokens->addStretch();

    auto* chooserRow = new QHBoxLayout;
    chooserRow->addWidget(m_chooser, 1);
    chooserRow->addWidget(add);
    chooserRow->addWidget(m_remove);
    chooserRow->addWidget(defaults);
    auto* form = new QFormLayout(this);
    // A form's label names its field's key only with a buddy: the chooser, not the row.
    auto* chooserLabel = new QLabel(tr("&Template"), this);
    chooserLabel->setBuddy(m_chooser);
    form->addRow(chooserLabel, chooserRow);
    form->addRow(tr("N&ame"), m_name);
    form->addRow(tr("&Kind"), m_purpose);
    form->addRow(tr("&Message"), m_text);
    form->addRow(QString(), tokens);
    form->addRow(QString(), m_length);

    connect(m_chooser, &QComboBox::currentIndexChanged, this, [this](int index) {
        keepShown();
        showTemplate(index);
    });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& name) {
        if (m_shown >= 0)
            m_chooser->setItemText(m_shown, name);
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, &MessageTemplatesBox::updateLength);
    connect(add, &QPushButton::clicked, this, &MessageTemplatesBox::addTemplate);
    connect(m_remove, &QPushButton::clicked, this, &MessageTemplatesBox::removeTemplate);
    connect(defaults, &QPushButton::clicked, this, &MessageTemplatesBox::restoreDefaults);
}

void MessageTemplatesBox::setTemplates(const QList<MessageTemplate>& templates)
{
    m_templates = templates;
    m_shown = -1;
    fillChooser(0);
}

QList<MessageTemplate> MessageTemplatesBox::templates() const
{
    QList<MessageTemplate> edited = m_templates;
    if (m_shown >= 0 && m_shown < edited.size()) {
        MessageTemplate& shown = edited[m_shown];
        shown.name = m_name->text();
        shown.purpose = static_cast<MessagePurpose>(m_purpose->currentData().toInt());
        shown.text = m_text->toPlainText();
    }
    return edited;
}

void MessageTemplatesBox::addTemplate()
{
    keepShown();
    // An id no template has: files and settings name a template by it.
    qsizetype n = m_templates.size() + 1;
    const auto taken = [this](const QString& id) {
        return std::any_of(m_templates.cbegin(), m_templates.cend(),
                           [&id](const MessageTemplate& t) { return t.id == id; });
    };
    while (taken(QStringLiteral("pesan_%1").arg(n)))
        ++n;
    m_templates.append({QStringLiteral("pesan_%1").arg(n), tr("New message"),
                        QStringLiteral("Halo {nama}, "), MessagePurpose::Marketing});
    m_shown = -1;
    fillChooser(int(m_templates.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void MessageTemplatesBox::removeTemplate()
{
    if (m_shown < 0 || m_templates.size() <= 1)
        return;
    m_templates.removeAt(m_shown);
    const int next = qMin(m_shown, int(m_templates.size()) - 1);
    m_shown = -1;
    fillChooser(next);
}

void MessageTemplatesBox::restoreDefaults()
{
    setTemplates(MessageTemplates::defaults());
}

void MessageTemplatesBox::keepShown()
{
    if (m_shown >= 0 && m_shown < m_templates.size())
        m_templates[m_shown] = templates().at(m_shown);
}

void MessageTemplatesBox::fillChooser(int current)
{
    {
        const QSignalBlocker quiet(m_chooser);
        m_chooser->clear();
        for (const MessageTemplate& t : std::as_const(m_templates))
            m_chooser->addItem(t.name, t.id);
        m_chooser->setCurrentIndex(current);
    }
    showTemplate(current);
}

void MessageTemplatesBox::showTemplate(int index)
{
    m_shown = index >= 0 && index < m_templates.size() ? index : -1;
    const MessageTemplate shown = m_shown >= 0 ? m_templates.at(m_shown) : MessageTemplate{};
    m_name->setText(shown.name);
    m_purpose->setCurrentIndex(m_purpose->findData(static_cast<int>(shown.purpose)));
    m_text->setPlainText(shown.text);
    m_name->setEnabled(m_shown >= 0);
    m_purpose->setEnabled(m_shown >= 0);
    m_text->setEnabled(m_shown >= 0);
    m_remove->setEnabled(m_shown >= 0 && m_templates.size() > 1);
    updateLength();
}

void MessageTemplatesBox::updateLength()
{
    const int used = int(m_text->toPlainText().size());
    m_length->setText(tr("%1 of %2 characters, before the tokens are filled in")
                          .arg(QLocale().toString(used))
                          .arg(QLocale().toString(MessageTemplates::maxTextLength)));
}

} // namespace setia
