#pragma once

#include "common/Result.h"

#include <QLineEdit>

#include <functional>

class QCompleter;
class QStandardItemModel;

namespace setia {

// One thing a SearchPicker offers: a customer, a product.
struct PickerItem
{
    qint64 id = 0;
    QString key;    // member code or SKU: typed or scanned whole, Enter picks it at once
    QString label;  // what the field shows once picked
    QString detail; // what else the list shows (phone, price…)
};

// A search field that lists matches as the user types and picks one: arrows and Enter, a
// click, or Enter on a whole code or SKU (a barcode scanner types the code and Enter).
// Editing the text after a pick drops the pick.
class SearchPicker : public QLineEdit
{
    Q_OBJECT

public:
    // Up to `limit` matches for a search text; an error is shown as the only line.
    using Lookup = std::function<Result<QList<PickerItem>>(const QString& text, int limit)>;

    explicit SearchPicker(Lookup lookup, QWidget* parent = nullptr);

    qint64 pickedId() const { return m_picked; }
    // Shows `item` as picked, as if the user had chosen it.
    void pick(const PickerItem& item);
    // Empties the field and drops the pick.
    void reset();
    // When set, the field empties after each pick (adding one line after another).
    void setClearAfterPick(bool clear) { m_clearAfterPick = clear; }
    // The matches last listed (tests and Enter use them).
    const QList<PickerItem>& matches() const { return m_matches; }

Q_SIGNALS:
    // A pick, or 0 when the pick was dropped.
    void picked(qint64 id);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search(const QString& text);
    // Enter without a chosen line: picks a whole code or SKU typed, or the only match.
    bool pickTyped();
    void pickRow(int row);

    Lookup m_lookup;
    QCompleter* m_completer = nullptr;
    QStandardItemModel* m_model = nullptr;
    QList<PickerItem> m_matches;
    qint64 m_picked = 0;
    bool m_clearAfterPick = false;
};

} // namespace setia
