#include "services/exchange/SurveyCsvImport.h"

#include "domain/Sale.h"
#include "io/CsvFields.h"
#include "services/SaleService.h"
#include "services/SurveyService.h"

#include <QStringList>

#include <array>

namespace setia {
namespace {

// An empty cell is no score; otherwise a whole number from `lowest` to `highest`.
std::optional<int> scoreOf(const QString& text, int lowest, int highest)
{
    const QString cell = text.trimmed();
    if (cell.isEmpty())
        return SurveyResponse::noScore;
    bool ok = false;
    const int score = cell.toInt(&ok);
    if (!ok || score < lowest || score > highest)
        return std::nullopt;
    return score;
}

} // namespace

SurveyCsvImport::SurveyCsvImport(const CustomerService& customers, const SaleService& sales,
                                 SurveyService& surveys)
    : m_customers(customers)
    , m_sales(sales)
    , m_surveys(surveys)
{}

std::optional<SurveyChannel> SurveyCsvImport::channelOf(const QString& word)
{
    if (word.trimmed().isEmpty())
        return SurveyChannel::Paper;
    if (const auto channel = survey::channelFromId(word))
        return channel;
    struct Alias
    {
        const char* word;
        SurveyChannel channel;
    };
    static constexpr std::array aliases = {
        Alias{"kasir", SurveyChannel::Counter}, Alias{"konter", SurveyChannel::Counter},
        Alias{"kertas", SurveyChannel::Paper},  Alias{"kartu", SurveyChannel::Paper},
        Alias{"wa", SurveyChannel::WhatsApp},   Alias{"telepon", SurveyChannel::Phone},
        Alias{"telp", SurveyChannel::Phone},
    };
    const QString wanted = word.simplified().toLower();
    for (const Alias& alias : aliases)
        if (wanted == QLatin1String(alias.word))
            return alias.channel;
    return std::nullopt;
}

Status SurveyCsvImport::prepare()
{
    auto codes = m_customers.codeIndex();
    if (!codes)
        return codes.error();
    m_customerByCode = std::move(codes).value();
    return {};
}

std::optional<QString> SurveyCsvImport::addRow(int, const QStringList& values)
{
    QString reason;
    const auto when = CsvFields::dateAndTime(values.at(0), QStringLiteral("date"), reason);
    if (!when)
        return reason;
    SurveyResponse draft;
    draft.at = QDateTime(when->date, when->time);
    const QString code = values.at(1).trimmed().toUpper();
    if (!code.isEmpty()) {
        const auto customer = m_customerByCode.constFind(code);
        if (customer == m_customerByCode.constEnd())
            return tr("customer_code %1 is not a customer. Import the customers first, correct "
                      "the code, or leave it empty for an anonymous answer.")
                .arg(code);
        draft.customerId = customer->id;
    }
    const auto channel = channelOf(values.at(2));
    if (!channel)
        return tr("channel \"%1\" is not a way of answering: use counter, paper, whatsapp or "
                  "phone (kasir, kertas, wa, telepon).")
            .arg(values.at(2).trimmed());
    draft.channel = *channel;
    const auto nps = scoreOf(values.at(3), 0, 10);
    if (!nps)
        return tr("nps \"%1\" is not a score from 0 to 10.").arg(values.at(3).trimmed());
    const auto csat = scoreOf(values.at(4), 1, 5);
    if (!csat)
        return tr("csat \"%1\" is not a score from 1 to 5.").arg(values.at(4).trimmed());
    draft.nps = *nps;
    draft.csat = *csat;
    draft.comment = values.at(5);
    if (const QString receipt = values.at(6).trimmed(); !receipt.isEmpty()) {
        auto sale = m_sales.findByReceipt(receipt);
        if (!sale)
            return refusedFor(sale.error());
        if (!sale->has_value())
            return tr("receipt %1 is not a sale in this file.").arg(receipt);
        draft.saleId = (*sale)->id; // an empty code stays anonymous, as the file says
    }
    auto checked = m_surveys.validated(draft);
    if (!checked)
        return refusedFor(checked.error());
    m_staged.append(std::move(checked).value());
    return std::nullopt;
}

Result<qint64> SurveyCsvImport::finish(QList<RejectedRow>&, int& acceptedRows,
                                       const BulkOptions& options)
{
    auto created = m_surveys.recordMany(m_staged, options);
    if (!created)
        return created.error();
    acceptedRows += static_cast<int>(*created);
    return created;
}

} // namespace setia
