#include "settings/ComplaintSettingsBox.h"

#include "domain/TicketTexts.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimeEdit>

namespace setia {
namespace {

constexpr int dayMinutes = 24 * 60;

QSpinBox* spin(QWidget* parent, int maximum, const QString& suffix, const char* name)
{
    auto* box = new QSpinBox(parent);
    box->setRange(0, maximum);
    box->setSuffix(suffix);
    box->setObjectName(QLatin1String(name));
    return box;
}

// A time edit shows 00:00–23:59; a day open to midnight is shown and kept as 23:59.
QTime timeOf(int minutes)
{
    return minutes >= dayMinutes ? QTime(23, 59) : QTime(minutes / 60, minutes % 60);
}

int minutesOf(const QTime& time)
{
    const int minutes = time.hour() * 60 + time.minute();
    return minutes == dayMinutes - 1 ? dayMinutes : minutes;
}

} // namespace

ComplaintSettingsBox::ComplaintSettingsBox(QWidget* parent)
    : QGroupBox(tr("Complaints and surveys"), parent)
{
    setObjectName(QStringLiteral("complaintSettings"));
    auto* hours = new QGridLayout;
    hours->setHorizontalSpacing(8);
    hours->addWidget(new QLabel(tr("Opening hours"), this), 0, 0, 1, 4);
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        DayRow& row = m_days.at(std::size_t(day - 1));
        row.open = new QCheckBox(locale.dayName(day), this);
        row.open->setObjectName(QStringLiteral("open%1").arg(day));
        row.from = new QTimeEdit(this);
        row.from->setDisplayFormat(QStringLiteral("HH:mm"));
        row.from->setObjectName(QStringLiteral("from%1").arg(day));
        row.to = new QTimeEdit(this);
        row.to->setDisplayFormat(QStringLiteral("HH:mm"));
        row.to->setObjectName(QStringLiteral("to%1").arg(day));
        hours->addWidget(row.open, day, 0);
        hours->addWidget(row.from, day, 1);
        hours->addWidget(new QLabel(QStringLiteral("–"), this), day, 2);
        hours->addWidget(row.to, day, 3);
        QTimeEdit* from = row.from;
        QTimeEdit* to = row.to;
        connect(row.open, &QCheckBox::toggled, this, [from, to](bool open) {
            from->setEnabled(open);
            to->setEnabled(open);
        });
    }
    hours->setColumnStretch(4, 1); // the times keep to the left
    const QString hoursSuffix = tr(" hours");
    const QString daysSuffix = tr(" days");
    m_responseHours = spin(this, 720, hoursSuffix, "responseHours");
    m_resolutionHours = spin(this, 2160, hoursSuffix, "resolutionHours");
    m_urgentResponseHours = spin(this, 720, hoursSuffix, "urgentResponseHours");
    m_urgentResolutionHours = spin(this, 2160, hoursSuffix, "urgentResolutionHours");
    m_checkDays = spin(this, 60, daysSuffix, "checkDays");
    m_detractorDays = spin(this, 60, daysSuffix, "detractorDays");
    m_minimumResponses = spin(this, 10000, tr(" answers"), "minimumResponses");
    m_categories = new QPlainTextEdit(this);
    m_categories->setObjectName(QStringLiteral("categories"));
    m_categories->setTabChangesFocus(true);
    m_categories->setMaximumHeight(110);
    m_categories->setToolTip(tr("One category a line, in the order they are offered"));

    auto* form = new QFormLayout;
    form->addRow(tr("First answer within"), m_responseHours);
    form->addRow(tr("Resolved within"), m_resolutionHours);
    form->addRow(tr("Urgent: first answer within"), m_urgentResponseHours);
    form->addRow(tr("Urgent: resolved within"), m_urgentResolutionHours);
    form->addRow(tr("Ask if satisfied after"), m_checkDays);
    form->addRow(tr("Call back a detractor after"), m_detractorDays);
    form->addRow(tr("NPS margin from"), m_minimumResponses);
    form->addRow(tr("Categories"), m_categories);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(hours);
    layout->addLayout(form);
    setToolTip(tr("The deadlines count only the opening hours, and stop while waiting for the "
                  "customer."));
}

void ComplaintSettingsBox::setRules(const ComplaintRules& rules)
{
    for (int day = 1; day <= 7; ++day) {
        const OpeningHours::Day& hours = rules.hours.day(day);
        DayRow& row = m_days.at(std::size_t(day - 1));
        row.open->setChecked(hours.isOpen());
        row.from->setTime(hours.isOpen() ? timeOf(hours.open) : QTime(8, 0));
        row.to->setTime(hours.isOpen() ? timeOf(hours.close) : QTime(21, 0));
        row.from->setEnabled(hours.isOpen());
        row.to->setEnabled(hours.isOpen());
    }
    m_responseHours->setValue(rules.responseHours);
    m_resolutionHours->setValue(rules.resolutionHours);
    m_urgentResponseHours->setValue(rules.highResponseHours);
    m_urgentResolutionHours->setValue(rules.highResolutionHours);
    m_checkDays->setValue(rules.satisfactionCheckDays);
    m_detractorDays->setValue(rules.detractorFollowUpDays);
    m_minimumResponses->setValue(rules.minimumResponses);
    QStringList names;
    for (const QString& category : rules.categories)
        names.append(TicketTexts::category(category));
    m_categories->setPlainText(names.join(QLatin1Char('\n')));
}

ComplaintRules ComplaintSettingsBox::rules() const
{
    ComplaintRules rules;
    for (int day = 1; day <= 7; ++day) {
        const DayRow& row = m_days.at(std::size_t(day - 1));
        rules.hours.setDay(
            day, row.open->isChecked()
                     ? OpeningHours::Day{minutesOf(row.from->time()), minutesOf(row.to->time())}
                     : OpeningHours::Day{});
    }
    rules.responseHours = m_responseHours->value();
    rules.resolutionHours = m_resolutionHours->value();
    rules.highResponseHours = m_urgentResponseHours->value();
    rules.highResolutionHours = m_urgentResolutionHours->value();
    rules.satisfactionCheckDays = m_checkDays->value();
    rules.detractorFollowUpDays = m_detractorDays->value();
    rules.minimumResponses = m_minimumResponses->value();
    // A default's name, as shown, goes back to its id.
    rules.categories.clear();
    const QStringList defaults = ticket::defaultCategories();
    for (const QString& line : m_categories->toPlainText().split(QLatin1Char('\n'))) {
        const QString name = line.simplified();
        if (name.isEmpty())
            continue;
        QString id = name;
        for (const QString& category : defaults)
            if (TicketTexts::category(category).compare(name, Qt::CaseInsensitive) == 0)
                id = category;
        rules.categories.append(id);
    }
    return rules;
}

} // namespace setia
