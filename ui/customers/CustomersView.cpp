#include "customers/CustomersView.h"

#include "common/Clock.h"
#include "common/ProgressJob.h"
#include "common/UserPrompter.h"
#include "customers/CustomerCardDialog.h"
#include "customers/CustomerDialog.h"
#include "customers/CustomerListModel.h"
#include "customers/DuplicatesDialog.h"
#include "relationships/ContactActions.h"
#include "reports/MemberCardSheet.h"
#include "reports/SurveyCardSheet.h"
#include "services/BusinessRuleService.h"
#include "services/CustomerService.h"
#include "services/RuleSegmentService.h"
#include "services/SegmentService.h"
#include "services/SettingsService.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>

namespace setia {

CustomersView::CustomersView(const Services& services, UserPrompter& prompter, QWidget* parent)
    : ListPage(tr("Customers"), tr("Search name, phone, member code or city… (Ctrl+F)"), parent)
    , m_services(services)
    , m_prompter(prompter)
    , m_model(new CustomerListModel(services.customers, services.recordCard.followUps, this))
{
    setObjectName(QStringLiteral("customersView"));
    QPushButton* newButton = addPrimaryButton(tr("&New customer"), tr("Add a customer (Ctrl+N)"));
    m_showArchived = new QCheckBox(tr("Show &archived"), this);
    m_openButton = new QPushButton(tr("&Open"), this);
    m_openButton->setToolTip(tr("The selected customer's record card: every purchase and "
                                "payment, and what they owe (Enter)"));
    m_editButton = new QPushButton(QIcon(QStringLiteral(":/icons/edit.png")), tr("&Edit"), this);
    m_editButton->setToolTip(tr("Change the selected customer's details (Ctrl+E)"));
    m_archiveButton = new QPushButton(this);
    m_cardsButton = new QPushButton(tr("&Cards"), this);
    m_cardsButton->setObjectName(QStringLiteral("memberCards"));
    m_cardsButton->setToolTip(
        tr("For the customers the list shows: member cards, ten to an A4 page, or survey "
           "cards, four to a page — printed or as a PDF"));
    auto* duplicates = new QPushButton(tr("&Duplicates…"), this);
    duplicates->setObjectName(QStringLiteral("duplicates"));
    duplicates->setToolTip(tr("Customers who may be one person (same phone, names alike): "
                              "merge them, or undo a merge"));
    m_segment = new QComboBox(this);
    m_segment->setObjectName(QStringLiteral("segmentFilter"));
    m_segment->setToolTip(tr("Only the customers of a saved segment (made in Segments)"));
    m_segment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addFilter(m_segment);
    addFilter(m_showArchived);
    // With the filters, which concern the whole list: the tools row keeps room for the search
    // on a 1024 × 768 screen.
    addFilter(duplicates);
    addTool(m_openButton);
    addTool(m_editButton);
    addTool(m_archiveButton);
    addTool(m_cardsButton);
    const CustomerCardDialog::Services& card = services.recordCard;
    m_contacts = new ContactActions(
        {card.interactions, card.followUps, card.whatsApp, services.clock}, prompter,
        [this] {
            const int row = chosenRow();
            if (row < 0 || row >= m_model->rowCount())
                return ContactActions::Target{};
            return ContactActions::Target{
                m_model->customerId(row), m_model->rowAt(row).name, {}, {}, {}};
        },
        this);
    m_contactButton = m_contacts->menuButton(this);
    addTool(m_contactButton);
    // The name takes what the other columns leave; those keep widths that fit their data.
    setModel(m_model, CustomerListModel::Name, {90, 0, 130, 110, 140, 80, 130, 110},
             CustomerListModel::Name);
    setNarrowHidden({CustomerListModel::Joined, CustomerListModel::Area,
                     CustomerListModel::Salesperson, CustomerListModel::Type});
    setEmptyHint(emptyHint(m_model->filter()));

    connect(addShortcut(QKeySequence::Find, tr("Find customer")), &QAction::triggered, this,
            &CustomersView::focusSearchField);
    connect(addShortcut(QKeySequence::New, tr("New customer")), &QAction::triggered, this,
            &CustomersView::newCustomer);
    connect(addShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), tr("Edit customer")),
            &QAction::triggered, this, [this] { editRow(chosenRow()); });
    connect(searchField(), &QLineEdit::textChanged, this, &CustomersView::applyFilter);
    connect(m_showArchived, &QCheckBox::toggled, this, &CustomersView::applyFilter);
    connect(m_segment, &QComboBox::activated, this, &CustomersView::applySegment);
    connect(newButton, &QPushButton::clicked, this, &CustomersView::newCustomer);
    connect(m_openButton, &QPushButton::clicked, this, [this] { openRow(chosenRow()); });
    connect(m_editButton, &QPushButton::clicked, this, [this] { editRow(chosenRow()); });
    connect(m_archiveButton, &QPushButton::clicked, this, &CustomersView::toggleArchived);
    connect(duplicates, &QPushButton::clicked, this, &CustomersView::showDuplicates);
    auto* cardsMenu = new QMenu(m_cardsButton);
    connect(cardsMenu->addAction(tr("&Print member cards…")), &QAction::triggered, this, [this] {
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Print member cards"));
        if (dialog.exec() == QDialog::Accepted)
            printMemberCards(printer);
    });
    connect(cardsMenu->addAction(tr("Save member cards as P&DF…")), &QAction::triggered, this,
            &CustomersView::saveMemberCards);
    cardsMenu->addSeparator();
    connect(cardsMenu->addAction(tr("Print &survey cards…")), &QAction::triggered, this, [this] {
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Print survey cards"));
        if (dialog.exec() == QDialog::Accepted)
            printSurveyCards(printer);
    });
    connect(cardsMenu->addAction(tr("Save survey cards as PD&F…")), &QAction::triggered, this,
            &CustomersView::saveSurveyCards);
    m_cardsButton->setMenu(cardsMenu);
    connect(table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomersView::updateActions);
    // A rule that gave customers a salesperson changed the list's Salesperson column.
    connect(&services.rules, &BusinessRuleService::rulesFired, m_model, &CustomerListModel::reload);
    connect(m_model, &CustomerListModel::reloaded, this, &CustomersView::updateCount);
    connect(m_model, &CustomerListModel::reloaded, this, &CustomersView::updateActions);
    const auto warnLoad = [this](const QString& message) {
        m_prompter.warn(this, tr("Customers"), message);
    };
    connect(m_model, &CustomerListModel::loadFailed, this, warnLoad);
    // The first page was read as the model was made, before this connection.
    if (!m_model->failure().isEmpty())
        warnLoad(m_model->failure());

    updateCount();
    updateActions();
}

void CustomersView::newCustomer()
{
    Customer draft;
    draft.joined = m_services.clock.today();
    CustomerDialog dialog(m_services.customers, m_prompter, draft, this);
    if (dialog.exec() == QDialog::Accepted)
        selectCustomer(dialog.savedCustomer().id);
}

int CustomersView::chosenRow() const
{
    const int row = currentRow();
    return row < 0 && m_model->rowCount() == 1 ? 0 : row;
}

void CustomersView::editRow(int row)
{
    const qint64 id = m_model->customerId(row);
    if (id == 0)
        return;
    auto customer = m_services.customers.find(id);
    if (!customer || !customer->has_value()) {
        m_prompter.warn(this, tr("Customers"),
                        customer ? tr("This customer no longer exists.")
                                 : customer.error().message());
        return;
    }
    CustomerDialog dialog(m_services.customers, m_prompter, **customer, this);
    if (dialog.exec() == QDialog::Accepted)
        selectCustomer(id);
}

void CustomersView::showDuplicates()
{
    DuplicatesDialog dialog(m_services.merges, m_services.customers, m_prompter, this);
    dialog.show();
    dialog.findDuplicates();
    dialog.exec();
}

void CustomersView::openRow(int row)
{
    const qint64 id = m_model->customerId(row);
    if (id == 0)
        return;
    CustomerCardDialog dialog(m_services.recordCard, m_prompter, id, this);
    if (dialog.load())
        dialog.exec();
}

std::optional<std::pair<BusinessProfile, QList<Customer>>>
CustomersView::cardsShown(const QString& title)
{
    auto total = m_model->totalCount();
    if (!total) {
        m_prompter.warn(this, title, total.error().message());
        return std::nullopt;
    }
    if (*total == 0 || *total > maxCards) {
        m_prompter.inform(this, title,
                          tr("The list shows %1 customers. Search for the ones whose cards to "
                             "print: up to %2 at a time.")
                              .arg(QLocale().toString(*total))
                              .arg(maxCards));
        return std::nullopt;
    }
    QList<Customer> members;
    PageRequest request;
    for (;;) {
        auto page = m_services.customers.page(m_model->filter(), CustomerSort::Name, request);
        if (!page) {
            m_prompter.warn(this, title, page.error().message());
            return std::nullopt;
        }
        for (const CustomerRow& row : std::as_const(*page)) {
            Customer member;
            member.id = row.id;
            member.code = row.code;
            member.name = row.name;
            members.append(member);
        }
        if (page->size() < request.limit)
            break;
        request.after = page->back().key;
    }
    auto business = m_services.settings.businessProfile();
    if (!business) {
        m_prompter.warn(this, title, business.error().message());
        return std::nullopt;
    }
    return std::pair{std::move(business).value(), std::move(members)};
}

void CustomersView::saveMemberCards()
{
    const auto cards = cardsShown(tr("Member cards"));
    if (!cards)
        return;
    const QString path =
        m_prompter.saveFileName(this, tr("Save member cards"),
                                QDir::home().filePath(tr("Member cards.pdf")), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status saved =
        ProgressJob::run(this, tr("Saving the member cards…"), [&](const PageProgress& progress) {
            return MemberCardSheet(cards->first).writePdf(cards->second, path, progress);
        });
    if (!saved) {
        if (saved.error().kind() != Error::Kind::Cancelled)
            m_prompter.warn(this, tr("Member cards"), saved.error().message());
        return;
    }
    m_prompter.fileSaved(this, tr("Member cards"), path,
                         tr("%1 member cards").arg(QLocale().toString(cards->second.size())));
}

void CustomersView::printMemberCards(QPrinter& printer)
{
    const auto cards = cardsShown(tr("Member cards"));
    if (!cards)
        return;
    const Status printed =
        ProgressJob::run(this, tr("Printing the member cards…"), [&](const PageProgress& progress) {
            return MemberCardSheet(cards->first).render(printer, cards->second, progress);
        });
    if (!printed && printed.error().kind() != Error::Kind::Cancelled)
        m_prompter.warn(this, tr("Member cards"), printed.error().message());
}

void CustomersView::saveSurveyCards()
{
    const auto cards = cardsShown(tr("Survey cards"));
    if (!cards)
        return;
    const QString path =
        m_prompter.saveFileName(this, tr("Save survey cards"),
                                QDir::home().filePath(tr("Survey cards.pdf")), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status saved =
        ProgressJob::run(this, tr("Saving the survey cards…"), [&](const PageProgress& progress) {
            return SurveyCardSheet(cards->first).writePdf(cards->second, path, progress);
        });
    if (!saved) {
        if (saved.error().kind() != Error::Kind::Cancelled)
            m_prompter.warn(this, tr("Survey cards"), saved.error().message());
        return;
    }
    m_prompter.fileSaved(this, tr("Survey cards"), path,
                         tr("%1 survey cards").arg(QLocale().toString(cards->second.size())));
}

void CustomersView::printSurveyCards(QPrinter& printer)
{
    const auto cards = cardsShown(tr("Survey cards"));
    if (!cards)
        return;
    const Status printed =
        ProgressJob::run(this, tr("Printing the survey cards…"), [&](const PageProgress& progress) {
            return SurveyCardSheet(cards->first).render(printer, cards->second, progress);
        });
    if (!printed && printed.error().kind() != Error::Kind::Cancelled)
        m_prompter.warn(this, tr("Survey cards"), printed.error().message());
}

void CustomersView::showEvent(QShowEvent* event)
{
    ListPage::showEvent(event);
    reloadSegments();
}

void CustomersView::reloadSegments()
{
    auto segments = m_services.ruleSegments.all();
    if (!segments) {
        m_prompter.warn(this, tr("Customers"), segments.error().message());
        return;
    }
    const qint64 chosen = m_segment->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_segment);
        m_segment->clear();
        m_segment->addItem(tr("All customers"), qint64(0));
        for (const RuleSegment& segment : std::as_const(*segments))
            m_segment->addItem(tr("Segment: %1").arg(segment.name), segment.id);
        m_segment->setCurrentIndex(qMax(0, m_segment->findData(chosen)));
    }
    if (chosen != 0 || m_subset.id() != 0)
        applySegment(); // the segment's members may have changed since
}

void CustomersView::applySegment()
{
    const qint64 segmentId = m_segment->currentData().toLongLong();
    CustomerSubset previous = std::move(m_subset);
    if (segmentId != 0) {
        auto subset = segmentSubset(segmentId);
        if (!subset) {
            m_prompter.warn(this, tr("Customers"), subset.error().message());
            m_segment->setCurrentIndex(0);
        } else {
            m_subset = std::move(subset).value();
        }
    }
    applyFilter();
    if (Status dropped = previous.drop(); !dropped)
        m_prompter.warn(this, tr("Customers"), dropped.error().message());
}

QString CustomersView::emptyHint(const CustomerFilter& filter)
{
    return filter.archived ? tr("No archived customers.")
           : filter.subset ? tr("Nobody in this segment today.")
                           : tr("No customers yet. Ctrl+N adds the first one; Import & export "
                                "brings in a list from a spreadsheet (CSV).");
}

void CustomersView::applyFilter()
{
    CustomerFilter filter{searchField()->text(), m_showArchived->isChecked()};
    filter.subset = m_subset.id();
    setEmptyHint(emptyHint(filter));
    m_model->setFilter(filter);
}

Result<CustomerSubset> CustomersView::segmentSubset(qint64 segmentId)
{
    auto segment = m_services.ruleSegments.find(segmentId);
    if (!segment)
        return segment.error();
    auto ids = m_services.segments.memberIds(segment->rule, m_services.clock.today());
    if (!ids)
        return ids.error();
    return m_services.customers.subset(*ids);
}

void CustomersView::updateCount()
{
    auto total = m_model->totalCount();
    if (!total) {
        countLabel()->setText(total.error().message());
        return;
    }
    const QString number = QLocale().toString(*total);
    if (m_model->filter().archived)
        countLabel()->setText(tr("%1 archived customers").arg(number));
    else if (!m_model->filter().search.trimmed().isEmpty())
        countLabel()->setText(tr("%1 customers found").arg(number));
    else
        countLabel()->setText(tr("%1 customers").arg(number));
}

void CustomersView::updateActions()
{
    const bool archived = m_model->filter().archived;
    const bool selected = chosenRow() >= 0;
    m_archiveButton->setText(archived ? tr("&Restore") : tr("A&rchive"));
    m_archiveButton->setIcon(QIcon(archived ? QStringLiteral(":/icons/restore.png")
                                            : QStringLiteral(":/icons/archive.png")));
    m_archiveButton->setToolTip(archived ? tr("Bring the selected customer back to the list")
                                         : tr("Hide the selected customer; nothing is deleted"));
    m_archiveButton->setEnabled(selected);
    m_openButton->setEnabled(selected);
    m_editButton->setEnabled(selected);
    m_contactButton->setEnabled(selected);
}

void CustomersView::toggleArchived()
{
    const int row = currentRow();
    const qint64 id = m_model->customerId(row);
    if (id == 0)
        return;
    const bool archive = !m_model->filter().archived;
    const QString name = m_model->rowAt(row).name;
    if (archive && !m_prompter.confirm(this, tr("Archive customer"),
                                       tr("Archive %1? The customer leaves the list but nothing is "
                                          "deleted; you can restore them under \"Show archived\".")
                                           .arg(name),
                                       tr("Archive"))) {
        return;
    }
    if (Status status = m_services.customers.setArchived(id, archive); !status)
        m_prompter.warn(this, tr("Customers"), status.error().message());
}

void CustomersView::selectCustomer(qint64 id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->customerId(row) == id) {
            table()->selectRow(row);
            table()->scrollTo(m_model->index(row, 0));
            return;
        }
    }
}

} // namespace setia
