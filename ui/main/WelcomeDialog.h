#pragma once

#include "common/Result.h"
#include "domain/BusinessProfile.h"

#include <QDialog>

#include <functional>

class QLineEdit;

namespace setia {

class FormErrors;

// The first start of a new shop: what Setia is for in two lines, the business's name (and
// address and phone) for every receipt, kwitansi and report, and an offer to look around
// with demo data kept in a file of its own first. Where no database file is yet, it is the
// question before one is made: the details typed make the shop's file (`save` does).
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    // done() with this when the user chose to try the demo data.
    static constexpr int TryDemo = 2;

    // `save` keeps the business's details (making the shop's file first when there is none);
    // its error is shown in the dialog.
    WelcomeDialog(std::function<Status(const BusinessProfile&)> save, const QString& demoPath,
                  QWidget* parent = nullptr);

    // Saves the business's details and closes; a missing name is asked for.
    void accept() override;

private:
    std::function<Status(const BusinessProfile&)> m_save;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_phone = nullptr;
    FormErrors* m_errors = nullptr;
};

} // namespace setia
