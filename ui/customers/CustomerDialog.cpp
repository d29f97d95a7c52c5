#include "customers/CustomerDialog.h"

#include "common/DateEdit.h"
#include "common/FormErrors.h"
#include "common/MoneyEdit.h"
#include "common/OptionalDateEdit.h"
#include "common/UserPrompter.h"
#include "customers/CustomerTexts.h"
#include "customers/SaveCustomer.h"
#include "domain/DisplayFormat.h"
#include "domain/PhoneNumber.h"
#include "services/CustomerService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace setia {

CustomerDialog::CustomerDialog(CustomerService& service, UserPrompter& prompter,
                               const Customer& customer, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_prompter(prompter)
    , m_customer(customer)
{
    setWindowTitle(customer.id == 0 ? tr("New customer") : tr("Customer %1").arg(customer.code));
    setObjectName(QStringLiteral("customerDialog"));

    m_errors = new FormErrors(this);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildMainTab(), tr("Customer"));
    m_tabs->addTab(buildSalesTab(), tr("Sales && credit"));
    m_tabs->addTab(buildOtherTab(), tr("Notes && consent"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomerDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);

    m_errors->setFields({{QStringLiteral("code"), m_code},
                         {QStringLiteral("name"), m_name},
                         {QStringLiteral("phone"), m_phone},
                         {QStringLiteral("email"), m_email},
                         {QStringLiteral("address"), m_address},
                         {QStringLiteral("city"), m_city},
                         {QStringLiteral("area"), m_area},
                         {QStringLiteral("birthday"), m_birthday},
                         {QStringLiteral("type"), m_type},
                         {QStringLiteral("salesperson"), m_salesperson},
                         {QStringLiteral("joined"), m_joined},
                         {QStringLiteral("credit_limit"), m_creditLimit},
                         {QStringLiteral("terms_days"), m_terms},
                         {QStringLiteral("contact_interval"), m_contactInterval},
                         {QStringLiteral("tags"), m_tags},
                         {QStringLiteral("notes"), m_notes},
                         {QStringLiteral("bad_reason"), m_badReason}});

    load(customer);
    m_name->setFocus();
    resize(560, sizeHint().height());
}

QWidget* CustomerDialog::buildMainTab()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);

    m_code = new QLineEdit(page);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setPlaceholderText(tr("Made automatically, e.g. M000123"));
    m_code->setMaxLength(CustomerService::maxCodeLength);
    form->addRow(tr("Member &code"), m_code);

    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Budi Santoso or Toko Sumber Rejeki"));
    form->addRow(tr("&Name *"), m_name);

    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Person"), QVariant::fromValue(static_cast<int>(CustomerKind::Person)));
    m_kind->addItem(tr("Business"), QVariant::fromValue(static_cast<int>(CustomerKind::Business)));
    form->addRow(tr("&Kind"), m_kind);

    m_phone = new QLineEdit(page);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setPlaceholderText(tr("e.g. 0812-3456-7890"));
    m_whatsApp = new QCheckBox(tr("&WhatsApp"), page);
    m_whatsApp->setObjectName(QStringLiteral("whatsApp"));
    auto* phoneRow = new QHBoxLayout;
    phoneRow->addWidget(m_phone, 1);
    phoneRow->addWidget(m_whatsApp);
    auto* phoneLabel = new QLabel(tr("&Phone"), page);
    phoneLabel->setBuddy(m_phone);
    form->addRow(phoneLabel, phoneRow);

    m_email = new QLineEdit(page);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setPlaceholderText(tr("e.g. budi@contoh.co.id"));
    form->addRow(tr("&E-mail"), m_email);

    m_address = new QPlainTextEdit(page);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("&Address"), m_address);

    m_city = new QLineEdit(page);
    m_city->setObjectName(QStringLiteral("city"));
    form->addRow(tr("C&ity"), m_city);

    m_area = new QLineEdit(page);
    m_area->setObjectName(QStringLiteral("area"));
    form->addRow(tr("A&rea"), m_area);

    m_birthday = new OptionalDateEdit(page);
    m_birthday->setObjectName(QStringLiteral("birthday"));
    m_birthday->setToolTip(tr("Ctrl+Backspace clears the date."));
    form->addRow(tr("&Birthday"), m_birthday);
    return page;
}

QWidget* CustomerDialog::buildSalesTab()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);

    m_type = new QComboBox(page);
    m_type->setObjectName(QStringLiteral("type"));
    m_type->setEditable(true);
    m_type->addItem(QString());
    m_type->addItems(customer::suggestedTypes());
    form->addRow(tr("Customer &type"), m_type);

    m_source = new QComboBox(page);
    m_source->setObjectName(QStringLiteral("source"));
    for (AcquisitionSource source : customerTexts::sources())
        m_source->addItem(customerTexts::sourceName(source), static_cast<int>(source));
    form->addRow(tr("How they came (&source)"), m_source);

    m_salesperson = new QLineEdit(page);
    m_salesperson->setObjectName(QStringLiteral("salesperson"));
    form->addRow(tr("Sa&lesperson"), m_salesperson);

    auto* days = new QHBoxLayout;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto* box = new QCheckBox(customerTexts::shortDayName(day), page);
        box->setObjectName(QStringLiteral("visitDay%1").arg(day));
        days->addWidget(box);
        m_visitDays.append(box);
    }
    days->addStretch();
    form->addRow(tr("Visit days"), days);

    m_joined = new DateEdit(page);
    m_joined->setObjectName(QStringLiteral("joined"));
    m_joined->setCalendarPopup(true);
    form->addRow(tr("&Member since"), m_joined);

    m_creditLimit = new MoneyEdit(page);
    m_creditLimit->setObjectName(QStringLiteral("creditLimit"));
    m_creditLimit->setToolTip(tr("0 means cash only."));
    auto* limitRow = new QHBoxLayout;
    limitRow->addWidget(new QLabel(QStringLiteral("Rp"), page));
    limitRow->addWidget(m_creditLimit, 1);
    limitRow->addWidget(new QLabel(tr("0 = cash only"), page));
    auto* limitLabel = new QLabel(tr("Credit &limit"), page);
    limitLabel->setBuddy(m_creditLimit);
    form->addRow(limitLabel, limitRow);

    m_terms = new QSpinBox(page);
    m_terms->setObjectName(QStringLiteral("terms"));
    m_terms->setRange(0, CustomerService::maxTermsDays);
    m_terms->setSuffix(tr(" days"));
    form->addRow(tr("Payment &terms"), m_terms);

    m_contactInterval = new QSpinBox(page);
    m_contactInterval->setObjectName(QStringLiteral("contactInterval"));
    m_contactInterval->setRange(0, CustomerService::maxContactInterval);
    m_contactInterval->setSuffix(tr(" days"));
    m_contactInterval->setSpecialValueText(tr("as their tier (big 14, regular 30, micro 60 days)"));
    m_contactInterval->setToolTip(
        tr("How long the customer may go without a sale or a touch before the day's list "
           "says to get in touch"));
    form->addRow(tr("Stay in tou&ch every"), m_contactInterval);
    return page;
}

QWidget* CustomerDialog::buildOtherTab()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);

    m_tags = new QLineEdit(page);
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setPlaceholderText(tr("Separate tags with commas, e.g. vip, langganan"));
    form->addRow(tr("&Tags"), m_tags);

    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    form->addRow(tr("N&otes"), m_notes);

    m_consentWhatsApp = new QCheckBox(QStringLiteral("WhatsApp"), page);
    m_consentSms = new QCheckBox(QStringLiteral("SMS"), page);
    m_consentEmail = new QCheckBox(tr("E-mail"), page);
    auto* consent = new QHBoxLayout;
    consent->addWidget(m_consentWhatsApp);
    consent->addWidget(m_consentSms);
    consent->addWidget(m_consentEmail);
    consent->addStretch();
    form->addRow(tr("Agrees to promotions by"), consent);
    m_consentInfo = new QLabel(page);
    m_consentInfo->setObjectName(QStringLiteral("hint"));
    m_consentInfo->setWordWrap(true);
    form->addRow(QString(), m_consentInfo);

    m_bad = new QCheckBox(tr("Bad customer (do not give credit)"), page);
    m_bad->setObjectName(QStringLiteral("bad"));
    m_badReason = new QLineEdit(page);
    m_badReason->setObjectName(QStringLiteral("badReason"));
    m_badReason->setPlaceholderText(tr("Reason, e.g. unpaid since March"));
    connect(m_bad, &QCheckBox::toggled, m_badReason, &QWidget::setEnabled);
    form->addRow(tr("Status"), m_bad);
    form->addRow(tr("Reason"), m_badReason);
    return page;
}

void CustomerDialog::load(const Customer& c)
{
    m_code->setText(c.code);
    m_name->setText(c.name);
    m_kind->setCurrentIndex(c.kind == CustomerKind::Business ? 1 : 0);
    m_phone->setText(PhoneNumber::formatNational(c.phone));
    m_whatsApp->setChecked(c.whatsApp);
    m_email->setText(c.email);
    m_address->setPlainText(c.address);
    m_city->setText(c.city);
    m_area->setText(c.area);
    m_birthday->setOptionalDate(c.birthday);
    m_type->setCurrentText(c.type);
    m_source->setCurrentIndex(m_source->findData(static_cast<int>(c.source)));
    m_salesperson->setText(c.salesperson);
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_visitDays.at(day - 1)->setChecked(c.visitDays.contains(day));
    m_joined->setDate(c.joined.isValid() ? c.joined : QDate::currentDate());
    m_creditLimit->setValue(c.creditLimit);
    m_terms->setValue(c.termsDays);
    m_contactInterval->setValue(c.contactInterval);
    m_tags->setText(c.tags.join(QStringLiteral(", ")));
    m_notes->setPlainText(c.notes);
    m_consentWhatsApp->setChecked(c.consent.whatsApp.granted);
    m_consentSms->setChecked(c.consent.sms.granted);
    m_consentEmail->setChecked(c.consent.email.granted);
    QStringList recorded;
    for (auto [channel, name] : {std::pair{ConsentChannel::WhatsApp, QStringLiteral("WhatsApp")},
                                 std::pair{ConsentChannel::Sms, QStringLiteral("SMS")},
                                 std::pair{ConsentChannel::Email, tr("E-mail")}}) {
        const Consent& entry = c.consent[channel];
        if (entry.recordedAt.isValid())
            recorded.append(tr("%1: %2 on %3 by %4")
                                .arg(name, entry.granted ? tr("agreed") : tr("declined"),
                                     display::shortDate(entry.recordedAt.date()),
                                     entry.recordedBy));
    }
    m_consentInfo->setText(recorded.isEmpty() ? tr("No consent recorded yet.")
                                              : recorded.join(QLatin1Char('\n')));
    m_bad->setChecked(c.bad);
    m_badReason->setText(c.badReason);
    m_badReason->setEnabled(c.bad);
}

std::optional<Customer> CustomerDialog::collect()
{
    Customer c = m_customer;
    c.code = m_code->text();
    c.name = m_name->text();
    c.kind = m_kind->currentIndex() == 1 ? CustomerKind::Business : CustomerKind::Person;
    c.phone = m_phone->text();
    c.whatsApp = m_whatsApp->isChecked();
    c.email = m_email->text();
    c.address = m_address->toPlainText();
    c.city = m_city->text();
    c.area = m_area->text();
    c.birthday = m_birthday->optionalDate();
    c.type = m_type->currentText();
    c.source = static_cast<AcquisitionSource>(m_source->currentData().toInt());
    c.salesperson = m_salesperson->text();
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        c.visitDays.set(day, m_visitDays.at(day - 1)->isChecked());
    c.joined = m_joined->date();
    const auto limit = m_creditLimit->value();
    if (!limit) {
        showError(tr("The credit limit is not an amount. Type whole Rupiah, e.g. 5.000.000."),
                  QStringLiteral("credit_limit"));
        return std::nullopt;
    }
    c.creditLimit = *limit;
    c.termsDays = m_terms->value();
    c.contactInterval = m_contactInterval->value();
    c.tags = m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.notes = m_notes->toPlainText();
    c.consent.whatsApp.granted = m_consentWhatsApp->isChecked();
    c.consent.sms.granted = m_consentSms->isChecked();
    c.consent.email.granted = m_consentEmail->isChecked();
    c.bad = m_bad->isChecked();
    c.badReason = m_badReason->text();
    return c;
}

void CustomerDialog::accept()
{
    m_errors->clear();
    const auto draft = collect();
    if (!draft)
        return;
    auto saved = saveCustomer(m_service, m_prompter, this, *draft);
    if (!saved) {
        showError(saved.error().message(), saved.error().field());
        return;
    }
    m_customer = std::move(saved).value();
    QDialog::accept();
}

void CustomerDialog::showError(const QString& message, const QString& field)
{
    QWidget* widget = m_errors->showError(message, field);
    if (!widget)
        return;
    // Show the tab that holds the field, then put the cursor in it.
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->isAncestorOf(widget))
            m_tabs->setCurrentIndex(i);
    }
    widget->setFocus();
}

} // namespace setia
