#include "printing/ReceiptPrinter.h"

#include <QPrinter>
#include <QPrinterInfo>
#include <QSettings>

namespace setia {
namespace {

const QString printerKey = QStringLiteral("receipts/printer");
const QString rollKey = QStringLiteral("receipts/roll_mm");
const QString afterSaleKey = QStringLiteral("receipts/after_counter_sale");

} // namespace

ReceiptPrinter::Choice ReceiptPrinter::stored()
{
    const QSettings settings;
    Choice choice;
    choice.printer = settings.value(printerKey).toString();
    choice.roll = receiptRoll::fromMillimetres(settings.value(rollKey, 58).toInt())
                      .value_or(ReceiptRoll::Mm58);
    choice.afterCounterSale = settings.value(afterSaleKey, false).toBool();
    return choice;
}

void ReceiptPrinter::store(const Choice& choice)
{
    QSettings settings;
    settings.setValue(printerKey, choice.printer);
    settings.setValue(rollKey, receiptRoll::millimetres(choice.roll));
    settings.setValue(afterSaleKey, choice.afterCounterSale);
}

QStringList ReceiptPrinter::printers()
{
    return QPrinterInfo::availablePrinterNames();
}

Status ReceiptPrinter::print(const QStringList& lines, const Choice& choice, const QString& title)
{
    return print(choice, title, [&](QPagedPaintDevice& device) {
        return receiptRoll::print(lines, choice.roll, device);
    });
}

Status ReceiptPrinter::print(const Choice& choice, const QString& title,
                             const std::function<Status(QPagedPaintDevice&)>& paint)
{
    const QString name =
        choice.printer.isEmpty() ? QPrinterInfo::defaultPrinterName() : choice.printer;
    if (name.isEmpty() || QPrinterInfo::printerInfo(name).isNull())
        return Error(Error::Kind::Io,
                     choice.printer.isEmpty()
                         ? tr("No printer is set up on this computer. Add the receipt printer "
                              "to the system, then choose it in Settings.")
                         : tr("The receipt printer %1 is not available. Switch it on and "
                              "connect it, or choose another printer in Settings.")
                               .arg(choice.printer));
    QPrinter printer(QPrinter::HighResolution);
    printer.setPrinterName(name);
    prepare(printer, title);
    return paint(printer);
}

Status ReceiptPrinter::print(const QStringList& lines, ReceiptRoll roll, const QString& title,
                             QPrinter& printer)
{
    prepare(printer, title);
    return receiptRoll::print(lines, roll, printer);
}

void ReceiptPrinter::prepare(QPrinter& printer, const QString& title)
{
    printer.setDocName(title);
    printer.setFullPage(true); // the roll's page carries its own margins
}

} // namespace setia
