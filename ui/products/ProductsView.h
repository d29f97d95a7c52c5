#pragma once

#include "common/ListPage.h"

class QCheckBox;
class QPushButton;

namespace setia {

class ProductListModel;
class ProductService;
class UserPrompter;

// The catalogue: search, sort, add, edit, deactivate and reactivate products.
class ProductsView : public ListPage
{
    Q_OBJECT

public:
    ProductsView(ProductService& service, UserPrompter& prompter, QWidget* parent = nullptr);

    void newProduct();
    void openRow(int row) override;

    ProductListModel* model() const { return m_model; }

private:
    void applyFilter();
    void updateState();
    void toggleActive();

    ProductService& m_service;
    UserPrompter& m_prompter;
    ProductListModel* m_model = nullptr;
    QCheckBox* m_showInactive = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_activeButton = nullptr;
};

} // namespace setia
