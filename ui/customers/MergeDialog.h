#pragma once

#include "domain/Customer.h"
#include "domain/CustomerMerge.h"

#include <QDialog>
#include <QList>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QRadioButton;

namespace setia {

class FormErrors;
class MergeService;

// Two customers side by side: which one to keep (their member code stays), and for each
// field where they differ whose value the kept customer takes — both, for tags and notes.
// Merging moves every sale, payment, point and stamp of the other to the kept one and hides
// the other; Customers → Duplicates → Merges undoes it.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    // `first` and `second` as stored; `first` is offered as the one to keep.
    MergeDialog(MergeService& merges, Customer first, Customer second, QWidget* parent = nullptr);

    // The customer kept (their id), once merged.
    qint64 keptId() const { return m_kept.id; }
    qint64 mergedId() const { return m_other.id; }
    const CustomerMerge& done() const { return m_done; }

    // Picks `side` (0 the kept customer's value, 1 the other's, 2 both) for the field `row`
    // of fieldNames(), when it differs. For tests.
    void choose(int row, int side);
    // Keeps the other customer instead (swaps the roles).
    void keepOther();
    // The customer as the merge would save them, from the choices made.
    Customer result() const;
    // The field rows' names, in order.
    static QStringList fieldNames();

    void accept() override;

private:
    void rebuild();

    MergeService& m_merges;
    Customer m_kept;
    Customer m_other;
    Customer m_proposal;
    CustomerMerge m_done;
    QList<QRadioButton*> m_keep;
    QGridLayout* m_fields = nullptr;
    QList<QButtonGroup*> m_choices; // one per field row; null where both agree
    QLabel* m_moves = nullptr;
    FormErrors* m_errors = nullptr;
};

} // namespace setia
