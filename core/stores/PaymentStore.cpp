#include "stores/PaymentStore.h"

#include "db/Database.h"
#include "db/SqlError.h"
#include "db/SqlValue.h"

#include <QSqlQuery>
#include <QVariant>

namespace setia {
namespace {

const QString paymentColumns = QStringLiteral(
    "id, customer_id, paid_on, amount, method, note, voided, void_reason, voided_at, created_at");

Payment readPayment(const QSqlQuery& q)
{
    Payment p;
    p.id = q.value(0).toLongLong();
    p.customerId = q.value(1).toLongLong();
    p.paidOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    p.amount = q.value(3).toLongLong();
    p.method = q.value(4).toString();
    p.note = q.value(5).toString();
    p.voided = q.value(6).toInt() != 0;
    p.voidReason = q.value(7).toString();
    p.voidedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    p.createdAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    return p;
}

} // namespace

PaymentStore::PaymentStore(Database& database)
    : m_database(database)
{}

Result<qint64> PaymentStore::insert(const Payment& payment)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO payments (customer_id, paid_on, amount, method, note,"
                             " created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(payment.customerId);
    q.addBindValue(payment.paidOn.toString(Qt::ISODate));
    q.addBindValue(payment.amount);
    q.addBindValue(sql::text(payment.method));
    q.addBindValue(sql::text(payment.note));
    q.addBindValue(payment.createdAt.toString(Qt::ISODateWithMs));
    if (!q.exec())
        return SqlError::from(q);
    return q.lastInsertId().toLongLong();
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
    if (!q.next())
        return std::optional<Payment>();
    return std::optional<Payment>(readPayment(q));
}

Result<qint64> PaymentStore::totalPaid(qint64 customerId, const QDate& asOf) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT coalesce(sum(amount), 0) FROM payments"
                             " WHERE customer_id = ? AND voided = 0 AND paid_on <= ?"));
    q.addBindValue(customerId);
    q.addBindValue(asOf.toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return SqlError::from(q);
    return q.value(0).toLongLong();
}

Status PaymentStore::forEach(
    const std::function<void(const Payment&, const QString& customerCode)>& visit) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT p.id, p.customer_id, p.paid_on, p.amount, p.method,"
                               " p.note, p.voided, p.void_reason, p.voided_at, p.created_at,"
                               " c.code FROM payments p JOIN customers c ON c.id = p.customer_id"
                               " WHERE p.voided = 0 ORDER BY p.paid_on, p.id")))
        return SqlError::from(q);
    while (q.next())
        visit(readPayment(q), q.value(10).toString());
    return {};
}

Result<QList<Payment>> PaymentStore::customerPayments(qint64 customerId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ") + paymentColumns +
              QStringLiteral(" FROM payments WHERE customer_id = ? ORDER BY paid_on, id"));
    q.addBindValue(customerId);
    if (!q.exec())
        return SqlError::from(q);
    QList<Payment> payments;
    while (q.next())
        payments.append(readPayment(q));
    return payments;
}

Result<qint64> PaymentStore::count() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM payments")) || !q.next())
        return SqlError::from(q);
    return q.value(0).toLongLong();
}

} // namespace setia
