#pragma once

#include "common/ListPage.h"
#include "sales/SaleDialog.h"

class QComboBox;
class QDateEdit;
class QPushButton;

namespace setia {

class Clock;
class CustomerService;
class SaleListModel;
class ReceiptService;
class SaleService;
class SearchPicker;
class TicketService;
class UserPrompter;

// The sales list at any size: newest first, filtered by period, customer, cash or credit
// and voided or not, with the count and revenue of what the filter finds. Ctrl+N enters a
// sale, Enter opens one (to look at or void it), Ctrl+F searches receipt numbers.
class SalesView : public ListPage
{
    Q_OBJECT

public:
    // Periods offered above the list; Custom keeps the dates as typed.
    enum class Period { Today, Last7Days, ThisMonth, LastMonth, ThisYear, AllTime, Custom };

    // What the sales list uses: it lists, opens and voids sales, filters by customer and enters new
    // sales.
    struct Services
    {
        SaleService& sales;
        const ReceiptService& receipts;
        const CustomerService& customers;
        TicketService& tickets; // a complaint about a sale
        SaleDialog::Services saleEntry;
        const Clock& clock;
    };

    SalesView(const Services& services, UserPrompter& prompter, QWidget* parent = nullptr);

    void newSale();
    void openRow(int row) override;
    void setPeriod(Period period);

    SaleListModel* model() const { return m_model; }
    SearchPicker* customerFilter() const { return m_customer; }

private:
    void applyFilter();
    void updateCount();
    void datesEdited();

    Services m_services;
    UserPrompter& m_prompter;
    SaleListModel* m_model = nullptr;
    SearchPicker* m_customer = nullptr;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_payment = nullptr;
    QComboBox* m_status = nullptr;
    QPushButton* m_openButton = nullptr;
    bool m_settingPeriod = false;
};

} // namespace setia
