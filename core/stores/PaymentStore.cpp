#include "stores/PaymentStore.h"

#include "db/Database.h"
#include "db/SqlDialect.h"
#include "db/SqlError.h"
#include "db/SqlRows.h"
#include "db/Statement.h"
#include "domain/IsoTime.h"

#include <QSqlQuery>

namespace setia {
namespace {

const QString paymentColumns = QStringLiteral(
    "id, customer_id, paid_on, amount, method, note, voided, void_reason, voided_at, created_at");

Payment readPayment(const SqlRow& row)
{
    Payment p;
    p.id = row.integer("id");
    p.customerId = row.integer("customer_id");
    p.paidOn = row.date("paid_on");
    p.amount = row.integer("amount");
    p.method = row.text("method");
    p.note = row.text("note");
    p.voided = row.flag("voided");
    p.voidReason = row.text("void_reason");
    p.voidedAt = row.dateTime("voided_at");
    p.createdAt = row.dateTime("created_at");
    return p;
}

Result<QList<Payment>> readPayments(QSqlQuery& query)
{
    QList<Payment> payments;
    if (Status read =
            sql::forEachRow(query, [&](const SqlRow& row) { payments.append(readPayment(row)); });
        !read)
        return read.error();
    return payments;
}

} // namespace

PaymentStore::PaymentStore(Database& database)
    : m_database(database)
{}

PaymentStore::~PaymentStore() = default;

Result<qint64> PaymentStore::insert(const Payment& payment)
{
    if (!m_insert) {
        auto prepared = m_database.dialect().prepare(
            m_database.connection(),
            QStringLiteral("INSERT INTO payments (customer_id, paid_on, amount, method, note,"
                           " created_at) VALUES (?, ?, ?, ?, ?, ?)"));
        if (!prepared)
            return prepared.error();
        m_insert = std::move(prepared).value();
    }
    Statement& q = *m_insert;
    q.bind(1, payment.customerId);
    q.bind(2, isoTime::dateAscii(payment.paidOn).view());
    q.bind(3, payment.amount);
    q.bind(4, payment.method);
    q.bind(5, payment.note);
    q.bind(6, isoTime::dateTimeMsAscii(payment.createdAt.date(), payment.createdAt.time()).view());
    return q.insert();
}

Status PaymentStore::setVoided(qint64 id, const QString& reason, const QDateTime& at)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE payments SET voided = 1, void_reason = ?, voided_at = ?"
                             " WHERE id = ?"));
    q.addBindValue(reason);
    q.addBindValue(at.toString(Qt::ISODateWithMs));
    q.addBindValue(id);
    if (!q.exec())
        return SqlError::from(q);
    return {};
}

Result<std::optional<Payment>> PaymentStore::find(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") + paymentColumns +
              QStringLiteral(" FROM payments WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return SqlError::from(q);
    auto found = readPayments(q);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Payment>();
    return std::optional<Payment>(found->first());
}

Result<qint64> PaymentStore::totalPaid(qint64 customerId, const QDate& asOf) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT coalesce(sum(amount), 0) FROM payments"
                             " WHERE customer_id = ? AND voided = 0 AND paid_on <= ?"));
    q.addBindValue(customerId);
    q.addBindValue(asOf.toString(Qt::ISODate));
    return sql::scalar(q);
}

Status PaymentStore::forEach(
    const std::function<void(const Payment&, const QString& customerCode)>& visit) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT p.id, p.customer_id, p.paid_on, p.amount, p.method,"
                               " p.note, p.voided, p.void_reason, p.voided_at, p.created_at,"
                               " c.code AS customer_code FROM payments p"
                               " JOIN customers c ON c.id = p.customer_id"
                               " WHERE p.voided = 0 ORDER BY p.paid_on, p.id")))
        return SqlError::from(q);
    return sql::forEachRow(
        q, [&](const SqlRow& row) { visit(readPayment(row), row.text("customer_code")); });
}

Result<QList<Payment>> PaymentStore::customerPayments(qint64 customerId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") + paymentColumns +
              QStringLiteral(" FROM payments WHERE customer_id = ? ORDER BY paid_on, id"));
    q.addBindValue(customerId);
    if (!q.exec())
        return SqlError::from(q);
    return readPayments(q);
}

Result<qint64> PaymentStore::count() const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM payments"));
    return sql::scalar(q);
}

} // namespace setia
