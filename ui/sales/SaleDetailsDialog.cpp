#include "sales/SaleDetailsDialog.h"

#include "common/Clock.h"
#include "common/UserPrompter.h"
#include "complaints/NewTicketDialog.h"
#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "printing/ReceiptPrinter.h"
#include "services/ReceiptService.h"
#include "services/SaleService.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace setia {

SaleDetailsDialog::SaleDetailsDialog(SaleService& sales, const ReceiptService& receipts,
                                     TicketService& tickets, const Clock& clock,
                                     UserPrompter& prompter, const Sale& sale,
                                     const QString& customerName, QWidget* parent)
    : QDialog(parent)
    , m_sales(sales)
    , m_receipts(receipts)
    , m_tickets(tickets)
    , m_clock(clock)
    , m_prompter(prompter)
    , m_sale(sale)
    , m_customerName(customerName)
{
    setObjectName(QStringLiteral("saleDetailsDialog"));
    setWindowTitle(tr("Sale %1").arg(sale.receipt));
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("saleHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lines = new QTableWidget(0, 6, this);
    m_lines->setObjectName(QStringLiteral("saleLines"));
    m_lines->setHorizontalHeaderLabels(
        {tr("SKU"), tr("Item"), tr("Qty"), tr("Price"), tr("Discount"), tr("Amount")});
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("saleTotals"));
    m_totals->setAlignment(Qt::AlignRight);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_voidButton = buttons->addButton(tr("&Void sale…"), QDialogButtonBox::ActionRole);
    m_voidButton->setToolTip(tr("Mark the sale as voided, with a reason; it stays on record"));
    m_voidButton->setAutoDefault(false);
    auto* print = buttons->addButton(tr("&Print receipt"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printReceipt"));
    print->setToolTip(
        tr("Print the receipt again on this computer's receipt printer, marked as a copy"));
    print->setAutoDefault(false);
    connect(print, &QPushButton::clicked, this, &SaleDetailsDialog::printReceipt);
    auto* complaint = buttons->addButton(tr("Co&mplaint…"), QDialogButtonBox::ActionRole);
    complaint->setObjectName(QStringLiteral("complain"));
    complaint->setToolTip(sale.customerId == 0
                              ? tr("A walk-in buyer's sale: add the buyer as a customer first, "
                                   "so the shop can answer them")
                              : tr("Write down a complaint about this sale, or the item selected"));
    complaint->setEnabled(sale.customerId != 0);
    complaint->setAutoDefault(false);
    connect(complaint, &QPushButton::clicked, this, &SaleDetailsDialog::complain);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_voidButton, &QPushButton::clicked, this, &SaleDetailsDialog::voidSale);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_totals);
    layout->addWidget(buttons);
    resize(720, 460);
    showSale();
}

bool SaleDetailsDialog::voidSale()
{
    const QString reason = m_prompter.askText(
        this, tr("Void sale %1").arg(m_sale.receipt),
        tr("Why is this sale voided? (for example: entered twice, goods returned)"),
        tr("Void sale"));
    if (reason.isEmpty())
        return false;
    if (Status voided = m_sales.voidSale(m_sale.id, reason); !voided) {
        m_prompter.warn(this, tr("Void sale"), voided.error().message());
        return false;
    }
    if (auto reread = m_sales.find(m_sale.id); reread && *reread)
        m_sale = **reread;
    showSale();
    return true;
}

void SaleDetailsDialog::showSale()
{
    QStringList header;
    header.append(QStringLiteral("<b>%1</b> · %2 %3")
                      .arg(m_sale.receipt.toHtmlEscaped(), display::shortDate(m_sale.soldAt.date()),
                           m_sale.soldAt.time().toString(QStringLiteral("HH:mm"))));
    header.append(m_sale.customerId == 0 ? tr("Walk-in buyer") : m_customerName.toHtmlEscaped());
    header.append(m_sale.payment == PaymentKind::Credit
                      ? tr("Credit, due %1").arg(display::shortDate(m_sale.dueDate))
                      : tr("Cash"));
    if (!m_sale.note.isEmpty())
        header.append(tr("Note: %1").arg(m_sale.note.toHtmlEscaped()));
    if (m_sale.voided)
        header.append(QStringLiteral("<span style='color:#b42318'>%1</span>")
                          .arg(tr("Voided on %1: %2")
                                   .arg(display::shortDate(m_sale.voidedAt.date()),
                                        m_sale.voidReason.toHtmlEscaped())));
    m_header->setText(header.join(QStringLiteral("<br>")));

    m_lines->setRowCount(static_cast<int>(m_sale.lines.size()));
    for (int row = 0; row < m_sale.lines.size(); ++row) {
        const SaleLine& line = m_sale.lines.at(row);
        const QStringList cells = {line.sku,
                                   line.productName,
                                   line.quantity.toString(),
                                   money::formatPlain(line.unitPrice),
                                   line.discount > 0 ? money::formatPlain(line.discount)
                                                     : QString(),
                                   money::formatPlain(line.amount)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_lines->setItem(row, column, item);
        }
    }
    m_lines->resizeColumnToContents(0);
    QString totals = QStringLiteral("<big><b>%1</b></big>")
                         .arg(tr("Total %1").arg(money::format(m_sale.revenue)));
    if (m_sale.discount > 0)
        totals.prepend(tr("Items %1 − discount %2")
                           .arg(money::format(m_sale.linesTotal), money::format(m_sale.discount)) +
                       QStringLiteral("<br>"));
    m_totals->setText(totals);
    m_voidButton->setEnabled(!m_sale.voided);
}

bool SaleDetailsDialog::complain()
{
    if (m_sale.customerId == 0)
        return false;
    NewTicketDialog dialog(m_tickets, m_prompter, {}, m_sale.customerId, m_customerName,
                           m_clock.now(), this);
    const int selected = m_lines->currentRow();
    dialog.setSale(NewTicketDialog::SaleChoice::of(m_sale), selected >= 0 ? selected + 1 : 0);
    return dialog.exec() == QDialog::Accepted;
}

bool SaleDetailsDialog::printReceipt()
{
    const ReceiptPrinter::Choice choice = ReceiptPrinter::stored();
    auto lines = m_receipts.saleReceipt(m_sale.id, choice.roll, true);
    const Status printed =
        lines ? ReceiptPrinter::print(*lines, choice, tr("Receipt %1").arg(m_sale.receipt))
              : Status(lines.error());
    if (!printed) {
        m_prompter.warn(this, tr("Print receipt"), printed.error().message());
        return false;
    }
    return true;
}

} // namespace setia
