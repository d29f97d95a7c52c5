#pragma once

#include "domain/Interaction.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;

namespace setia {

class FormErrors;
class InteractionService;

// Logs a touch point with a customer (SPEC §13) in a few keys: the kind is chosen (a call
// unless told; 1–7 pick one), the time is now and the staff the one logging, both changeable;
// what was said and what came of it are one line each, so Enter saves. A sale of theirs can
// be linked.
class InteractionDialog : public QDialog
{
    Q_OBJECT

public:
    // A sale the interaction can be linked to: its id and how it is shown.
    struct SaleChoice
    {
        qint64 id = 0;
        QString label;
    };

    // `now` is the clock's: the time shown until changed.
    InteractionDialog(InteractionService& interactions, qint64 customerId,
                      const QString& customerName, const QList<SaleChoice>& sales,
                      const QDateTime& now, InteractionKind kind = InteractionKind::Call,
                      QWidget* parent = nullptr);

    // What to log as summary before the user types (a WhatsApp message sent, …).
    void setSummary(const QString& summary);
    const Interaction& logged() const { return m_logged; }

    void accept() override;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    InteractionService& m_interactions;
    qint64 m_customerId;
    Interaction m_logged;
    FormErrors* m_errors = nullptr;
    QComboBox* m_kind = nullptr;
    QDateTimeEdit* m_at = nullptr;
    QLineEdit* m_staff = nullptr;
    QLineEdit* m_summary = nullptr;
    QLineEdit* m_outcome = nullptr;
    QComboBox* m_sale = nullptr;
};

} // namespace setia
