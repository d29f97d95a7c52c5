#pragma once

#include "domain/StampCard.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace setia {

class FormErrors;
class ProductService;
class SearchPicker;
class StampService;

// A stamp card's rules: its name, the product or the category that gives a stamp per
// unit, how many stamps earn the reward, and the reward product. For a card that already
// gave stamps it says that saving starts the card's next version.
class StampCardDialog : public QDialog
{
    Q_OBJECT

public:
    // `card` with id 0 makes a new card.
    // What the editor uses: the card's rules and versions, and the products that give stamps or are
    // given.
    struct Services
    {
        StampService& stamps;
        const ProductService& products;
    };

    StampCardDialog(const Services& services, const StampCard& card, QWidget* parent = nullptr);

    // The version saved, once accepted.
    const StampCard& saved() const { return m_saved; }

    void accept() override;

private:
    void pickProduct(SearchPicker* picker, qint64 productId);
    void showQualifier();

    Services m_services;
    StampCard m_card;
    StampCard m_saved;
    FormErrors* m_errors = nullptr;
    QLineEdit* m_name = nullptr;
    QRadioButton* m_byProduct = nullptr;
    QRadioButton* m_byCategory = nullptr;
    SearchPicker* m_product = nullptr;
    QComboBox* m_category = nullptr;
    QSpinBox* m_needed = nullptr;
    SearchPicker* m_reward = nullptr;
};

} // namespace setia
