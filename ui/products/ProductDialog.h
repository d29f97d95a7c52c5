#pragma once

#include "domain/Product.h"

#include <QDialog>

class QLineEdit;
class QComboBox;

namespace setia {

class FormErrors;
class MoneyEdit;
class ProductService;

// Creates or edits one product; the service's message shows above the form.
class ProductDialog : public QDialog
{
    Q_OBJECT

public:
    ProductDialog(ProductService& service, const Product& product, QWidget* parent = nullptr);

    const Product& savedProduct() const { return m_product; }
    void accept() override;

private:
    void showError(const QString& message, const QString& field);

    ProductService& m_service;
    Product m_product;
    FormErrors* m_errors = nullptr;
    QLineEdit* m_sku = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_category = nullptr;
    QComboBox* m_unit = nullptr;
    MoneyEdit* m_price = nullptr;
    MoneyEdit* m_cost = nullptr;
};

} // namespace setia
