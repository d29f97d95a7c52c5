#include "stores/CustomerEndings.h"

#include "db/SqlError.h"
#include "db/SqlRows.h"
#include "domain/PhoneNumber.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace setia::customerEndings {
namespace {

QString reversed(QString text)
{
    std::reverse(text.begin(), text.end());
    return text;
}

} // namespace

QString phoneKey(const QString& e164)
{
    return reversed(PhoneNumber::endingDigits(e164));
}

QString codeKey(const QString& code)
{
    return reversed(code);
}

QString keyPrefix(const QString& ending)
{
    return reversed(ending);
}

Status fill(QSqlDatabase& db)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT id, phone, code FROM customers")))
        return SqlError::from(read);
    struct Keys
    {
        qint64 id;
        QString phone;
        QString code;
    };
    std::vector<Keys> keys;
    if (Status status =
            sql::forEachRow(read,
                            [&](const SqlRow& row) {
                                keys.push_back({row.integer("id"), phoneKey(row.text("phone")),
                                                codeKey(row.text("code"))});
                            });
        !status)
        return status;
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE customers SET phone_reversed = :phone,"
                                 " code_reversed = :code WHERE id = :id"));
    for (const Keys& k : keys) {
        write.bindValue(QStringLiteral(":phone"), k.phone);
        write.bindValue(QStringLiteral(":code"), k.code);
        write.bindValue(QStringLiteral(":id"), k.id);
        if (!write.exec())
            return SqlError::from(write);
    }
    return {};
}

} // namespace setia::customerEndings
