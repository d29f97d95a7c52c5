#pragma once

#include "domain/SurveyResponse.h"

#include <QDialog>
#include <QTimer>

class QLabel;

namespace setia {

class SurveyService;

// The counter's one-question survey (SPEC §14), right after a sale: "how likely are you to
// recommend us?" — one digit scores 0–9 and saves at once; 10 is "+" (or "1" then "0"
// quickly: a lone "1" saves after a moment). The buttons do the same with the mouse; Esc asks
// nothing.
class CounterSurveyDialog : public QDialog
{
    Q_OBJECT

public:
    // How long a "1" waits for a "0" that makes it 10.
    static constexpr int tenWindowMs = 600;

    // `customerId` 0 for a walk-in (an anonymous answer); `saleId` the sale just made (or 0).
    CounterSurveyDialog(SurveyService& surveys, qint64 customerId, const QString& customerName,
                        qint64 saleId, const QString& shopName, QWidget* parent = nullptr);

    // Saves the score and closes; false (and the message shown) when it cannot be saved.
    bool score(int nps);
    const SurveyResponse& recorded() const { return m_recorded; }

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    SurveyService& m_surveys;
    qint64 m_customerId;
    qint64 m_saleId;
    SurveyResponse m_recorded;
    QLabel* m_error = nullptr;
    QTimer m_one; // a "1" waiting for its "0"
};

} // namespace setia
