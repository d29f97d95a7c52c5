#pragma once

#include "domain/Interaction.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace setia {

class FollowUpService;
class FormErrors;

// Marks a follow-up done (SPEC §13): how it was done and what came of it, which becomes an
// interaction on the customer's timeline.
class CompleteFollowUpDialog : public QDialog
{
    Q_OBJECT

public:
    CompleteFollowUpDialog(FollowUpService& followUps, qint64 followUpId, const QString& task,
                           QWidget* parent = nullptr);

    void accept() override;

private:
    FollowUpService& m_followUps;
    qint64 m_followUpId;
    FormErrors* m_errors = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_outcome = nullptr;
};

} // namespace setia
