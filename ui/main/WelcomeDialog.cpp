#include "main/WelcomeDialog.h"

#include "common/FormErrors.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace setia {

WelcomeDialog::WelcomeDialog(std::function<Status(const BusinessProfile&)> save,
                             const QString& demoPath, QWidget* parent)
    : QDialog(parent)
    , m_save(std::move(save))
    , m_name(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_errors(new FormErrors(this))
{
    setWindowTitle(tr("Welcome to Setia"));
    auto* title = new QLabel(tr("Welcome to Setia"), this);
    title->setObjectName(QStringLiteral("viewTitle"));
    auto* intro = new QLabel(
        tr("Setia keeps your customers, their purchases, what they owe and their points, and "
           "tells you whom to visit and whom to win back. Everything stays in one file on "
           "this computer.\n\nFirst, your business as it should appear on receipts, "
           "kwitansi and reports:"),
        this);
    intro->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Toko Sumber Rejeki"));
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setPlaceholderText(tr("street, town"));
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setPlaceholderText(tr("e.g. 0812-3456-7890"));
    m_errors->setFields({{QStringLiteral("name"), m_name}});

    auto* form = new QFormLayout;
    form->addRow(tr("Business &name"), m_name);
    form->addRow(tr("&Address"), m_address);
    form->addRow(tr("&Phone"), m_phone);

    auto* demoNote = new QLabel(
        tr("Not ready yet? Try Setia with a demo shop of 3 000 customers first. It is made "
           "in a file of its own, %1, next to yours: your data stays as it is, and Setia "
           "opens your own file again next time.")
            .arg(QFileInfo(demoPath).fileName()),
        this);
    demoNote->setWordWrap(true);
    demoNote->setObjectName(QStringLiteral("hint"));

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* start = buttons->addButton(tr("&Start"), QDialogButtonBox::AcceptRole);
    start->setObjectName(QStringLiteral("primaryButton"));
    start->setDefault(true);
    QPushButton* demo = buttons->addButton(tr("Try the &demo data"), QDialogButtonBox::ActionRole);
    demo->setObjectName(QStringLiteral("tryDemo"));
    connect(buttons, &QDialogButtonBox::accepted, this, &WelcomeDialog::accept);
    connect(demo, &QPushButton::clicked, this, [this] { done(TryDemo); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_errors);
    layout->addSpacing(8);
    layout->addWidget(demoNote);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void WelcomeDialog::accept()
{
    m_errors->clear();
    if (m_name->text().trimmed().isEmpty()) {
        m_errors->showError(tr("Type your business's name: it heads every receipt and report. "
                               "You can change it later in Settings."),
                            QStringLiteral("name"));
        m_name->setFocus();
        return;
    }
    const Status saved = m_save({m_name->text(), m_address->text(), m_phone->text()});
    if (!saved) {
        m_errors->showError(saved.error().message(), saved.error().field());
        return;
    }
    QDialog::accept();
}

} // namespace setia
