#include "surveys/SurveyAnswerDialog.h"

#include "common/Clock.h"
#include "common/FormErrors.h"
#include "services/SurveyService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace setia {

SurveyAnswerDialog::SurveyAnswerDialog(SurveyService& surveys, const Clock& clock,
                                       qint64 customerId, const QString& customerName,
                                       QWidget* parent)
    : QDialog(parent)
    , m_surveys(surveys)
    , m_clock(clock)
    , m_customerId(customerId)
{
    setObjectName(QStringLiteral("surveyAnswerDialog"));
    setWindowTitle(tr("Survey answer"));
    m_errors = new FormErrors(this);
    auto* who = new QLabel(customerId > 0 ? customerName : tr("Anonymous (no customer)"), this);
    who->setObjectName(QStringLiteral("who"));

    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channel"));
    const std::pair<SurveyChannel, QString> channels[] = {
        {SurveyChannel::Phone, tr("By phone")},
        {SurveyChannel::WhatsApp, tr("By WhatsApp")},
        {SurveyChannel::Paper, tr("On a paper card")},
        {SurveyChannel::Counter, tr("At the counter")},
    };
    for (const auto& [channel, name] : channels)
        m_channel->addItem(name, static_cast<int>(channel));

    m_nps = new QLineEdit(this);
    m_nps->setObjectName(QStringLiteral("nps"));
    m_nps->setValidator(new QIntValidator(0, 10, m_nps));
    m_nps->setMaxLength(2);
    m_nps->setMaximumWidth(80);
    m_csat = new QLineEdit(this);
    m_csat->setObjectName(QStringLiteral("csat"));
    m_csat->setValidator(new QIntValidator(1, 5, m_csat));
    m_csat->setMaxLength(1);
    m_csat->setMaximumWidth(80);
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("comment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("What they said, in their words (optional)"));
    m_errors->setFields({{QStringLiteral("nps"), m_nps},
                         {QStringLiteral("csat"), m_csat},
                         {QStringLiteral("comment"), m_comment}});

    auto* form = new QFormLayout;
    form->addRow(tr("Customer"), who);
    form->addRow(tr("C&hannel"), m_channel);
    form->addRow(tr("&Would recommend us (0–10)"), m_nps);
    form->addRow(tr("&Satisfied (1–5)"), m_csat);
    form->addRow(tr("C&omment"), m_comment);
    auto* hint = new QLabel(tr("Ask: \"How likely are you to recommend us to a friend, from 0 "
                               "to 10?\" and \"How satisfied were you, from 1 to 5?\" Either "
                               "may stay empty."),
                            this);
    hint->setWordWrap(true);
    hint->setObjectName(QStringLiteral("hint"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(480, 360);
    m_nps->setFocus();
}

bool SurveyAnswerDialog::save()
{
    m_errors->clear();
    SurveyResponse answer;
    answer.at = m_clock.now();
    answer.customerId = m_customerId;
    answer.channel = static_cast<SurveyChannel>(m_channel->currentData().toInt());
    bool ok = false;
    const int nps = m_nps->text().toInt(&ok);
    answer.nps = ok ? nps : SurveyResponse::noScore;
    const int csat = m_csat->text().toInt(&ok);
    answer.csat = ok ? csat : SurveyResponse::noScore;
    answer.comment = m_comment->toPlainText();
    auto saved = m_surveys.record(answer);
    if (!saved) {
        if (QWidget* field = m_errors->showError(saved.error().message(), saved.error().field()))
            field->setFocus();
        return false;
    }
    m_recorded = *saved;
    return true;
}

} // namespace setia
