#include "settings/ReceiptPrinterBox.h"

#include "common/UserPrompter.h"
#include "printing/ReceiptPrinter.h"
#include "reports/ReceiptText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace setia {

ReceiptPrinterBox::ReceiptPrinterBox(UserPrompter& prompter, QWidget* parent)
    : QGroupBox(tr("Receipt printer"), parent)
    , m_prompter(prompter)
{
    setObjectName(QStringLiteral("receiptPrinter"));
    const ReceiptPrinter::Choice choice = ReceiptPrinter::stored();
    m_printer = new QComboBox(this);
    m_printer->setObjectName(QStringLiteral("receiptPrinterName"));
    m_printer->addItem(tr("The computer's default printer"), QString());
    for (const QString& name : ReceiptPrinter::printers())
        m_printer->addItem(name, name);
    if (!choice.printer.isEmpty() && m_printer->findData(choice.printer) < 0)
        m_printer->addItem(tr("%1 (not found)").arg(choice.printer), choice.printer);
    m_printer->setCurrentIndex(std::max(0, m_printer->findData(choice.printer)));
    m_roll = new QComboBox(this);
    m_roll->setObjectName(QStringLiteral("receiptRoll"));
    m_roll->addItem(tr("58 mm roll (32 characters a line)"), 58);
    m_roll->addItem(tr("80 mm roll (48 characters a line)"), 80);
    m_roll->setCurrentIndex(choice.roll == ReceiptRoll::Mm80 ? 1 : 0);
    m_afterSale = new QCheckBox(tr("Print the receipt of every &counter sale"), this);
    m_afterSale->setObjectName(QStringLiteral("receiptAfterSale"));
    m_afterSale->setChecked(choice.afterCounterSale);
    auto* test = new QPushButton(tr("Print a &test receipt"), this);
    test->setObjectName(QStringLiteral("receiptTest"));
    auto* hint = new QLabel(tr("Kept on this computer: each counter can have its own printer. "
                               "Receipts print at once, without a dialog."),
                            this);
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);

    auto* form = new QFormLayout(this);
    form->addRow(tr("P&rinter"), m_printer);
    form->addRow(tr("R&oll"), m_roll);
    form->addRow(QString(), m_afterSale);
    form->addRow(QString(), test);
    form->addRow(QString(), hint);

    connect(m_printer, &QComboBox::currentIndexChanged, this, &ReceiptPrinterBox::store);
    connect(m_roll, &QComboBox::currentIndexChanged, this, &ReceiptPrinterBox::store);
    connect(m_afterSale, &QCheckBox::toggled, this, &ReceiptPrinterBox::store);
    connect(test, &QPushButton::clicked, this, &ReceiptPrinterBox::printTest);
}

void ReceiptPrinterBox::store()
{
    ReceiptPrinter::Choice choice;
    choice.printer = m_printer->currentData().toString();
    choice.roll =
        receiptRoll::fromMillimetres(m_roll->currentData().toInt()).value_or(ReceiptRoll::Mm58);
    choice.afterCounterSale = m_afterSale->isChecked();
    ReceiptPrinter::store(choice);
}

bool ReceiptPrinterBox::printTest()
{
    const ReceiptPrinter::Choice choice = ReceiptPrinter::stored();
    const int columns = receiptRoll::columns(choice.roll);
    QStringList lines = receiptText::centred(tr("Setia test receipt"), columns);
    lines += receiptText::rule(columns);
    lines += receiptText::wrapped(
        tr("When this line fits from edge to edge, the roll is set right:"), columns);
    lines += QString(columns, QLatin1Char('='));
    lines += receiptText::spread(
        tr("Printed"), QDateTime::currentDateTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
        columns);
    if (Status printed = ReceiptPrinter::print(lines, choice, tr("Setia test receipt")); !printed) {
        m_prompter.warn(this, tr("Receipt printer"), printed.error().message());
        return false;
    }
    return true;
}

} // namespace setia
