#include "domain/CustomerSnapshot.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace setia::customerSnapshot {
namespace {

QString date(const QDate& day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

QJsonObject consent(const Consent& c)
{
    return {{QStringLiteral("granted"), c.granted},
            {QStringLiteral("at"),
             c.recordedAt.isValid() ? c.recordedAt.toString(Qt::ISODateWithMs) : QString()},
            {QStringLiteral("by"), c.recordedBy}};
}

Consent consentFrom(const QJsonObject& o)
{
    Consent c;
    c.granted = o.value(QStringLiteral("granted")).toBool();
    const QString at = o.value(QStringLiteral("at")).toString();
    if (!at.isEmpty())
        c.recordedAt = QDateTime::fromString(at, Qt::ISODateWithMs);
    c.recordedBy = o.value(QStringLiteral("by")).toString();
    return c;
}

QJsonObject fields(const Customer& c)
{
    return {
        {QStringLiteral("name"), c.name},
        {QStringLiteral("kind"), customer::kindId(c.kind)},
        {QStringLiteral("phone"), c.phone},
        {QStringLiteral("whatsapp"), c.whatsApp},
        {QStringLiteral("email"), c.email},
        {QStringLiteral("address"), c.address},
        {QStringLiteral("city"), c.city},
        {QStringLiteral("area"), c.area},
        {QStringLiteral("type"), c.type},
        {QStringLiteral("source"), customer::sourceId(c.source)},
        {QStringLiteral("salesperson"), c.salesperson},
        {QStringLiteral("visit_days"), c.visitDays.mask()},
        {QStringLiteral("birthday"), date(c.birthday)},
        {QStringLiteral("joined"), date(c.joined)},
        // Money as text: a JSON number is a double, exact only to 2^53.
        {QStringLiteral("credit_limit"), QString::number(c.creditLimit)},
        {QStringLiteral("terms_days"), c.termsDays},
        {QStringLiteral("tags"), c.tags.join(QStringLiteral(", "))},
        {QStringLiteral("notes"), c.notes},
        {QStringLiteral("consent_whatsapp"), consent(c.consent.whatsApp)},
        {QStringLiteral("consent_sms"), consent(c.consent.sms)},
        {QStringLiteral("consent_email"), consent(c.consent.email)},
        {QStringLiteral("contact_interval"), c.contactInterval},
        {QStringLiteral("bad"), c.bad},
        {QStringLiteral("bad_reason"), c.badReason},
        {QStringLiteral("bad_since"), date(c.badSince)},
    };
}

std::optional<QJsonObject> parse(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

Customer withFields(Customer c, const QJsonObject& o)
{
    const auto text = [&o](const char* key) { return o.value(QLatin1String(key)).toString(); };
    const auto day = [&text](const char* key) {
        const QString value = text(key);
        return value.isEmpty() ? QDate() : QDate::fromString(value, Qt::ISODate);
    };
    c.name = text("name");
    c.kind = customer::kindFromId(text("kind"));
    c.phone = text("phone");
    c.whatsApp = o.value(QStringLiteral("whatsapp")).toBool();
    c.email = text("email");
    c.address = text("address");
    c.city = text("city");
    c.area = text("area");
    c.type = text("type");
    c.source = customer::sourceFromId(text("source")).value_or(AcquisitionSource::Other);
    c.salesperson = text("salesperson");
    c.visitDays = VisitDays::fromMask(o.value(QStringLiteral("visit_days")).toInt());
    c.birthday = day("birthday");
    c.joined = day("joined");
    c.creditLimit = text("credit_limit").toLongLong();
    c.termsDays = o.value(QStringLiteral("terms_days")).toInt();
    const QString tags = text("tags");
    c.tags = tags.isEmpty() ? QStringList() : tags.split(QStringLiteral(", "));
    c.notes = text("notes");
    c.consent.whatsApp = consentFrom(o.value(QStringLiteral("consent_whatsapp")).toObject());
    c.consent.sms = consentFrom(o.value(QStringLiteral("consent_sms")).toObject());
    c.consent.email = consentFrom(o.value(QStringLiteral("consent_email")).toObject());
    c.contactInterval = o.value(QStringLiteral("contact_interval")).toInt();
    c.bad = o.value(QStringLiteral("bad")).toBool();
    c.badReason = text("bad_reason");
    c.badSince = day("bad_since");
    return c;
}

} // namespace

QByteArray of(const Customer& customer)
{
    return QJsonDocument(fields(customer)).toJson(QJsonDocument::Compact);
}

std::optional<Customer> undone(const Customer& current, const QByteArray& before,
                               const QByteArray& after)
{
    const auto was = parse(before);
    const auto made = parse(after);
    if (!was || !made)
        return std::nullopt;
    QJsonObject result = fields(current);
    for (auto field = result.begin(); field != result.end(); ++field) {
        if (field.value() == made->value(field.key()))
            field.value() = was->value(field.key());
    }
    return withFields(current, result);
}

} // namespace setia::customerSnapshot
