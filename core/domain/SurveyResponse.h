#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace setia {

// How an answer reached the shop (SPEC §14). Stored by id ("counter", …).
enum class SurveyChannel { Counter, Paper, WhatsApp, Phone };

// One answer to "would you recommend us" (NPS, 0–10) and/or "how satisfied were you" (CSAT,
// 1–5), from a customer or anonymous, optionally about a sale.
struct SurveyResponse
{
    static constexpr int noScore = -1;

    qint64 id = 0;
    QDateTime at;          // a date alone is 00:00 of that day
    qint64 customerId = 0; // 0: anonymous
    SurveyChannel channel = SurveyChannel::Counter;
    int nps = noScore;  // 0–10
    int csat = noScore; // 1–5
    QString comment;
    QString staff;
    qint64 saleId = 0;     // 0: none
    qint64 followUpId = 0; // the owner's follow-up a detractor got, 0 for none
    QDateTime createdAt;

    bool hasNps() const { return nps != noScore; }
    bool hasCsat() const { return csat != noScore; }

    friend bool operator==(const SurveyResponse&, const SurveyResponse&) = default;
};

namespace survey {
QList<SurveyChannel> channels();
QString channelId(SurveyChannel channel);
std::optional<SurveyChannel> channelFromId(const QString& id);
// SPEC §14: 9–10 promote, 7–8 are passive, 0–6 detract.
inline bool isPromoter(int nps)
{
    return nps >= 9;
}
inline bool isDetractor(int nps)
{
    return nps >= 0 && nps <= 6;
}
} // namespace survey

} // namespace setia
