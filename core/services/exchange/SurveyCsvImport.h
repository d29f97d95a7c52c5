#pragma once

#include "domain/SurveyResponse.h"
#include "services/CustomerService.h"
#include "services/exchange/CsvImport.h"

#include <QCoreApplication>
#include <QHash>

namespace setia {

class SaleService;
class SurveyService;

// Surveys files (SPEC §14): date, customer_code, channel, nps, csat, comment, receipt — the
// answers of paper cards typed into a spreadsheet, or of another tool. An empty code is an
// anonymous answer; an empty channel is paper; the channel may be SPEC §14's id or the
// Indonesian word (kasir, kertas, wa, telepon). Each row is checked as the survey screen
// checks it.
class SurveyCsvImport final : public CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(SurveyCsvImport)

public:
    SurveyCsvImport(const CustomerService& customers, const SaleService& sales,
                    SurveyService& surveys);

    Status prepare() override;
    std::optional<QString> addRow(int line, const QStringList& values) override;
    Result<qint64> finish(QList<RejectedRow>& rejected, int& acceptedRows,
                          const BulkOptions& options) override;

    static std::optional<SurveyChannel> channelOf(const QString& word);

private:
    const CustomerService& m_customers;
    const SaleService& m_sales;
    SurveyService& m_surveys;
    QHash<QString, CustomerService::CodeEntry> m_customerByCode;
    QList<SurveyResponse> m_staged;
};

} // namespace setia
