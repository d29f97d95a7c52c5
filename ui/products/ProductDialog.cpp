#include "products/ProductDialog.h"

#include "common/FormErrors.h"
#include "common/MoneyEdit.h"
#include "services/ProductService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace setia {

ProductDialog::ProductDialog(ProductService& service, const Product& product, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_product(product)
{
    setWindowTitle(product.id == 0 ? tr("New product") : tr("Product %1").arg(product.sku));
    m_errors = new FormErrors(this);

    auto* form = new QFormLayout;
    m_sku = new QLineEdit(product.sku, this);
    m_sku->setObjectName(QStringLiteral("sku"));
    m_sku->setPlaceholderText(tr("e.g. BRS-5KG"));
    m_sku->setMaxLength(ProductService::maxSkuLength);
    form->addRow(tr("&SKU *"), m_sku);
    m_name = new QLineEdit(product.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Beras Premium 5 kg"));
    form->addRow(tr("&Name *"), m_name);
    m_category = new QLineEdit(product.category, this);
    m_category->setObjectName(QStringLiteral("category"));
    form->addRow(tr("&Category"), m_category);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("unit"));
    m_unit->setEditable(true);
    m_unit->addItems({QStringLiteral("pcs"), QStringLiteral("kg"), QStringLiteral("liter"),
                      QStringLiteral("bungkus"), QStringLiteral("dus"), QStringLiteral("karung"),
                      QStringLiteral("botol"), QStringLiteral("gelas"), QStringLiteral("porsi")});
    m_unit->setCurrentText(product.unit);
    form->addRow(tr("&Unit"), m_unit);
    m_price = new MoneyEdit(this);
    m_price->setObjectName(QStringLiteral("price"));
    m_price->setValue(product.price);
    form->addRow(tr("&Price (Rp)"), m_price);
    m_cost = new MoneyEdit(this);
    m_cost->setObjectName(QStringLiteral("cost"));
    m_cost->setValue(product.cost);
    form->addRow(tr("C&ost (Rp)"), m_cost);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProductDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProductDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_errors->setFields({{QStringLiteral("sku"), m_sku},
                         {QStringLiteral("name"), m_name},
                         {QStringLiteral("category"), m_category},
                         {QStringLiteral("unit"), m_unit},
                         {QStringLiteral("price"), m_price},
                         {QStringLiteral("cost"), m_cost}});
    resize(460, sizeHint().height());
}

void ProductDialog::accept()
{
    Product draft = m_product;
    draft.sku = m_sku->text();
    draft.name = m_name->text();
    draft.category = m_category->text();
    draft.unit = m_unit->currentText();
    const auto price = m_price->value();
    const auto cost = m_cost->value();
    if (!price || !cost) {
        showError(tr("Type the amount in whole Rupiah, e.g. 12.500."),
                  price ? QStringLiteral("cost") : QStringLiteral("price"));
        return;
    }
    draft.price = *price;
    draft.cost = *cost;
    auto saved = draft.id == 0 ? m_service.create(draft) : m_service.update(draft);
    if (!saved) {
        showError(saved.error().message(), saved.error().field());
        return;
    }
    m_product = std::move(saved).value();
    QDialog::accept();
}

void ProductDialog::showError(const QString& message, const QString& field)
{
    if (QWidget* widget = m_errors->showError(message, field))
        widget->setFocus();
}

} // namespace setia
