#include "customers/MergeDialog.h"

#include "common/FormErrors.h"
#include "customers/CustomerTexts.h"
#include "customers/MergeJournalModel.h"
#include "domain/DisplayFormat.h"
#include "domain/Money.h"
#include "domain/PhoneNumber.h"
#include "services/MergeService.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <functional>

namespace setia {
namespace {

// One field of the side-by-side choice: how it reads, how the kept customer takes it from one
// side, and — for tags and notes — how it takes both.
struct Field
{
    const char* name;
    std::function<QString(const Customer&)> text;
    std::function<void(Customer& kept, const Customer& from)> take;
    std::function<void(Customer& kept, const Customer& a, const Customer& b)> both;
};

QString visitDays(const VisitDays& days)
{
    QStringList names;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        if (days.contains(day))
            names << customerTexts::shortDayName(day);
    return names.join(QStringLiteral(", "));
}

QString date(const QDate& day)
{
    return day.isValid() ? display::shortDate(day) : QString();
}

QStringList tagsOfBoth(const Customer& a, const Customer& b)
{
    QStringList tags = a.tags;
    for (const QString& tag : b.tags)
        if (!tags.contains(tag, Qt::CaseInsensitive))
            tags.append(tag);
    return tags;
}

QString notesOfBoth(const Customer& a, const Customer& b)
{
    if (a.notes.isEmpty() || a.notes == b.notes)
        return b.notes.isEmpty() ? a.notes : (a.notes.isEmpty() ? b.notes : a.notes);
    return b.notes.isEmpty() ? a.notes : a.notes + QLatin1Char('\n') + b.notes;
}

const QList<Field>& fields()
{
    static const QList<Field> all = {
        {QT_TRANSLATE_NOOP("setia::MergeDialog", "Name"),
         [](const Customer& c) { return c.name; },
         [](Customer& k, const Customer& f) { k.name = f.name; },
         {}},
        {QT_TRANSLATE_NOOP("setia::MergeDialog", "Kind"),
         [](const Customer& c) {
             return c.kind == CustomerKind::Business ? MergeDialog::tr("Business")
                                                     : MergeDialog::tr("Person");
         },
         [](Customer& k, const Customer& f) { k.kind = f.kind; },
         {}},
        {QT_TRANSLATE_NOOP("setia::MergeDialog", "Phone"),
         [](const Customer& c) {
             QString text = PhoneNumber::formatNational(c.phone);
             if (!c.phone.isEmpty() && !c.whatsApp)
                 text += MergeDialog::tr(" (no WhatsApp)");
             return text;
         },
         [](Customer& k, const Customer& f) {
             k.phone = f.phone;
             k.whatsApp = f.whatsApp;
         },
         {}},
        {QT_TRANSLATE_NOOP("setia::MergeDialog", "E-mail"),
         [](const Customer& c) { return c.email; },
         [](Customer& k, const Customer& f) { k.email = f.email; },
         {}},
        {QT_TRANSLATE_NOOP("setia::MergeDialog", "Address"),
         [](const Customer& c) { return c.address; },
         [](Customer& k, const Customer& f) { k.address = f.address; },
         {}},
        {QT_TRANSLATE_NOOP("setia::MergeDialog", "City"),
         [](const Customer& c) { return c.city; },
         [](Customer& k, const Customer& f) { k.city = f.city; },
         {}},
        {QT_TRANSLATE_NOOP("setia::MergeDialog", "Area"),
         [](const Customer& c) { return c.area; },
         [](Customer& k, const Customer& f) { k.area = f.area; },
         {}},
        {QT_TRANSLATE_NOOP("setia::MergeDialog", "Customer type"),
         [](const Customer& c) { return c.type; },
         [](Customer& k, const Customer& f) { k.type = f.type; },
         {}},
        {QT_TRANSLATE_NOOP("setia::MergeDialog", "Came through"),
         [](const Customer& c) { return customerTexts::sourceName(c.source); },
         [](Customer& k, const Customer& f) { k.source = f.source; },
         {}},
        {QT_TRANSLATE_NOOP("setia::MergeDialog", "Salesperson"),
         [](const Customer& c) { return c.salesperson; },
         [](Customer& k, const Customer& f) { k.salesperson = f.salesperson; },
         {}},
        {QT_TRANSLATE_NOOP("setia::MergeDialog", "Visit days"),
         [](const Customer& c) { return visitDays(c.visitDays); },
         [](Customer& k, const Customer& f) { k.visitDays = f.visitDays; },
         {}},
        {QT_TRANSLATE_NOOP("setia::MergeDialog", "Birthday"),
         [](const Customer& c) { return date(c.birthday); },
         [](Customer& k, const Customer& f) { k.birthday = f.birthday; },
         {}},
        {QT_TRANSLATE_NOOP("setia::MergeDialog", "Member since"),
         [](const Customer& c) { return date(c.joined); },
         [](Customer& k, const Customer& f) { k.joined = f.joined; },
         {}},
        {QT_TRANSLATE_NOOP("setia::MergeDialog", "Credit limit"),
         [](const Customer& c) { return money::format(c.creditLimit); },
         [](Customer& k, const Customer& f) { k.creditLimit = f.creditLimit; },
         {}},
        {QT_TRANSLATE_NOOP("setia::MergeDialog", "Payment terms"),
         [](const Customer& c) { return MergeDialog::tr("%1 days").arg(c.termsDays); },
         [](Customer& k, const Customer& f) { k.termsDays = f.termsDays; },
         {}},
        {QT_TRANSLATE_NOOP("setia::MergeDialog", "Tags"),
         [](const Customer& c) { return c.tags.join(QStringLiteral(", ")); },
         [](Customer& k, const Customer& f) { k.tags = f.tags; },
         [](Customer& k, const Customer& a, const Customer& b) { k.tags = tagsOfBoth(a, b); }},
        {QT_TRANSLATE_NOOP("setia::MergeDialog", "Notes"),
         [](const Customer& c) { return c.notes; },
         [](Customer& k, const Customer& f) { k.notes = f.notes; },
         [](Customer& k, const Customer& a, const Customer& b) { k.notes = notesOfBoth(a, b); }},
        {QT_TRANSLATE_NOOP("setia::MergeDialog", "Bad customer"),
         [](const Customer& c) {
             return c.bad ? MergeDialog::tr("Yes: %1").arg(c.badReason) : MergeDialog::tr("No");
         },
         [](Customer& k, const Customer& f) {
             k.bad = f.bad;
             k.badReason = f.badReason;
             k.badSince = f.badSince;
         },
         {}},
    };
    return all;
}

// The heading of a customer's column: their code, name and when they joined.
QString heading(const Customer& c)
{
    return QStringLiteral("<b>%1</b><br>%2").arg(c.code.toHtmlEscaped(), c.name.toHtmlEscaped());
}

} // namespace

MergeDialog::MergeDialog(MergeService& merges, Customer first, Customer second, QWidget* parent)
    : QDialog(parent)
    , m_merges(merges)
    , m_kept(std::move(first))
    , m_other(std::move(second))
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge two customers"));
    auto* intro = new QLabel(
        tr("Choose the customer to keep — their member code stays — and, where the two "
           "differ, whose details the kept customer takes. Every sale, payment, point and stamp "
           "of the other moves to the kept customer; the other is hidden, not deleted, and the "
           "merge can be undone in Customers → Duplicates → Merges."),
        this);
    intro->setWordWrap(true);
    auto* keepRow = new QHBoxLayout;
    keepRow->addWidget(new QLabel(tr("Keep:"), this));
    auto* keepGroup = new QButtonGroup(this);
    // The two stay where they are; the one checked is the one kept.
    for (const Customer* c : {&m_kept, &m_other}) {
        auto* button = new QRadioButton(c->code + QStringLiteral(" · ") + c->name, this);
        button->setObjectName(c == &m_kept ? QStringLiteral("keepFirst")
                                           : QStringLiteral("keepSecond"));
        button->setProperty("customerId", c->id);
        keepGroup->addButton(button);
        keepRow->addWidget(button);
        m_keep.append(button);
    }
    keepRow->addStretch();
    m_keep.first()->setChecked(true);
    connect(keepGroup, &QButtonGroup::buttonClicked, this, [this](QAbstractButton* button) {
        if (button->property("customerId").toLongLong() != m_kept.id)
            keepOther();
    });

    auto* fieldsHost = new QWidget(this);
    m_fields = new QGridLayout(fieldsHost);
    m_fields->setColumnStretch(1, 1);
    m_fields->setColumnStretch(2, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(fieldsHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_moves = new QLabel(this);
    m_moves->setObjectName(QStringLiteral("moves"));
    m_moves->setWordWrap(true);
    m_errors = new FormErrors(this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MergeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_errors);
    layout->addLayout(keepRow);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_moves);
    layout->addWidget(buttons);
    resize(820, 640);
    rebuild();
}

QStringList MergeDialog::fieldNames()
{
    QStringList names;
    for (const Field& field : fields())
        names << QLatin1String(field.name);
    return names;
}

void MergeDialog::keepOther()
{
    std::swap(m_kept, m_other);
    for (QRadioButton* button : std::as_const(m_keep))
        button->setChecked(button->property("customerId").toLongLong() == m_kept.id);
    rebuild();
}

void MergeDialog::rebuild()
{
    m_errors->clear();
    auto proposal = m_merges.proposal(m_kept.id, m_other.id);
    m_proposal = proposal ? *proposal : m_kept;
    if (!proposal)
        m_errors->showError(proposal.error().message(), {});

    while (QLayoutItem* item = m_fields->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    qDeleteAll(m_choices);
    m_choices.clear();
    auto* keptHead = new QLabel(tr("Kept") + QStringLiteral("<br>") + heading(m_kept));
    auto* otherHead = new QLabel(tr("Merged customer") + QStringLiteral("<br>") + heading(m_other));
    m_fields->addWidget(keptHead, 0, 1);
    m_fields->addWidget(otherHead, 0, 2);
    const QList<Field>& all = fields();
    for (int row = 0; row < all.size(); ++row) {
        const Field& field = all.at(row);
        const QString mine = field.text(m_kept);
        const QString theirs = field.text(m_other);
        const int line = row + 1;
        m_fields->addWidget(new QLabel(tr(field.name)), line, 0, Qt::AlignTop);
        if (mine == theirs) {
            auto* same = new QLabel(mine.isEmpty() ? tr("(empty in both)") : mine);
            same->setEnabled(false);
            same->setWordWrap(true);
            m_fields->addWidget(same, line, 1, 1, 2);
            m_choices.append(nullptr);
            continue;
        }
        auto* group = new QButtonGroup(this);
        const QString empty = tr("(empty)");
        for (int side = 0; side < 2; ++side) {
            const QString& text = side == 0 ? mine : theirs;
            auto* button = new QRadioButton(text.isEmpty() ? empty : text);
            button->setObjectName(QStringLiteral("field%1side%2").arg(row).arg(side));
            group->addButton(button, side);
            m_fields->addWidget(button, line, 1 + side, Qt::AlignTop);
        }
        if (field.both) {
            auto* button = new QRadioButton(tr("Both"));
            button->setObjectName(QStringLiteral("field%1side2").arg(row));
            group->addButton(button, 2);
            m_fields->addWidget(button, line, 3, Qt::AlignTop);
        }
        // What the proposal took: the kept customer's value, the other's, or both.
        int chosen = field.text(m_proposal) == theirs && !theirs.isEmpty() ? 1 : 0;
        if (field.both && field.text(m_proposal) != mine && field.text(m_proposal) != theirs)
            chosen = 2;
        group->button(chosen)->setChecked(true);
        m_choices.append(group);
    }
    m_fields->setRowStretch(int(all.size()) + 1, 1);

    auto rows = m_merges.rowsToMove(m_other.id);
    m_moves->setText(
        rows ? tr("Moves to %1: %2.").arg(m_kept.code, MergeJournalModel::movesText(*rows))
             : rows.error().message());
}

void MergeDialog::choose(int row, int side)
{
    if (row < 0 || row >= m_choices.size() || !m_choices.at(row))
        return;
    if (QAbstractButton* button = m_choices.at(row)->button(side))
        button->setChecked(true);
}

Customer MergeDialog::result() const
{
    Customer c = m_proposal; // consents as last recorded, id and code of the kept customer
    const QList<Field>& all = fields();
    for (int row = 0; row < all.size(); ++row) {
        const QButtonGroup* group = m_choices.value(row);
        const int side = group ? group->checkedId() : 0;
        if (side == 2 && all.at(row).both)
            all.at(row).both(c, m_kept, m_other);
        else
            all.at(row).take(c, side == 1 ? m_other : m_kept);
    }
    return c;
}

void MergeDialog::accept()
{
    m_errors->clear();
    auto merged = m_merges.merge(m_kept.id, m_other.id, result());
    if (!merged) {
        m_errors->showError(merged.error().message(), {});
        return;
    }
    m_done = *merged;
    QDialog::accept();
}

} // namespace setia
