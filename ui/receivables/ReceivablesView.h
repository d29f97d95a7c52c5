#pragma once

#include "common/ListPage.h"
#include "customers/CustomerCardDialog.h"

class QDateEdit;
class QPushButton;

namespace setia {

class Clock;
class ContactActions;
class PaymentService;
class ReceivableListModel;
class SaleService;
class UserPrompter;

// Everyone who owes money on a date (SPEC §3): what they owe, how much is overdue and for
// how many days, their credit status; sorted by any column (largest debt first to begin
// with). Enter opens the customer's record card, where a payment is recorded; Alt+W sends a
// debt reminder on WhatsApp, Ctrl+L logs a contact, Ctrl+T plans a follow-up.
class ReceivablesView : public ListPage
{
    Q_OBJECT

public:
    // What the list uses: everyone who owes (read again when sales or payments change), and the
    // record card of each.
    struct Services
    {
        const PaymentService& payments;
        const SaleService& sales;
        CustomerCardDialog::Services recordCard;
        const Clock& clock;
    };

    ReceivablesView(const Services& services, UserPrompter& prompter, QWidget* parent = nullptr);

    void reload();
    void openRow(int row) override;
    void setAsOf(const QDate& date);

    ReceivableListModel* model() const { return m_model; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Sales and payments change the list; while hidden, it is read again when shown.
    void dataChanged();
    void updateCount();
    void updateButtons();

    Services m_services;
    UserPrompter& m_prompter;
    ReceivableListModel* m_model = nullptr;
    QDateEdit* m_asOf = nullptr;
    QPushButton* m_cardButton = nullptr;
    ContactActions* m_contacts = nullptr;
    QPushButton* m_contactButton = nullptr;
    bool m_stale = false;
};

} // namespace setia
