#include "agenda/TodayView.h"

#include "agenda/AgendaModel.h"
#include "common/BusyNote.h"
#include "common/Clock.h"
#include "common/DateEdit.h"
#include "common/ReportOutput.h"
#include "common/UserPrompter.h"
#include "complaints/TicketDialog.h"
#include "domain/AgendaTexts.h"
#include "relationships/CompleteFollowUpDialog.h"
#include "relationships/InteractionDialog.h"
#include "relationships/WhatsAppDialog.h"
#include "services/AgendaService.h"
#include "services/BusinessRuleService.h"
#include "services/CustomerService.h"
#include "services/FollowUpService.h"
#include "services/InteractionService.h"
#include "services/PaymentService.h"
#include "services/SaleService.h"
#include "services/SettingsService.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

#include <array>

namespace setia {

TodayView::TodayView(const Services& services, UserPrompter& prompter, QWidget* parent)
    : ListPage(tr("Today"), tr("Search name, member code or phone… (Ctrl+F)"), parent)
    , m_services(services)
    , m_prompter(prompter)
    , m_model(new AgendaModel(this))
{
    setObjectName(QStringLiteral("todayView"));
    m_day = new DateEdit(services.clock.today(), this);
    m_day->setObjectName(QStringLiteral("day"));
    m_day->setCalendarPopup(true);
    m_staff = new QComboBox(this);
    m_staff->setObjectName(QStringLiteral("staff"));
    m_staff->addItem(tr("Everyone"), QString());
    m_staff->setMinimumContentsLength(12);
    m_staff->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Every kind"), -1);
    for (AgendaKind kind : {AgendaKind::FollowUp, AgendaKind::Ticket, AgendaKind::Birthday,
                            AgendaKind::Receivable, AgendaKind::Touch})
        m_kind->addItem(AgendaTexts::kindName(kind), static_cast<int>(kind));

    m_logButton = new QPushButton(tr("&Log contact…"), this);
    m_logButton->setObjectName(QStringLiteral("logContact"));
    m_logButton->setToolTip(tr("Log a call, visit or message with the selected customer (Ctrl+L)"));
    m_doneButton = new QPushButton(tr("&Done…"), this);
    m_doneButton->setObjectName(QStringLiteral("followUpDone"));
    m_doneButton->setToolTip(tr("Mark the selected follow-up done, with its outcome (Ctrl+D)"));
    m_whatsAppButton = new QPushButton(tr("&WhatsApp…"), this);
    m_whatsAppButton->setObjectName(QStringLiteral("whatsApp"));
    m_whatsAppButton->setToolTip(tr("A message to the selected customer on WhatsApp (Alt+W)"));
    auto* printMenu = new QMenu(this);
    QAction* previewAction = printMenu->addAction(tr("Print pre&view…"));
    QAction* printAction = printMenu->addAction(tr("&Print…"));
    QAction* pdfAction = printMenu->addAction(tr("Save as P&DF…"));
    QAction* csvAction = printMenu->addAction(tr("Save as &CSV…"));
    QPushButton* print =
        addPrimaryButton(tr("&Print the list"), tr("The rows shown as the day's work list on A4"));
    print->setObjectName(QStringLiteral("printList"));
    print->setMenu(printMenu);

    addTool(m_day);
    addTool(m_logButton);
    addTool(m_doneButton);
    addTool(m_whatsAppButton);
    addFilter(m_staff);
    addFilter(m_kind);
    setModel(m_model, AgendaModel::Number, {48, 105, 85, 80, 0, 120, 330, 100}, AgendaModel::Name);
    setNarrowHidden({AgendaModel::Salesperson, AgendaModel::Phone, AgendaModel::Code}, 180);
    setEmptyHint(tr("Nothing to do on this day: no follow-up due, no birthday this week, no "
                    "credit falling due and nobody out of touch."));

    connect(addShortcut(QKeySequence::Find, tr("Find on the agenda")), &QAction::triggered, this,
            &TodayView::focusSearchField);
    connect(addShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), tr("Log contact")), &QAction::triggered,
            this, [this] { logContact(currentRow()); });
    connect(addShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), tr("Follow-up done")),
            &QAction::triggered, this, [this] { completeFollowUp(currentRow()); });
    connect(m_logButton, &QPushButton::clicked, this, [this] { logContact(currentRow()); });
    connect(m_doneButton, &QPushButton::clicked, this, [this] { completeFollowUp(currentRow()); });
    connect(previewAction, &QAction::triggered, this, &TodayView::previewList);
    connect(printAction, &QAction::triggered, this, [this] {
        QPrinter printer(QPrinter::HighResolution);
        printer.setDocName(tr("Work list %1").arg(m_model->day().toString(Qt::ISODate)));
        QPrintDialog choose(&printer, this);
        if (choose.exec() == QDialog::Accepted)
            printList(printer);
    });
    connect(pdfAction, &QAction::triggered, this, &TodayView::saveListPdf);
    connect(csvAction, &QAction::triggered, this, &TodayView::saveListCsv);
    connect(table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TodayView::updateButtons);
    connect(m_model, &AgendaModel::modelReset, this, &TodayView::updateCount);
    connect(searchField(), &QLineEdit::textChanged, m_model, &AgendaModel::setSearch);
    connect(m_day, &QDateEdit::dateChanged, this, &TodayView::reload);
    connect(m_staff, &QComboBox::activated, this, &TodayView::reload);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const int kind = m_kind->currentData().toInt();
        m_model->setKindFilter(kind < 0 ? std::nullopt
                                        : std::optional(static_cast<AgendaKind>(kind)));
    });

    // Whatever changes a customer's day changes the agenda; while hidden, it is read when
    // shown.
    const CustomerCardDialog::Services& card = services.recordCard;
    connect(&services.interactions, &InteractionService::interactionLogged, this,
            &TodayView::dataChanged);
    connect(&services.followUps, &FollowUpService::followUpsChanged, this, &TodayView::dataChanged);
    connect(&services.rules, &BusinessRuleService::rulesFired, this, &TodayView::dataChanged);
    connect(&services.recordCard.tickets, &TicketService::ticketsChanged, this,
            &TodayView::dataChanged);
    connect(&card.customers, &CustomerService::customerAdded, this, &TodayView::dataChanged);
    connect(&card.customers, &CustomerService::customerChanged, this, &TodayView::dataChanged);
    connect(&card.customers, &CustomerService::customersChanged, this, &TodayView::dataChanged);
    connect(&card.sales, &SaleService::saleRecorded, this, &TodayView::dataChanged);
    connect(&card.sales, &SaleService::saleVoided, this, &TodayView::dataChanged);
    connect(&card.sales, &SaleService::salesChanged, this, &TodayView::dataChanged);
    connect(&card.payments, &PaymentService::paymentRecorded, this, &TodayView::dataChanged);
    connect(&card.payments, &PaymentService::paymentVoided, this, &TodayView::dataChanged);
    connect(&card.payments, &PaymentService::paymentsChanged, this, &TodayView::dataChanged);
    updateButtons();
}

QString TodayView::chosenStaff() const
{
    return m_staff->currentData().toString();
}

bool TodayView::reload()
{
    m_stale = false;
    const QDate day = m_day->date();
    auto read = [&] {
        std::optional<BusyNote> busy;
        if (!m_services.agenda.isReady(day))
            busy.emplace(this, tr("Today"), tr("Working out the day's agenda…"));
        return m_services.agenda.forDay(day, chosenStaff());
    }();
    auto staff = m_services.agenda.staff(day);
    if (!read || !staff) {
        m_prompter.warn(this, tr("Today"),
                        !read ? read.error().message() : staff.error().message());
        return false;
    }
    const QString chosen = chosenStaff();
    m_staff->clear();
    m_staff->addItem(tr("Everyone"), QString());
    for (const QString& name : std::as_const(*staff))
        m_staff->addItem(name, name);
    const int at = m_staff->findData(chosen, Qt::UserRole, Qt::MatchFixedString);
    m_staff->setCurrentIndex(at < 0 ? 0 : at);
    m_model->setItems(std::move(read).value(), day);
    return true;
}

void TodayView::showEvent(QShowEvent* event)
{
    ListPage::showEvent(event);
    if (!m_stale)
        return;
    // The view paints first; the agenda is read right after.
    QTimer::singleShot(0, this, [this] {
        if (isVisible() && m_stale)
            reload();
    });
}

void TodayView::dataChanged()
{
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void TodayView::setDay(const QDate& day)
{
    m_day->setDate(day);
}

void TodayView::setStaff(const QString& staff)
{
    const int at = m_staff->findData(staff, Qt::UserRole, Qt::MatchFixedString);
    if (at < 0)
        m_staff->addItem(staff, staff);
    m_staff->setCurrentIndex(at < 0 ? m_staff->count() - 1 : at);
    reload();
}

void TodayView::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const AgendaItem item = m_model->itemAt(row);
    if (item.kind == AgendaKind::Ticket && item.ticketId > 0) {
        // A complaint past its deadline: its next step, not the customer's whole card.
        TicketDialog dialog(m_services.recordCard.tickets, m_services.clock, m_prompter,
                            item.ticketId, this);
        dialog.exec();
        return;
    }
    CustomerCardDialog dialog(m_services.recordCard, m_prompter, item.customerId, this);
    if (dialog.load())
        dialog.exec();
}

bool TodayView::logContact(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const AgendaItem item = m_model->itemAt(row);
    InteractionDialog dialog(m_services.interactions, item.customerId, item.name, {},
                             m_services.clock.now(), InteractionKind::Call, this);
    if (item.kind == AgendaKind::FollowUp)
        dialog.setSummary(item.task);
    return dialog.exec() == QDialog::Accepted;
}

bool TodayView::completeFollowUp(int row)
{
    if (row < 0 || row >= m_model->rowCount() || m_model->itemAt(row).kind != AgendaKind::FollowUp)
        return false;
    const AgendaItem item = m_model->itemAt(row);
    CompleteFollowUpDialog dialog(m_services.followUps, item.followUpId, item.task, this);
    return dialog.exec() == QDialog::Accepted;
}

bool TodayView::messageOnWhatsApp(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const AgendaItem item = m_model->itemAt(row);
    QString templateId;
    switch (item.kind) {
    case AgendaKind::Birthday:
        templateId = QStringLiteral("ulang_tahun");
        break;
    case AgendaKind::Receivable:
        templateId = QStringLiteral("pengingat_utang");
        break;
    case AgendaKind::Touch:
        templateId = QStringLiteral("kangen");
        break;
    case AgendaKind::FollowUp:
    case AgendaKind::Ticket:
        break;
    }
    WhatsAppDialog dialog(m_services.whatsApp, m_prompter, item.customerId, item.name, templateId,
                          this);
    return dialog.exec() == QDialog::Accepted;
}

void TodayView::updateButtons()
{
    const int row = currentRow();
    const bool any = row >= 0 && row < m_model->rowCount();
    m_logButton->setEnabled(any);
    m_whatsAppButton->setEnabled(any);
    m_doneButton->setEnabled(any && m_model->itemAt(row).kind == AgendaKind::FollowUp);
}

void TodayView::updateCount()
{
    std::array<int, 4> counts{};
    int late = 0;
    for (const AgendaItem& item : m_model->items()) {
        ++counts[std::size_t(item.kind)];
        if (item.kind == AgendaKind::FollowUp && AgendaTexts::isLate(item, m_model->day()))
            ++late;
    }
    const QLocale locale;
    countLabel()->setText(
        tr("%1 to do · follow-ups %2 (%3 late) · birthdays %4 · receivables %5 · out of touch %6")
            .arg(locale.toString(m_model->items().size()), locale.toString(counts[0]),
                 locale.toString(late), locale.toString(counts[1]), locale.toString(counts[2]),
                 locale.toString(counts[3])));
    updateButtons();
}

std::optional<ReportDocument> TodayView::listDocument()
{
    auto business = m_services.settings.businessProfile();
    if (!business) {
        m_prompter.warn(this, tr("Today"), business.error().message());
        return std::nullopt;
    }
    return AgendaService::dayList(m_model->shownItems(), m_model->day(), chosenStaff())
        .document(*business, m_services.clock.now());
}

void TodayView::previewList()
{
    if (const auto document = listDocument())
        reportOutput::preview(this, *document, Paper::A4, QPageLayout::Portrait, m_prompter);
}

QString TodayView::saveListPdf()
{
    const auto document = listDocument();
    if (!document)
        return {};
    return reportOutput::savePdf(this, *document, Paper::A4, QPageLayout::Portrait, m_prompter,
                                 tr("Work list %1.pdf").arg(m_model->day().toString(Qt::ISODate)));
}

bool TodayView::printList(QPrinter& printer)
{
    const auto document = listDocument();
    if (!document)
        return false;
    printer.setPageLayout(ReportDocument::pageLayout(Paper::A4, QPageLayout::Portrait));
    if (Status printed = document->render(printer); !printed) {
        m_prompter.warn(this, tr("Today"), printed.error().message());
        return false;
    }
    return true;
}

void TodayView::saveListCsv()
{
    const QList<AgendaItem> items = m_model->shownItems();
    reportOutput::saveCsv(
        this, tr("Save as CSV"), tr("Agenda %1.csv").arg(m_model->day().toString(Qt::ISODate)),
        [&items](CsvWriter& writer) { AgendaService::writeCsv(writer, items); }, m_prompter);
}

} // namespace setia
