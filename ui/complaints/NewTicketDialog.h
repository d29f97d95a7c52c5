#pragma once

#include "common/SearchPicker.h"
#include "domain/Ticket.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace setia {

class FormErrors;
struct Sale;
class TicketService;
class UserPrompter;

// Opens a complaint (SPEC §14) in a few keys: the customer (given, or found by typing), the
// sale and line it is about when opened from one, what it is about, how urgent, whose, and
// the customer's own words; Ctrl+Enter saves. Received now unless changed. The tanda terima
// comes out of the receipt printer on saving when asked (remembered for next time).
class NewTicketDialog : public QDialog
{
    Q_OBJECT

public:
    // The sale a complaint is about, and its lines to choose from.
    struct SaleChoice
    {
        qint64 id = 0;
        QString label;     // "S-0001 · 21/11/2026 · Rp150.000"
        QStringList lines; // line 1, 2, … as shown

        static SaleChoice of(const Sale& sale);
    };

    // `customers` finds a customer by typing when `customerId` is 0; `now` is the clock's.
    NewTicketDialog(TicketService& tickets, UserPrompter& prompter, SearchPicker::Lookup customers,
                    qint64 customerId, const QString& customerName, const QDateTime& now,
                    QWidget* parent = nullptr);

    // Links the complaint to a sale of the customer's (and a line of it, 0 for the whole).
    void setSale(const SaleChoice& sale, int line = 0);
    const Ticket& opened() const { return m_opened; }

    void accept() override;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    TicketService& m_tickets;
    UserPrompter& m_prompter;
    qint64 m_customerId = 0;
    qint64 m_saleId = 0;
    Ticket m_opened;
    FormErrors* m_errors = nullptr;
    QCheckBox* m_printReceipt = nullptr;
    SearchPicker* m_customer = nullptr;
    QLabel* m_saleLabel = nullptr;
    QLabel* m_lineLabel = nullptr;
    QComboBox* m_line = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_priority = nullptr;
    QLineEdit* m_staff = nullptr;
    QDateTimeEdit* m_received = nullptr;
    QPlainTextEdit* m_words = nullptr;
};

} // namespace setia
