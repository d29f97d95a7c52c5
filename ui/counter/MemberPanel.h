#pragma once

#include "domain/CustomerCard.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace setia {

// The member found at the counter, at a glance: name and code, phone, a birthday badge in
// the birthday week, visits and the last one, favourite items, and what they owe. Its
// buttons log a purchase and open the record card.
class MemberPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MemberPanel(QWidget* parent = nullptr);

    // Shows `card` as of its date; an empty card shows the hint of what to do.
    void showCard(const CustomerCard& card);
    void clear();
    bool hasMember() const { return m_customerId != 0; }
    qint64 customerId() const { return m_customerId; }
    QPushButton* saleButton() const { return m_saleButton; }

Q_SIGNALS:
    void saleRequested();
    void cardRequested();

private:
    qint64 m_customerId = 0;
    QLabel* m_hint = nullptr;
    QWidget* m_details = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_code = nullptr;
    QLabel* m_birthday = nullptr;
    QLabel* m_visits = nullptr;
    QLabel* m_lastVisit = nullptr;
    QLabel* m_average = nullptr;
    QLabel* m_favourites = nullptr;
    QLabel* m_owed = nullptr;
    QPushButton* m_saleButton = nullptr;
};

} // namespace setia
