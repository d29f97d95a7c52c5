#pragma once

#include "domain/Receivables.h"
#include "relationships/LateFollowUps.h"

#include <QAbstractTableModel>

namespace setia {

class FollowUpService;
class PaymentService;

// Everyone who owes on a date, held whole (one row per debtor, computed at once by
// ReceivableListQuery) and sorted in memory by any column; a search narrows it by name,
// member code or phone.
class ReceivableListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Code,
        Name,
        Phone,
        Balance,
        Overdue,
        DaysOverdue,
        OldestDue,
        Status,
        CreditLimit,
        ColumnCount
    };

    ReceivableListModel(const PaymentService& payments, const FollowUpService& followUps,
                        QObject* parent = nullptr);

    // One word for a table cell: "current", "overdue", "macet" (SPEC §3).
    static QString statusName(CreditStatus status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    // Reads the debtors on `asOf` again; false (and the error's message) when it failed.
    bool load(const QDate& asOf, QString* error = nullptr);
    void setSearch(const QString& text);
    const ReceivableRow& rowAt(int row) const { return m_shown.at(row); }
    // Σ of the balances and of the overdue amounts shown.
    qint64 totalBalance() const;
    qint64 totalOverdue() const;

private:
    void refilter();
    void sortShown();

    const PaymentService& m_payments;
    const FollowUpService& m_followUps;
    LateFollowUps m_late; // read with the debtors; their names red
    QList<ReceivableRow> m_all;
    QList<ReceivableRow> m_shown;
    QString m_search;
    int m_sortColumn = Balance;
    Qt::SortOrder m_order = Qt::DescendingOrder;
};

} // namespace setia
