#include "settings/SettingsView.h"

#include "common/UserPrompter.h"
#include "i18n/Translations.h"
#include "services/SettingsService.h"
#include "settings/ComplaintSettingsBox.h"
#include "settings/DataSafetyBox.h"
#include "settings/LoyaltySettingsBox.h"
#include "settings/MessageTemplatesBox.h"
#include "settings/ReceiptPrinterBox.h"
#include "settings/SegmentationSettingsBox.h"
#include "settings/StampCardsBox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QVBoxLayout>

namespace setia {

SettingsView::SettingsView(SettingsService& settings, const StampCardsBox::Services& stampCards,
                           const BusinessRulesBox::Services& businessRules,
                           DataSafetyService& safety, UserPrompter& prompter,
                           const QString& databaseInfo, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_prompter(prompter)
{
    setObjectName(QStringLiteral("settingsView"));
    auto* title = new QLabel(tr("Settings"), this);
    title->setObjectName(QStringLiteral("viewTitle"));

    auto* business = new QGroupBox(tr("Your business"), this);
    auto* businessForm = new QFormLayout(business);
    m_businessName = new QLineEdit(business);
    m_businessName->setObjectName(QStringLiteral("businessName"));
    m_businessName->setPlaceholderText(tr("e.g. Toko Sumber Rejeki"));
    businessForm->addRow(tr("Business &name"), m_businessName);
    m_businessAddress = new QPlainTextEdit(business);
    m_businessAddress->setObjectName(QStringLiteral("businessAddress"));
    m_businessAddress->setTabChangesFocus(true);
    m_businessAddress->setFixedHeight(m_businessAddress->fontMetrics().lineSpacing() * 3 + 12);
    businessForm->addRow(tr("&Address"), m_businessAddress);
    m_businessPhone = new QLineEdit(business);
    m_businessPhone->setObjectName(QStringLiteral("businessPhone"));
    m_businessPhone->setPlaceholderText(tr("e.g. 0812-3456-7890"));
    businessForm->addRow(tr("&Phone"), m_businessPhone);
    auto* printedHint = new QLabel(
        tr("Printed at the top of reports, customer record cards and sales target sheets."),
        business);
    printedHint->setObjectName(QStringLiteral("hint"));
    businessForm->addRow(QString(), printedHint);

    auto* display = new QGroupBox(tr("Display"), this);
    auto* displayForm = new QFormLayout(display);
    m_language = new QComboBox(display);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Follow the computer"), QString());
    m_language->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    displayForm->addRow(tr("&Language"), m_language);
    auto* languageHint =
        new QLabel(tr("A new language shows the next time Setia starts."), display);
    languageHint->setObjectName(QStringLiteral("hint"));
    displayForm->addRow(QString(), languageHint);

    auto* dataGroup = new DataSafetyBox(safety, prompter, databaseInfo, this);
    connect(dataGroup, &DataSafetyBox::restored, this, &SettingsView::dataRestored);

    auto* saveButton = new QPushButton(tr("&Save settings"), this);
    saveButton->setObjectName(QStringLiteral("primaryButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("hint"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(saveButton);

    // Stamp cards and business rules are saved as they are changed; the rest with the Save
    // button below them.
    auto* column = new QVBoxLayout;
    column->setSpacing(16);
    column->addWidget(title);
    column->addWidget(business);
    column->addWidget(display);
    m_templates = new MessageTemplatesBox(this);
    column->addWidget(m_templates);
    column->addWidget(new StampCardsBox(stampCards, prompter, this), 1);
    m_loyalty = new LoyaltySettingsBox(this);
    auto* second = new QVBoxLayout;
    second->setSpacing(16);
    m_titleGap =
        title->sizeHint().height() + 16; // the second column starts level with the first box
    second->addSpacing(m_titleGap);
    second->addWidget(m_loyalty);
    m_segmentation = new SegmentationSettingsBox(this);
    second->addWidget(m_segmentation);
    m_complaints = new ComplaintSettingsBox(this);
    second->addWidget(m_complaints);
    second->addWidget(new BusinessRulesBox(businessRules, prompter, this));
    second->addWidget(new ReceiptPrinterBox(prompter, this));
    second->addWidget(dataGroup);
    second->addStretch();
    // The page scrolls when the window is smaller than all the settings.
    auto* page = new QWidget(this);
    m_columns = new QHBoxLayout(page);
    m_columns->setContentsMargins(24, 20, 24, 20);
    m_columns->setSpacing(24);
    m_columns->addLayout(column, 1);
    m_columns->addLayout(second, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(page);
    // The Save button below the page, always in sight however far it scrolls.
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("settingsBar"));
    buttons->setContentsMargins(24, 8, 24, 12);
    bar->setLayout(buttons);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(scroll, 1);
    outer->addWidget(bar);

    connect(saveButton, &QPushButton::clicked, this, &SettingsView::save);
    load();
}

void SettingsView::load()
{
    m_language->setCurrentIndex(qMax(0, m_language->findData(Translations::storedChoice())));
    auto profile = m_settings.businessProfile();
    if (!profile) {
        m_status->setText(profile.error().message());
        return;
    }
    m_businessName->setText(profile->name);
    m_businessAddress->setPlainText(profile->address);
    m_businessPhone->setText(profile->phone);
    auto loyalty = m_settings.loyaltySettings();
    if (!loyalty) {
        m_status->setText(loyalty.error().message());
        return;
    }
    m_loyalty->setSettings(*loyalty);
    auto segmentation = m_settings.segmentationRules();
    if (!segmentation) {
        m_status->setText(segmentation.error().message());
        return;
    }
    m_segmentation->setRules(*segmentation);
    auto complaints = m_settings.complaintRules();
    if (!complaints) {
        m_status->setText(complaints.error().message());
        return;
    }
    m_complaints->setRules(*complaints);
    auto templates = m_settings.messageTemplates();
    if (!templates) {
        m_status->setText(templates.error().message());
        return;
    }
    m_templates->setTemplates(*templates);
}

void SettingsView::save()
{
    const BusinessProfile profile{m_businessName->text(), m_businessAddress->toPlainText(),
                                  m_businessPhone->text()};
    if (Status status = m_settings.setBusinessProfile(profile); !status) {
        m_prompter.warn(this, tr("Settings"), status.error().message());
        return;
    }
    if (Status status = m_settings.setLoyaltySettings(m_loyalty->settings()); !status) {
        m_prompter.warn(this, tr("Settings"), status.error().message());
        return;
    }
    if (Status status = m_settings.setSegmentationRules(m_segmentation->rules()); !status) {
        m_prompter.warn(this, tr("Settings"), status.error().message());
        return;
    }
    if (Status status = m_settings.setComplaintRules(m_complaints->rules()); !status) {
        m_prompter.warn(this, tr("Settings"), status.error().message());
        return;
    }
    if (Status status = m_settings.setMessageTemplates(m_templates->templates()); !status) {
        m_prompter.warn(this, tr("Settings"), status.error().message());
        return;
    }
    const QString language = m_language->currentData().toString();
    const bool languageChanged = language != Translations::storedChoice();
    Translations::storeChoice(language);
    m_status->setText(languageChanged ? tr("Saved. Restart Setia to see the new language.")
                                      : tr("Saved."));
}

void SettingsView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Side by side when both columns fit at their smallest, with the margins, the gap between
    // them and room for the scroll bar.
    const QMargins margins = m_columns->contentsMargins();
    const int sideBySide = m_columns->itemAt(0)->minimumSize().width() +
                           m_columns->itemAt(1)->minimumSize().width() + m_columns->spacing() +
                           margins.left() + margins.right() + 24;
    const bool narrow = width() < sideBySide;
    m_columns->setDirection(narrow ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    // One under the other, the second column sits right below the first, no title gap.
    if (auto* second = qobject_cast<QBoxLayout*>(m_columns->itemAt(1)->layout());
        second && second->count() > 0 && second->itemAt(0)->spacerItem()) {
        second->itemAt(0)->spacerItem()->changeSize(0, narrow ? 0 : m_titleGap);
        second->invalidate();
    }
}

} // namespace setia
