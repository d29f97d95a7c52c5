#pragma once

#include <QGroupBox>

class QCheckBox;
class QComboBox;

namespace setia {

class UserPrompter;

// Settings → the receipt printer of this PC: which print queue, which roll (58 or 80 mm),
// and whether every counter sale prints its receipt. Kept as it is changed; a test receipt
// shows the choice works.
class ReceiptPrinterBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit ReceiptPrinterBox(UserPrompter& prompter, QWidget* parent = nullptr);

    // Prints a short test receipt on the chosen printer; false (and a message) when it fails.
    bool printTest();

private:
    void store();

    UserPrompter& m_prompter;
    QComboBox* m_printer = nullptr;
    QComboBox* m_roll = nullptr;
    QCheckBox* m_afterSale = nullptr;
};

} // namespace setia
