#include "settings/StampCardDialog.h"

#include "common/FormErrors.h"
#include "common/PickerLookups.h"
#include "services/ProductService.h"
#include "services/StampService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace setia {

StampCardDialog::StampCardDialog(const Services& services, const StampCard& card, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_card(card)
{
    setObjectName(QStringLiteral("stampCardDialog"));
    setWindowTitle(card.id == 0 ? tr("New stamp card") : tr("Stamp card %1").arg(card.name));
    m_errors = new FormErrors(this);
    m_name = new QLineEdit(card.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(StampService::maxNameLength);
    m_name->setPlaceholderText(tr("e.g. Kopi Susu"));
    m_byProduct = new QRadioButton(tr("A &product"), this);
    m_byCategory = new QRadioButton(tr("Any product of a ca&tegory"), this);
    m_product = new SearchPicker(pickers::products(services.products), this);
    m_product->setObjectName(QStringLiteral("product"));
    m_product->setPlaceholderText(tr("Name or SKU"));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("category"));
    m_category->setEditable(true);
    if (auto categories = services.products.categories())
        m_category->addItems(*categories);
    m_category->setCurrentText(card.category);
    m_needed = new QSpinBox(this);
    m_needed->setObjectName(QStringLiteral("stampsNeeded"));
    m_needed->setRange(1, StampService::maxStampsNeeded);
    m_needed->setValue(card.stampsNeeded);
    m_reward = new SearchPicker(pickers::products(services.products), this);
    m_reward->setObjectName(QStringLiteral("reward"));
    m_reward->setPlaceholderText(tr("The item given free"));
    pickProduct(m_product, card.productId);
    pickProduct(m_reward, card.rewardProductId);
    (card.id != 0 && card.productId == 0 ? m_byCategory : m_byProduct)->setChecked(true);

    auto* qualifier = new QVBoxLayout;
    auto* productRow = new QHBoxLayout;
    productRow->addWidget(m_byProduct);
    productRow->addWidget(m_product, 1);
    auto* categoryRow = new QHBoxLayout;
    categoryRow->addWidget(m_byCategory);
    categoryRow->addWidget(m_category, 1);
    qualifier->addLayout(productRow);
    qualifier->addLayout(categoryRow);
    auto* form = new QFormLayout;
    form->addRow(tr("Card &name *"), m_name);
    form->addRow(tr("A stamp for each unit of"), qualifier);
    form->addRow(tr("&Stamps for a reward"), m_needed);
    form->addRow(tr("&Reward *"), m_reward);

    auto* hint = new QLabel(this);
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);
    auto locked = card.id == 0 ? Result<bool>(false) : services.stamps.isLocked(card.id);
    hint->setText(locked && *locked
                      ? tr("Members already hold stamps on this card, so its rules stay as they "
                           "are: saving a change starts version %1. Members finish the card "
                           "they hold under its rules; new stamps then go on the new version.")
                            .arg(card.version + 1)
                      : tr("Items given free give no stamps. The rules lock once the first "
                           "stamp is given; a later change starts a new version."));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save card"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &StampCardDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_byProduct, &QRadioButton::toggled, this, &StampCardDialog::showQualifier);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    showQualifier();
    resize(520, sizeHint().height());
    m_name->setFocus();
}

void StampCardDialog::pickProduct(SearchPicker* picker, qint64 productId)
{
    if (productId <= 0)
        return;
    auto product = m_services.products.find(productId);
    if (product && *product)
        picker->pick(PickerItem{productId, (*product)->sku,
                                (*product)->sku + QStringLiteral("  ") + (*product)->name,
                                QString()});
}

void StampCardDialog::showQualifier()
{
    m_product->setEnabled(m_byProduct->isChecked());
    m_category->setEnabled(m_byCategory->isChecked());
    // The service calls either qualifier "product": mark the one in use.
    m_errors->setFields(
        {{QStringLiteral("name"), m_name},
         {QStringLiteral("product"), m_byProduct->isChecked() ? static_cast<QWidget*>(m_product)
                                                              : static_cast<QWidget*>(m_category)},
         {QStringLiteral("stampsNeeded"), m_needed},
         {QStringLiteral("reward"), m_reward}});
}

void StampCardDialog::accept()
{
    m_errors->clear();
    StampCard draft = m_card;
    draft.name = m_name->text();
    draft.productId = m_byProduct->isChecked() ? m_product->pickedId() : 0;
    draft.category = m_byCategory->isChecked() ? m_category->currentText() : QString();
    draft.stampsNeeded = m_needed->value();
    draft.rewardProductId = m_reward->pickedId();
    auto saved = m_services.stamps.save(draft);
    if (!saved) {
        if (QWidget* field = m_errors->showError(saved.error().message(), saved.error().field()))
            field->setFocus();
        return;
    }
    m_saved = std::move(saved).value();
    QDialog::accept();
}

} // namespace setia
