#pragma once

#include "domain/Customer.h"

#include <QDialog>

class QLineEdit;

namespace setia {

class CustomerService;
class FormErrors;
class UserPrompter;

// A new member at the counter with just a name and a phone number: the member code is given
// at once, and a phone number already used by another customer is saved only when the user
// confirms they are different people. The rest can be filled in later in the editor.
class NewMemberDialog : public QDialog
{
    Q_OBJECT

public:
    // `typed` is what the search field held: digits go to the phone, words to the name.
    NewMemberDialog(CustomerService& service, UserPrompter& prompter, const QString& typed,
                    const QDate& today, QWidget* parent = nullptr);

    const Customer& member() const { return m_member; }

    void accept() override;

private:
    CustomerService& m_service;
    UserPrompter& m_prompter;
    QDate m_today;
    Customer m_member;
    FormErrors* m_errors = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_phone = nullptr;
};

} // namespace setia
