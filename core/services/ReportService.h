#pragma once

#include "common/Result.h"
#include "domain/CustomerList.h"
#include "domain/ReportRows.h"
#include "reports/TabularReport.h"

#include <QCoreApplication>

namespace setia {

class CustomerCardService;
class CustomerStore;
class ReportQuery;
class ReceivableListQuery;
class SettingsService;

// The report centre's reports (issue 6): each built once and then printed or exported, so
// the CSV carries exactly what the paper shows. Profitability and the target sheet have
// their own services.
class ReportService
{
    Q_DECLARE_TR_FUNCTIONS(ReportService)

public:
    ReportService(const CustomerStore& customers, const ReceivableListQuery& receivables,
                  const ReportQuery& query, const CustomerCardService& cards,
                  const SettingsService& settings);

    // The customers a list filter finds (a search, a saved segment's subset), by name.
    // `filterLabel` says which on paper ("Segmen: Pelanggan setia").
    Result<TabularReport> customerList(const CustomerFilter& filter,
                                       const QString& filterLabel) const;
    // Everyone who owes on `asOf`, largest balance first, with the aging of SPEC §3.
    Result<TabularReport> receivablesAging(const QDate& asOf) const;
    Result<TabularReport> sales(SalesGrouping grouping, const QDate& from, const QDate& to) const;
    // Loyalty members with their points (expiries due counted) and tier on `asOf`.
    Result<TabularReport> loyaltyMembers(const QDate& asOf) const;
    // The record card of each customer, one after the other, each from a new page.
    Result<ReportDocument> recordCards(const QList<qint64>& customerIds, const QDate& asOf,
                                       const BusinessProfile& business,
                                       const QDateTime& printedAt) const;

    // The same cards' transactions as one table: code, date, document, description, amount,
    // paid and running balance (their CSV).
    Result<TabularReport> recordCardLedger(const QList<qint64>& customerIds,
                                           const QDate& asOf) const;

private:
    const CustomerStore& m_customers;
    const ReceivableListQuery& m_receivables;
    const ReportQuery& m_query;
    const CustomerCardService& m_cards;
    const SettingsService& m_settings;
};

} // namespace setia
