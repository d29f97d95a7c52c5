#pragma once

#include "analytics/NpsTally.h"
#include "common/Result.h"
#include "domain/SurveyResponse.h"
#include "reports/SatisfactionReport.h"
#include "services/BulkOptions.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

namespace setia {

class Clock;
class CsvWriter;
class CustomerStore;
class Database;
class FollowUpService;
class SegmentService;
class SettingsService;
class SurveyStore;

// What NPS and CSAT can be broken down by (SPEC §14: the customer's segment as of the
// period's end, §5; or what their record says).
enum class NpsGrouping { None, Lifecycle, Tier, RfmSegment, Type, Area };

// Satisfaction surveys (SPEC §14): answers recorded at the counter, by phone, from WhatsApp or
// from paper cards, and NPS and CSAT over a period, per segment. A detractor who is a customer
// gets a follow-up for the owner.
class SurveyService : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxCommentLength = 500;
    // A detractor's answer older than this is history (an import, last year's cards): it
    // gets no follow-up, which would only be overdue.
    static constexpr int followUpWithinDays = 30;
    // The group of answers by customers archived since: their segments are not worked out.
    static inline const QString archivedGroup = QStringLiteral("archived");

    // `staff` is who records answers unless told, until user accounts exist.
    SurveyService(Database& database, SurveyStore& surveys, FollowUpService& followUps,
                  const CustomerStore& customers, const SettingsService& settings,
                  const SegmentService& segments, const Clock& clock, QString staff,
                  QObject* parent = nullptr);

    // An answer checked and cleaned as record() saves it: a score of either kind in range, a
    // customer that exists (or none), their own sale, a time not to come.
    Result<SurveyResponse> validated(SurveyResponse draft) const;
    // Saves an answer; a recent detractor's (0–6) with a customer gets the owner's follow-up,
    // due Settings' days after the answer, in the same transaction.
    Result<SurveyResponse> record(SurveyResponse draft);
    // Many answers (an import, a stack of paper cards) in one transaction, each as record().
    Result<qint64> recordMany(QList<SurveyResponse> drafts, const BulkOptions& options = {});

    // NPS and CSAT of the answers of `from` … `to`: the `all` row first, then one per group.
    Result<QList<NpsTally>> results(const QDate& from, const QDate& to,
                                    NpsGrouping by = NpsGrouping::None) const;
    // SPEC §14's CSV (`setia-cli nps`): group,responses,promoters,passives,detractors,nps,
    // margin; a group of CSAT answers only is left out.
    Status writeCsv(CsvWriter& writer, const QDate& from, const QDate& to, NpsGrouping by) const;
    // The satisfaction report of `from` … `to`: overall, then by each grouping, and the
    // comments (the report centre).
    Result<SatisfactionReport> report(const QDate& from, const QDate& to) const;
    // A customer's answers, newest first.
    Result<QList<SurveyResponse>> forCustomer(qint64 customerId) const;
    // The answers of `from` … `to`, oldest first.
    Result<QList<SurveyResponse>> between(const QDate& from, const QDate& to) const;
    // How few answers a margin needs (Settings; SPEC §14's 30).
    int minimumResponses() const;

    // "lifecycle", "tier", "rfm_segment", "type", "area" (the CLI's --by).
    static std::optional<NpsGrouping> groupingFromId(const QString& id);
    static QString groupingId(NpsGrouping by);
    // Every grouping but None, in the order screens offer them.
    static QList<NpsGrouping> groupings();
    // "By lifecycle", translated; "Overall" for None.
    static QString groupingTitle(NpsGrouping by);
    // A group as shown: a segment's name, a type or area as written ("(none)" when blank),
    // "Overall", "Anonymous" or "Archived customers".
    static QString groupName(NpsGrouping by, const QString& group);

Q_SIGNALS:
    // After the commit.
    void surveysChanged();

private:
    Result<qint64> detractorFollowUp(const SurveyResponse& response);

    Database& m_database;
    SurveyStore& m_surveys;
    FollowUpService& m_followUps;
    const CustomerStore& m_customers;
    const SettingsService& m_settings;
    const SegmentService& m_segments;
    const Clock& m_clock;
    QString m_staff;
};

} // namespace setia
