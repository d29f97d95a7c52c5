#include "customers/CustomerCardDialog.h"

#include "common/Clock.h"
#include "common/UserPrompter.h"
#include "complaints/NewTicketDialog.h"
#include "customers/CardLedgerModel.h"
#include "customers/CustomerDialog.h"
#include "customers/CustomerSegmentPanel.h"
#include "customers/OpenSalesModel.h"
#include "customers/PaymentDialog.h"
#include "customers/PointsAdjustDialog.h"
#include "customers/PointsLedgerModel.h"
#include "customers/TimelinePanel.h"
#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "domain/PhoneNumber.h"
#include "domain/StatusNames.h"
#include "printing/ReceiptPrinter.h"
#include "reports/CustomerCardReport.h"
#include "reports/PaymentReceipt.h"
#include "sales/SaleDetailsDialog.h"
#include "sales/SaleDialog.h"
#include "services/CustomerCardService.h"
#include "services/CustomerService.h"
#include "services/LoyaltyService.h"
#include "services/PaymentService.h"
#include "services/ReceiptService.h"
#include "services/SaleService.h"
#include "services/SettingsService.h"
#include "surveys/SurveyAnswerDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace setia {

CustomerCardDialog::CustomerCardDialog(const Services& services, UserPrompter& prompter,
                                       qint64 customerId, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_prompter(prompter)
    , m_customerId(customerId)
    , m_ledger(new CardLedgerModel(this))
    , m_openSales(new OpenSalesModel(this))
    , m_points(new PointsLedgerModel(this))
{
    setObjectName(QStringLiteral("customerCard"));
    setWindowTitle(CustomerCardReport::tr("Customer record card"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("viewTitle"));
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableView(this);
    m_table->setModel(m_ledger);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setToolTip(tr("Enter or double-click: a sale shows its items and can be voided; "
                           "a payment can be voided"));
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { openEntry(index.row()); });
    const int widths[] = {90, 130, 0, 120, 120, 120};
    for (int column = 0; column < CardLedgerModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, widths[column]);
    m_table->horizontalHeader()->setSectionResizeMode(CardLedgerModel::Description,
                                                      QHeaderView::Stretch);

    auto* openTable = new QTableView(this);
    openTable->setModel(m_openSales);
    openTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    openTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    openTable->setAlternatingRowColors(true);
    openTable->verticalHeader()->hide();
    openTable->horizontalHeader()->setStretchLastSection(true);
    for (int column = 0; column < OpenSalesModel::ColumnCount; ++column)
        openTable->setColumnWidth(column, column == OpenSalesModel::Receipt ? 140 : 120);
    m_timeline = new TimelinePanel(
        {services.interactions, services.followUps, services.whatsApp, services.clock}, prompter,
        this);
    connect(m_timeline, &TimelinePanel::changed, this, &CustomerCardDialog::load);
    auto* tabs = new QTabWidget(this);
    tabs->addTab(m_table, tr("&Transactions"));
    tabs->addTab(m_timeline, tr("Time&line"));
    tabs->addTab(openTable, tr("Credit sales still &open"));
    auto* pointsPage = new QWidget(this);
    auto* pointsTable = new QTableView(pointsPage);
    pointsTable->setObjectName(QStringLiteral("pointsLedger"));
    pointsTable->setModel(m_points);
    pointsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    pointsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    pointsTable->setAlternatingRowColors(true);
    pointsTable->verticalHeader()->hide();
    pointsTable->horizontalHeader()->setStretchLastSection(true);
    for (int column = 0; column < PointsLedgerModel::Note; ++column)
        pointsTable->setColumnWidth(column, 110);
    auto* adjustButton = new QPushButton(tr("C&hange points…"), pointsPage);
    adjustButton->setObjectName(QStringLiteral("adjustPoints"));
    connect(adjustButton, &QPushButton::clicked, this, &CustomerCardDialog::adjustPoints);
    auto* pointsLayout = new QVBoxLayout(pointsPage);
    pointsLayout->setContentsMargins(0, 6, 0, 0);
    pointsLayout->addWidget(pointsTable, 1);
    pointsLayout->addWidget(adjustButton, 0, Qt::AlignLeft);
    tabs->addTab(pointsPage, tr("Poi&nts"));
    m_segments = new CustomerSegmentPanel(services.segments, this);
    tabs->addTab(m_segments, tr("Se&gments"));
    // Tiers and scores rank everyone: computed when the tab is first opened, not with the card.
    connect(tabs, &QTabWidget::currentChanged, this, [this, tabs](int index) {
        if (tabs->widget(index) == m_segments)
            m_segments->load(m_customerId, m_card.asOf);
    });

    m_totals = new QLabel(this);
    m_favourites = new QLabel(this);
    m_favourites->setWordWrap(true);
    m_aging = new QLabel(this);
    m_aging->setObjectName(QStringLiteral("aging"));
    for (QLabel* label : {m_totals, m_favourites, m_aging})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("paper"));
    for (Paper paper : {Paper::A4, Paper::F4, Paper::Letter})
        m_paper->addItem(paper::displayName(paper), static_cast<int>(paper));
    // One button for the card on paper, so that the row fits a 1024-pixel screen.
    auto* printMenu = new QMenu(this);
    QAction* previewAction = printMenu->addAction(tr("Print pre&view"));
    QAction* printAction = printMenu->addAction(tr("&Print…"));
    printAction->setShortcut(QKeySequence::Print);
    addAction(printAction);
    QAction* pdfAction = printMenu->addAction(tr("Save as P&DF…"));
    auto* printButton = new QPushButton(tr("Print the &card"), this);
    printButton->setObjectName(QStringLiteral("printCard"));
    printButton->setMenu(printMenu);
    auto* editButton =
        new QPushButton(QIcon(QStringLiteral(":/icons/edit.png")), tr("&Edit details…"), this);
    editButton->setObjectName(QStringLiteral("editDetails"));
    editButton->setToolTip(tr("Change name, phone, address, credit limit… (Ctrl+E)"));
    editButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    auto* saleButton = new QPushButton(tr("New &sale…"), this);
    saleButton->setObjectName(QStringLiteral("newSale"));
    saleButton->setToolTip(tr("Enter a sale for this customer (Ctrl+N)"));
    saleButton->setShortcut(QKeySequence::New);
    auto* payButton = new QPushButton(tr("Record p&ayment…"), this);
    payButton->setObjectName(QStringLiteral("primaryButton"));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Close"));
    // From anywhere on the card: a contact logged (a call unless told) or a follow-up made.
    auto* logAction = new QAction(this);
    logAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(logAction, &QAction::triggered, m_timeline, &TimelinePanel::logContact);
    auto* followAction = new QAction(this);
    followAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(followAction, &QAction::triggered, m_timeline, &TimelinePanel::newFollowUp);
    // A complaint of theirs, written down from the card.
    auto* complaintButton = new QPushButton(tr("Co&mplaint…"), this);
    complaintButton->setObjectName(QStringLiteral("newComplaint"));
    complaintButton->setToolTip(tr("Write down a complaint of this customer's (Ctrl+K)"));
    complaintButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(complaintButton, &QPushButton::clicked, this, &CustomerCardDialog::newComplaint);
    // Their answer to the survey, asked on the phone or read from a WhatsApp reply.
    auto* surveyButton = new QPushButton(tr("S&urvey…"), this);
    surveyButton->setObjectName(QStringLiteral("newSurveyAnswer"));
    surveyButton->setToolTip(tr("Record this customer's answer to the survey: would they "
                                "recommend us, how satisfied they were (Ctrl+U)"));
    surveyButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    connect(surveyButton, &QPushButton::clicked, this, &CustomerCardDialog::newSurveyAnswer);
    addActions({logAction, followAction});
    connect(previewAction, &QAction::triggered, this, &CustomerCardDialog::preview);
    connect(printAction, &QAction::triggered, this, &CustomerCardDialog::print);
    connect(pdfAction, &QAction::triggered, this, &CustomerCardDialog::savePdf);
    connect(payButton, &QPushButton::clicked, this, &CustomerCardDialog::recordPayment);
    connect(saleButton, &QPushButton::clicked, this, &CustomerCardDialog::newSale);
    connect(editButton, &QPushButton::clicked, this, &CustomerCardDialog::editDetails);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Paper"), this));
    actions->addWidget(m_paper);
    actions->addWidget(printButton);
    actions->addStretch();
    actions->addWidget(complaintButton);
    actions->addWidget(surveyButton);
    actions->addWidget(editButton);
    actions->addWidget(saleButton);
    actions->addWidget(payButton);
    actions->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_totals);
    layout->addWidget(m_favourites);
    layout->addWidget(m_aging);
    layout->addLayout(actions);
    resize(1000, 680);
}

bool CustomerCardDialog::newComplaint()
{
    NewTicketDialog dialog(m_services.tickets, m_prompter, {}, m_customerId, m_card.customer.name,
                           m_services.clock.now(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    load(); // its first step joins the timeline
    return true;
}

bool CustomerCardDialog::newSurveyAnswer()
{
    SurveyAnswerDialog dialog(m_services.surveys, m_services.clock, m_customerId,
                              m_card.customer.name, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    load(); // the answer joins the timeline
    return true;
}

bool CustomerCardDialog::load()
{
    auto card = m_services.cards.card(m_customerId, m_services.clock.today());
    if (!card) {
        m_prompter.warn(this, windowTitle(), card.error().message());
        return false;
    }
    m_card = std::move(card).value();
    const Customer& c = m_card.customer;
    m_title->setText(QStringLiteral("%1 · %2").arg(c.name, c.code));
    QStringList details;
    for (const QString& part : {PhoneNumber::formatNational(c.phone), c.address, c.city})
        if (!part.isEmpty())
            details.append(part);
    details.append(StatusNames::lifecycle(m_card.lifecycle) + QStringLiteral(" · ") +
                   CustomerCardReport::tr("credit %1")
                       .arg(StatusNames::creditStatus(m_card.receivable.status)));
    details.append(
        c.creditLimit == 0
            ? CustomerCardReport::tr("cash only")
            : tr("credit limit %1, %2 days").arg(money::format(c.creditLimit)).arg(c.termsDays));
    details.append(tr("%1 points").arg(display::count(m_card.points)));
    m_details->setText(details.join(QStringLiteral(" · ")));
    m_ledger->setEntries(m_card.entries);
    m_timeline->setCard(m_card);
    m_openSales->setSales(m_card.receivable.open);
    auto entries = m_services.loyalty.ledger(m_customerId, m_card.asOf);
    if (!entries) {
        m_prompter.warn(this, windowTitle(), entries.error().message());
        return false;
    }
    m_points->setEntries(std::move(entries).value());
    m_table->scrollToBottom();
    if (m_segments->isVisible())
        m_segments->load(m_customerId, m_card.asOf);

    m_totals->setText(
        tr("%1 purchases · total %2 · average %3 · first %4 · last %5 · owed %6")
            .arg(m_card.purchases)
            .arg(money::format(m_card.totalSpent), money::format(m_card.averageTicket),
                 display::shortDate(m_card.firstPurchase), display::shortDate(m_card.lastPurchase),
                 money::format(m_card.receivable.balance)));
    QStringList favourites;
    for (const FavouriteItem& item : std::as_const(m_card.favourites))
        favourites.append(QStringLiteral("%1 × %2").arg(item.quantity.toString(), item.name));
    m_favourites->setText(
        tr("Favourite items: %1")
            .arg(favourites.isEmpty() ? tr("none yet") : favourites.join(QStringLiteral(", "))));
    const Aging& a = m_card.receivable.aging;
    m_aging->setText(tr("Owed by days past due — not yet due %1 · 1–30: %2 · 31–60: %3 · "
                        "61–90: %4 · over 90: %5")
                         .arg(money::format(a.notYetDue), money::format(a.days1to30),
                              money::format(a.days31to60), money::format(a.days61to90),
                              money::format(a.over90)));
    return true;
}

void CustomerCardDialog::recordPayment()
{
    PaymentDialog dialog(m_services.payments, m_customerId, m_card.customer.name,
                         m_card.receivable.balance, m_services.clock.today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.wantsKwitansi())
        printKwitansi(dialog.savedPayment());
    if (dialog.wantsKwitansiA5()) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setDocName(tr("Kwitansi %1").arg(PaymentReceipt::number(dialog.savedPayment())));
        QPrintDialog choose(&printer, this);
        choose.setWindowTitle(tr("Print kwitansi"));
        if (choose.exec() == QDialog::Accepted)
            printKwitansiA5(dialog.savedPayment(), printer);
    }
    load();
}

bool CustomerCardDialog::printKwitansi(const Payment& payment)
{
    const ReceiptPrinter::Choice choice = ReceiptPrinter::stored();
    auto lines = m_services.receipts.paymentReceipt(payment, choice.roll);
    const Status printed =
        lines ? ReceiptPrinter::print(*lines, choice,
                                      tr("Kwitansi %1").arg(PaymentReceipt::number(payment)))
              : Status(lines.error());
    if (!printed) {
        m_prompter.warn(this, tr("Print kwitansi"),
                        tr("The payment is saved; its kwitansi was not printed: %1")
                            .arg(printed.error().message()));
        return false;
    }
    return true;
}

bool CustomerCardDialog::printKwitansiA5(const Payment& payment, QPrinter& printer)
{
    if (Status printed = m_services.receipts.paintKwitansiA5(payment, printer); !printed) {
        m_prompter.warn(this, tr("Print kwitansi"),
                        tr("The payment is saved; its kwitansi was not printed: %1")
                            .arg(printed.error().message()));
        return false;
    }
    return true;
}

void CustomerCardDialog::newSale()
{
    SaleDialog dialog(m_services.saleEntry, m_prompter, m_customerId, this);
    if (dialog.exec() == QDialog::Accepted)
        load();
}

void CustomerCardDialog::openEntry(int row)
{
    if (row < 0 || row >= m_ledger->rowCount())
        return;
    const CardEntry entry = m_ledger->entry(row);
    if (entry.kind == CardEntry::Kind::Sale) {
        auto sale = m_services.sales.find(entry.id);
        if (!sale || !*sale) {
            m_prompter.warn(this, windowTitle(),
                            sale ? tr("This sale no longer exists.") : sale.error().message());
            return;
        }
        SaleDetailsDialog details(m_services.sales, m_services.receipts, m_services.tickets,
                                  m_services.clock, m_prompter, **sale, m_card.customer.name, this);
        details.exec();
        load();
        return;
    }
    if (entry.voided) {
        m_prompter.inform(this, windowTitle(),
                          tr("This payment was voided: %1").arg(entry.voidReason));
        return;
    }
    const QString reason = m_prompter.askText(
        this, tr("Void payment"),
        tr("Void the payment of %1 on %2? It stays on the card, marked, and no longer counts. "
           "Why is it voided?")
            .arg(money::format(entry.paid), display::shortDate(entry.at.date())),
        tr("Void payment"));
    if (reason.isEmpty())
        return;
    if (Status voided = m_services.payments.voidPayment(entry.id, reason); !voided) {
        m_prompter.warn(this, windowTitle(), voided.error().message());
        return;
    }
    load();
}

void CustomerCardDialog::adjustPoints()
{
    PointsAdjustDialog dialog(m_services.loyalty, m_customerId, m_card.points, this);
    if (dialog.exec() == QDialog::Accepted)
        load();
}

void CustomerCardDialog::editDetails()
{
    CustomerDialog dialog(m_services.customers, m_prompter, m_card.customer, this);
    if (dialog.exec() == QDialog::Accepted)
        load();
}

Paper CustomerCardDialog::paper() const
{
    return static_cast<Paper>(m_paper->currentData().toInt());
}

std::optional<ReportDocument> CustomerCardDialog::document()
{
    auto business = m_services.settings.businessProfile();
    if (!business) {
        m_prompter.warn(this, windowTitle(), business.error().message());
        return std::nullopt;
    }
    return CustomerCardReport::build(m_card, *business, m_services.clock.now());
}

void CustomerCardDialog::renderTo(QPrinter& printer)
{
    if (auto doc = document()) {
        if (Status status = doc->render(printer); !status)
            m_prompter.warn(this, windowTitle(), status.error().message());
    }
}

void CustomerCardDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportDocument::pageLayout(paper(), QPageLayout::Portrait));
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter* target) { renderTo(*target); });
    dialog.exec();
}

void CustomerCardDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportDocument::pageLayout(paper(), QPageLayout::Portrait));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        renderTo(printer);
}

QString CustomerCardDialog::savePdf()
{
    const QString suggested =
        QDir::home().filePath(tr("Record card %1.pdf").arg(m_card.customer.code));
    const QString path =
        m_prompter.saveFileName(this, tr("Save record card as PDF"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return {};
    auto doc = document();
    if (!doc)
        return {};
    if (Status status = doc->writePdf(path, paper(), QPageLayout::Portrait); !status) {
        m_prompter.warn(this, windowTitle(), status.error().message());
        return {};
    }
    m_prompter.fileSaved(this, windowTitle(), path, {});
    return path;
}

} // namespace setia
