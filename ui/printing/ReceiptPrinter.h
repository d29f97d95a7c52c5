#pragma once

#include "common/Result.h"
#include "reports/ReceiptRoll.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QPagedPaintDevice;
class QPrinter;

namespace setia {

// The receipt printer of this PC and printing on it. The choice is kept in the user's
// settings, not in the shop's file: each counter PC has a printer of its own.
class ReceiptPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptPrinter)

public:
    struct Choice
    {
        QString printer; // a print queue's name; empty: the system's default printer
        ReceiptRoll roll = ReceiptRoll::Mm58;
        bool afterCounterSale = false; // print every counter sale's receipt once saved
    };

    static Choice stored();
    static void store(const Choice& choice);
    // The print queues of this PC.
    static QStringList printers();

    // Prints `lines` on the chosen printer, straight away (no dialog): the cashier's
    // receipt. `title` names the job in the print queue.
    static Status print(const QStringList& lines, const Choice& choice, const QString& title);
    // Anything that paints itself on a paged device (a member slip), on the chosen printer.
    static Status print(const Choice& choice, const QString& title,
                        const std::function<Status(QPagedPaintDevice&)>& paint);
    // The same on a printer already set up (a queue, or QPrinter's own PDF output).
    static Status print(const QStringList& lines, ReceiptRoll roll, const QString& title,
                        QPrinter& printer);

private:
    // The job's name in the queue, and the whole page for the document to lay out.
    static void prepare(QPrinter& printer, const QString& title);
};

} // namespace setia
