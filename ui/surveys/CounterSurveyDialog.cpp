#include "surveys/CounterSurveyDialog.h"

#include "services/SurveyService.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace setia {

CounterSurveyDialog::CounterSurveyDialog(SurveyService& surveys, qint64 customerId,
                                         const QString& customerName, qint64 saleId,
                                         const QString& shopName, QWidget* parent)
    : QDialog(parent)
    , m_surveys(surveys)
    , m_customerId(customerId)
    , m_saleId(saleId)
{
    setObjectName(QStringLiteral("counterSurveyDialog"));
    setWindowTitle(tr("A quick question"));
    const QString shop = shopName.isEmpty() ? tr("this shop") : shopName;
    auto* who =
        new QLabel(customerId > 0 ? customerName : tr("Walk-in customer (anonymous)"), this);
    who->setObjectName(QStringLiteral("viewTitle"));
    auto* question =
        new QLabel(tr("How likely are you to recommend %1 to a friend?").arg(shop), this);
    question->setObjectName(QStringLiteral("question"));
    question->setWordWrap(true);
    auto* hint = new QLabel(tr("Type the digit the customer says (10: +). Esc: skip."), this);
    hint->setObjectName(QStringLiteral("viewSubtitle"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* scores = new QGridLayout;
    scores->setSpacing(6);
    for (int n = 0; n <= 10; ++n) {
        auto* button = new QPushButton(QString::number(n), this);
        button->setObjectName(QStringLiteral("score%1").arg(n));
        button->setAutoDefault(false);
        button->setFocusPolicy(Qt::NoFocus);
        button->setMinimumSize(44, 40);
        scores->addWidget(button, 0, n);
        connect(button, &QPushButton::clicked, this, [this, n] { score(n); });
    }
    auto* notAtAll = new QLabel(tr("not at all"), this);
    auto* certainly = new QLabel(tr("certainly"), this);
    certainly->setAlignment(Qt::AlignRight);
    scores->addWidget(notAtAll, 1, 0, 1, 4);
    scores->addWidget(certainly, 1, 7, 1, 4);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addWidget(question);
    layout->addLayout(scores);
    layout->addWidget(hint);
    layout->addWidget(m_error);

    m_one.setSingleShot(true);
    m_one.setInterval(tenWindowMs);
    connect(&m_one, &QTimer::timeout, this, [this] { score(1); });
    setFocusPolicy(Qt::StrongFocus);
    setFocus();
}

void CounterSurveyDialog::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        const int digit = key - Qt::Key_0;
        if (m_one.isActive()) {
            m_one.stop();
            if (digit == 0) {
                score(10);
                return;
            }
            if (!score(1))
                return;
        }
        if (digit == 1) {
            m_one.start(); // 1, or the start of 10
            return;
        }
        score(digit);
        return;
    }
    if (key == Qt::Key_Plus || key == Qt::Key_Equal) {
        m_one.stop();
        score(10);
        return;
    }
    QDialog::keyPressEvent(event);
}

bool CounterSurveyDialog::score(int nps)
{
    if (result() == QDialog::Accepted)
        return true;
    SurveyResponse answer;
    answer.customerId = m_customerId;
    answer.saleId = m_saleId;
    answer.channel = SurveyChannel::Counter;
    answer.nps = nps;
    auto saved = m_surveys.record(answer);
    if (!saved) {
        m_error->setText(saved.error().message());
        m_error->show();
        return false;
    }
    m_recorded = *saved;
    accept();
    return true;
}

} // namespace setia
