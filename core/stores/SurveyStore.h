#pragma once

#include "common/Result.h"
#include "domain/SurveyResponse.h"

#include <QDate>
#include <QList>

#include <functional>
#include <optional>

namespace setia {

class Database;

// All SQL about survey answers (SPEC §14). Writes run inside the caller's Transaction.
class SurveyStore
{
public:
    explicit SurveyStore(Database& database);

    Result<qint64> insert(const SurveyResponse& response);
    Status setFollowUp(qint64 responseId, qint64 followUpId);
    // Answered on `from` … `to` (both included), in the order they were given.
    Result<QList<SurveyResponse>> between(const QDate& from, const QDate& to) const;
    // A customer's, newest first.
    Result<QList<SurveyResponse>> forCustomer(qint64 customerId) const;
    // The customer of a sale (0 for a walk-in's); nullopt when there is no such sale.
    Result<std::optional<qint64>> saleCustomer(qint64 saleId) const;
    // Every answer with its customer's code (empty: anonymous) and receipt, oldest first.
    Status forEach(const std::function<void(const SurveyResponse&, const QString& customerCode,
                                            const QString& receipt)>& visit) const;

private:
    Database& m_database;
};

} // namespace setia
