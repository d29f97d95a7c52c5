#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace setia {

class CustomerService;
class DateEdit;
class FormErrors;
class SurveyService;

// A stack of filled-in paper survey cards (SPEC §14) entered fast: scan the card's member code
// (or Enter on an empty code for an anonymous card), type the recommendation score, Enter —
// saved, and the cursor is back for the next code. The satisfaction score is one Tab away;
// the cards' date is the day they were collected.
class SurveyBatchDialog : public QDialog
{
    Q_OBJECT

public:
    SurveyBatchDialog(SurveyService& surveys, const CustomerService& customers, const QDate& today,
                      QWidget* parent = nullptr);

    // How many cards were saved since the dialog opened.
    int saved() const { return m_saved; }

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    // Enter in the code field: finds the member and moves to the score.
    void codeEntered();
    // Enter in a score field: saves the card.
    bool saveCard();

    SurveyService& m_surveys;
    const CustomerService& m_customers;
    qint64 m_customerId = 0;
    int m_saved = 0;
    FormErrors* m_errors = nullptr;
    DateEdit* m_date = nullptr;
    QLineEdit* m_code = nullptr;
    QLabel* m_who = nullptr;
    QLineEdit* m_nps = nullptr;
    QLineEdit* m_csat = nullptr;
    QLabel* m_count = nullptr;
    QListWidget* m_entered = nullptr;
};

} // namespace setia
