#pragma once

#include "domain/SurveyResponse.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace setia {

class Clock;
class FormErrors;
class SurveyService;

// One survey answer in one screen (SPEC §14), as a customer gives it on the phone, in a
// WhatsApp reply or on a card: how it came, the recommendation score 0–10 and/or the
// satisfaction score 1–5, and what they said. Either score may be left empty, not both.
class SurveyAnswerDialog : public QDialog
{
    Q_OBJECT

public:
    // `customerId` 0: an anonymous answer.
    SurveyAnswerDialog(SurveyService& surveys, const Clock& clock, qint64 customerId,
                       const QString& customerName, QWidget* parent = nullptr);

    // Saves the answer; false (the fault marked) when the service refuses it.
    bool save();
    const SurveyResponse& recorded() const { return m_recorded; }

private:
    SurveyService& m_surveys;
    const Clock& m_clock;
    qint64 m_customerId;
    SurveyResponse m_recorded;
    FormErrors* m_errors = nullptr;
    QComboBox* m_channel = nullptr;
    QLineEdit* m_nps = nullptr;
    QLineEdit* m_csat = nullptr;
    QPlainTextEdit* m_comment = nullptr;
};

} // namespace setia
