#pragma once

#include "domain/StampCard.h"

#include <QGroupBox>
#include <QList>

class QPushButton;
class QTableWidget;

namespace setia {

class ProductService;
class StampService;
class UserPrompter;

// The stamp cards (SPEC §6), every version of each: what gives a stamp, how many earn the
// reward, the reward, and whether the version still gives stamps. New, Change (a card that
// gave stamps gets a new version) and Stop are saved at once.
class StampCardsBox : public QGroupBox
{
    Q_OBJECT

public:
    // What the box uses: the stamp cards, and their editor's services.
    struct Services
    {
        StampService& stamps;
        const ProductService& products;
    };

    StampCardsBox(const Services& services, UserPrompter& prompter, QWidget* parent = nullptr);

    // Reads the cards again; false (and the message in the list's place) when they cannot be.
    bool reload();
    void newCard();
    void changeCard();
    void stopCard();

private:
    // The chosen version when it still gives stamps.
    const StampCard* chosenCard() const;
    void updateButtons();

    Services m_services;
    UserPrompter& m_prompter;
    QList<StampCard> m_cards;
    QTableWidget* m_table = nullptr;
    QPushButton* m_change = nullptr;
    QPushButton* m_stop = nullptr;
};

} // namespace setia
