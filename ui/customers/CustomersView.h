#pragma once

#include "common/ListPage.h"

class QCheckBox;
class QPushButton;

namespace setia {

class Clock;
class CustomerCardService;
class CustomerListModel;
class CustomerService;
class PaymentService;
class SettingsService;
class CustomerStore;
class UserPrompter;

// The customer list: search as you type, sort by any column, open, add, archive and
// restore, and show a customer's record card. Ctrl+F searches, Ctrl+N adds, Enter opens,
// Ctrl+K shows the record card, Esc clears the search.
class CustomersView : public ListPage
{
    Q_OBJECT

public:
    // The record card needs `cards`, `settings` (the letterhead) and `clock` (its date).
    CustomersView(CustomerService& service, const CustomerStore& store,
                  const CustomerCardService& cards, PaymentService& payments,
                  SettingsService& settings, const Clock& clock, UserPrompter& prompter,
                  QWidget* parent = nullptr);

    void newCustomer();
    // Opens the customer in `row` of the list in the editor.
    void openRow(int row);
    // Shows the record card of the customer in `row`.
    void showCard(int row);

    CustomerListModel* model() const { return m_model; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter();
    void updateCount();
    void updateActions();
    void toggleArchived();
    void selectCustomer(qint64 id);

    CustomerService& m_service;
    const CustomerCardService& m_cards;
    PaymentService& m_payments;
    SettingsService& m_settings;
    const Clock& m_clock;
    UserPrompter& m_prompter;
    CustomerListModel* m_model = nullptr;
    QCheckBox* m_showArchived = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_cardButton = nullptr;
    QPushButton* m_archiveButton = nullptr;
};

} // namespace setia
