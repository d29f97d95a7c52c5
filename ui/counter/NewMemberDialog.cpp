#include "counter/NewMemberDialog.h"

#include "common/FormErrors.h"
#include "customers/SaveCustomer.h"
#include "services/CustomerService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace setia {

NewMemberDialog::NewMemberDialog(CustomerService& service, UserPrompter& prompter,
                                 const QString& typed, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_prompter(prompter)
    , m_today(today)
{
    setObjectName(QStringLiteral("newMemberDialog"));
    setWindowTitle(tr("New member"));
    m_errors = new FormErrors(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setPlaceholderText(tr("e.g. 0812-3456-7890"));
    // What was typed to search for them is where it belongs.
    const QString text = typed.trimmed();
    if (text.contains(QRegularExpression(QStringLiteral("^[+0-9 ()-]+$"))))
        m_phone->setText(text);
    else
        m_name->setText(text);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name *"), m_name);
    form->addRow(tr("&Phone"), m_phone);
    auto* hint = new QLabel(tr("The member code is given when you save. Everything else can be "
                               "added later in the customer's details."),
                            this);
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save member"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewMemberDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_errors->setFields({{QStringLiteral("name"), m_name}, {QStringLiteral("phone"), m_phone}});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
    (m_name->text().isEmpty() ? m_name : m_phone)->setFocus();
}

void NewMemberDialog::accept()
{
    m_errors->clear();
    Customer draft;
    draft.name = m_name->text();
    draft.phone = m_phone->text();
    draft.joined = m_today;
    auto saved = saveCustomer(m_service, m_prompter, this, draft);
    if (!saved) {
        if (QWidget* field = m_errors->showError(saved.error().message(), saved.error().field()))
            field->setFocus();
        return;
    }
    m_member = std::move(saved).value();
    QDialog::accept();
}

} // namespace setia
