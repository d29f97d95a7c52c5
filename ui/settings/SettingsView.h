#pragma once

#include "settings/BusinessRulesBox.h"
#include "settings/StampCardsBox.h"

#include <QWidget>

class QBoxLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace setia {

class DataSafetyService;
class LoyaltySettingsBox;
class MessageTemplatesBox;
class ComplaintSettingsBox;
class SegmentationSettingsBox;
class SettingsService;
class UserPrompter;

// Settings: the language of this PC's user, the business details printed on reports, the
// loyalty rules, the stamp cards, the WhatsApp message templates, the business rules, the
// receipt printer and the data's safety (backups, restore, check).
class SettingsView : public QWidget
{
    Q_OBJECT

public:
    // `databaseInfo` is shown as is (the file in use and its data version).
    SettingsView(SettingsService& settings, const StampCardsBox::Services& stampCards,
                 const BusinessRulesBox::Services& businessRules, DataSafetyService& safety,
                 UserPrompter& prompter, const QString& databaseInfo, QWidget* parent = nullptr);

    void save();

Q_SIGNALS:
    // A backup was restored in place of the data: everything shown must be read again.
    void dataRestored();

protected:
    // Two columns side by side on a wide window, one under the other on a narrow one.
    void resizeEvent(QResizeEvent* event) override;

private:
    void load();

    SettingsService& m_settings;
    UserPrompter& m_prompter;
    QComboBox* m_language = nullptr;
    QLineEdit* m_businessName = nullptr;
    QPlainTextEdit* m_businessAddress = nullptr;
    QLineEdit* m_businessPhone = nullptr;
    LoyaltySettingsBox* m_loyalty = nullptr;
    SegmentationSettingsBox* m_segmentation = nullptr;
    ComplaintSettingsBox* m_complaints = nullptr;
    MessageTemplatesBox* m_templates = nullptr;
    QLabel* m_status = nullptr;
    QBoxLayout* m_columns = nullptr;
    int m_titleGap = 0;
};

} // namespace setia
