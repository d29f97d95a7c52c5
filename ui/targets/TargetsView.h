#pragma once

#include "domain/TargetSheet.h"
#include "reports/PaperSize.h"
#include "reports/ReportDocument.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace setia {

class Clock;
class CustomerService;
class SearchPicker;
class SettingsService;
class TargetCustomersModel;
class TargetItemsModel;
class TargetSheetService;
class UserPrompter;

// The daily sales target sheet before it is printed (SPEC §7): the customers due on a day,
// for one salesperson, one area or everyone. A customer can be taken off or added and a suggested
// quantity changed, for this sheet only; moving a customer up or down changes the route
// order, which is remembered. Then print preview, PDF or CSV.
class TargetsView : public QWidget
{
    Q_OBJECT

public:
    // What the screen uses: the sheet of a day, the customers to add to it, the route to remember,
    // and the business's letterhead.
    struct Services
    {
        TargetSheetService& targets;
        const CustomerService& customers;
        const SettingsService& settings;
        const Clock& clock;
    };

    TargetsView(const Services& services, UserPrompter& prompter, QWidget* parent = nullptr);

    // Computes the sheet for the date and salesperson chosen; false when it failed (the user
    // was told).
    bool recompute();
    const TargetSheet& sheet() const { return m_sheet; }
    QTableView* customersTable() const { return m_customers; }
    QTableView* itemsTable() const { return m_items; }
    QDateEdit* dateEdit() const { return m_date; }
    QComboBox* salespersonBox() const { return m_salesperson; }
    QComboBox* areaBox() const { return m_area; }
    QString summaryText() const;

    void removeCustomer();
    void addCustomer(qint64 customerId);
    // Moves the chosen customer one place up (-1) or down (+1) among those of their area,
    // and remembers the order.
    void move(int step);
    void previewSheet();
    void savePdf();
    void exportCsv();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reloadChoices();
    void showCustomer();
    void updateSummary();
    void select(int row);
    Paper paper() const;
    // The sheet as printed; nullopt when it cannot be made (the user was told why).
    std::optional<ReportDocument> document();

    Services m_services;
    UserPrompter& m_prompter;
    TargetSheet m_sheet;
    QDateEdit* m_date = nullptr;
    QComboBox* m_salesperson = nullptr;
    QComboBox* m_area = nullptr;
    QComboBox* m_paper = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_customers = nullptr;
    QTableView* m_items = nullptr;
    TargetCustomersModel* m_customersModel = nullptr;
    TargetItemsModel* m_itemsModel = nullptr;
    SearchPicker* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    bool m_computed = false;
};

} // namespace setia
