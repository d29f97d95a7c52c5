#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace setia {

class ProductListModel;
class ProductService;
class ProductStore;
class UserPrompter;

// The catalogue: search, sort, add, edit, deactivate and reactivate products.
class ProductsView : public QWidget
{
    Q_OBJECT

public:
    ProductsView(ProductService& service, const ProductStore& store, UserPrompter& prompter,
                 QWidget* parent = nullptr);

    void newProduct();
    void openRow(int row);

private:
    void applyFilter();
    void updateState();
    void toggleActive();
    int currentRow() const;

    ProductService& m_service;
    UserPrompter& m_prompter;
    ProductListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_showInactive = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_activeButton = nullptr;
};

} // namespace setia
