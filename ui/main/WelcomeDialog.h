#pragma once

#include <QDialog>

class QLineEdit;

namespace setia {

class FormErrors;
class SettingsService;

// The first start of a new shop: what Setia is for in two lines, the business's name (and
// address and phone) for every receipt, kwitansi and report, and an offer to look around
// with demo data kept in a file of its own first.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    // done() with this when the user chose to try the demo data.
    static constexpr int TryDemo = 2;

    WelcomeDialog(SettingsService& settings, const QString& demoPath, QWidget* parent = nullptr);

    // Saves the business's details and closes; a missing name is asked for.
    void accept() override;

private:
    SettingsService& m_settings;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_phone = nullptr;
    FormErrors* m_errors = nullptr;
};

} // namespace setia
