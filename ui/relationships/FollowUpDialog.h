#pragma once

#include "domain/FollowUp.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace setia {

class DateEdit;
class FollowUpService;
class FormErrors;

// A new follow-up for a customer (SPEC §13): what to do, by when, by whom — typed, or taken
// from a quick preset ("call in 3 days", "visit next week") that fills both.
class FollowUpDialog : public QDialog
{
    Q_OBJECT

public:
    FollowUpDialog(FollowUpService& followUps, qint64 customerId, const QString& customerName,
                   const QString& staff, QWidget* parent = nullptr);

    const FollowUp& created() const { return m_created; }

    void accept() override;

private:
    void applyPreset(int index);

    FollowUpService& m_followUps;
    qint64 m_customerId;
    FollowUp m_created;
    FormErrors* m_errors = nullptr;
    QComboBox* m_preset = nullptr;
    QLineEdit* m_task = nullptr;
    DateEdit* m_due = nullptr;
    QLineEdit* m_staff = nullptr;
};

} // namespace setia
