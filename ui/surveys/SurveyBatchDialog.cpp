#include "surveys/SurveyBatchDialog.h"

#include "common/DateEdit.h"
#include "common/FormErrors.h"
#include "domain/Customer.h"
#include "services/CustomerService.h"
#include "services/SurveyService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIntValidator>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace setia {

SurveyBatchDialog::SurveyBatchDialog(SurveyService& surveys, const CustomerService& customers,
                                     const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_surveys(surveys)
    , m_customers(customers)
{
    setObjectName(QStringLiteral("surveyBatchDialog"));
    setWindowTitle(tr("Enter survey cards"));
    m_errors = new FormErrors(this);
    auto* how = new QLabel(tr("Scan the card's barcode (or press Enter for a card without a "
                              "name), type the recommendation score 0–10 and press Enter. The "
                              "satisfaction score 1–5 is one Tab further."),
                           this);
    how->setWordWrap(true);
    m_date = new DateEdit(today, this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(today);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setPlaceholderText(tr("Member code"));
    m_who = new QLabel(this);
    m_who->setObjectName(QStringLiteral("who"));
    m_nps = new QLineEdit(this);
    m_nps->setObjectName(QStringLiteral("nps"));
    m_nps->setValidator(new QIntValidator(0, 10, m_nps));
    m_nps->setMaxLength(2);
    m_csat = new QLineEdit(this);
    m_csat->setObjectName(QStringLiteral("csat"));
    m_csat->setValidator(new QIntValidator(1, 5, m_csat));
    m_csat->setMaxLength(1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    m_count->setText(tr("No card entered yet."));
    m_entered = new QListWidget(this);
    m_entered->setObjectName(QStringLiteral("entered"));
    m_entered->setFocusPolicy(Qt::NoFocus);

    auto* form = new QFormLayout;
    form->addRow(tr("Cards &collected on"), m_date);
    form->addRow(tr("Member &code"), m_code);
    form->addRow(QString(), m_who);
    form->addRow(tr("&Recommend (0–10)"), m_nps);
    form->addRow(tr("&Satisfied (1–5)"), m_csat);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Done"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    m_errors->setFields({{QStringLiteral("customer"), m_code},
                         {QStringLiteral("nps"), m_nps},
                         {QStringLiteral("csat"), m_csat},
                         {QStringLiteral("at"), m_date}});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(how);
    layout->addWidget(m_errors);
    layout->addLayout(form);
    layout->addWidget(m_count);
    layout->addWidget(m_entered, 1);
    layout->addWidget(buttons);
    resize(520, 560);
    m_code->setFocus();
}

void SurveyBatchDialog::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        QWidget* focus = focusWidget();
        if (focus == m_code)
            codeEntered();
        else if (focus == m_nps || focus == m_csat)
            saveCard();
        return; // Enter never closes the stack half-way
    }
    QDialog::keyPressEvent(event);
}

void SurveyBatchDialog::codeEntered()
{
    m_errors->clear();
    const QString code = m_code->text().trimmed().toUpper();
    m_customerId = 0;
    if (code.isEmpty()) {
        m_who->setText(tr("A card without a name (anonymous)"));
        m_nps->setFocus();
        return;
    }
    auto found = m_customers.findByCode(code);
    if (!found || !found->has_value() || (*found)->merged) {
        m_who->clear();
        m_errors->showError(!found ? found.error().message()
                                   : tr("No customer has the code %1. Scan the card again, or "
                                        "clear the code for an anonymous card.")
                                         .arg(code),
                            QStringLiteral("customer"));
        m_code->selectAll();
        return;
    }
    m_customerId = (*found)->id;
    m_who->setText((*found)->name);
    m_nps->setFocus();
}

bool SurveyBatchDialog::saveCard()
{
    m_errors->clear();
    SurveyResponse answer;
    answer.at = QDateTime(m_date->date(), QTime(0, 0));
    answer.customerId = m_customerId;
    answer.channel = SurveyChannel::Paper;
    bool ok = false;
    const int nps = m_nps->text().toInt(&ok);
    answer.nps = ok ? nps : SurveyResponse::noScore;
    const int csat = m_csat->text().toInt(&ok);
    answer.csat = ok ? csat : SurveyResponse::noScore;
    auto saved = m_surveys.record(answer);
    if (!saved) {
        if (QWidget* field = m_errors->showError(saved.error().message(), saved.error().field()))
            field->setFocus();
        return false;
    }
    ++m_saved;
    const QString who = m_customerId > 0
                            ? tr("%1 %2").arg(m_code->text().trimmed().toUpper(), m_who->text())
                            : tr("Anonymous");
    QStringList scores;
    if (saved->hasNps())
        scores.append(tr("recommend %1").arg(saved->nps));
    if (saved->hasCsat())
        scores.append(tr("satisfied %1").arg(saved->csat));
    m_entered->insertItem(0, tr("%1 — %2").arg(who, scores.join(QStringLiteral(", "))));
    m_count->setText(tr("%n card(s) entered", nullptr, m_saved));
    m_customerId = 0;
    m_code->clear();
    m_who->clear();
    m_nps->clear();
    m_csat->clear();
    m_code->setFocus();
    return true;
}

} // namespace setia
